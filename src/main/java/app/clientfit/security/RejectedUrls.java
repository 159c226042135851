package app.clientfit.security;

import java.io.IOException;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The firewall's refusals (path traversal, encoded slashes) as problem details instead of a bare 400. */
@Component
class RejectedUrls implements RequestRejectedHandler {

    private final SecurityProblems problems;

    RejectedUrls(ObjectMapper json) {
        this.problems = new SecurityProblems(json);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex) throws IOException {
        problems.handle(request, response, ex);
    }
}
