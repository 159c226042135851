package app.clientfit.web;

import java.io.IOException;

/** A request body over the configured limit; answered with 413. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}
