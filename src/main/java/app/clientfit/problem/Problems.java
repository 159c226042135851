package app.clientfit.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Problem details with the service's stable type URIs. Every capability answers its errors with these, so
 * this package sits below all of them and depends on none.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:clientfit:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
