package app.clientfit.batch;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import app.clientfit.problem.Problems;

/** A client list that is not read at all (wrong format, no header, too long): a problem for the whole file, not a row. */
public final class UnreadableTableException extends ErrorResponseException {

    UnreadableTableException(String detail) {
        this(HttpStatus.BAD_REQUEST, "unreadable-list", "The client list cannot be read", detail);
    }

    private UnreadableTableException(HttpStatus status, String type, String title, String detail) {
        super(status, Problems.of(status, type, title, detail), null);
    }

    static UnreadableTableException tooLarge(String detail) {
        return new UnreadableTableException(HttpStatus.PAYLOAD_TOO_LARGE, "list-too-large", "The client list is too large", detail);
    }

    /** The sentence that says what is wrong and where. */
    public String detail() {
        return getBody().getDetail();
    }

    @Override
    public String getMessage() {
        return detail();
    }
}
