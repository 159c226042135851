package app.clientfit.batch;

import java.security.Principal;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.PostedFactsReader;
import app.clientfit.evaluation.Submission;

/**
 * A row of a list as a submission: its facts read from the cells, then checked exactly as a posted client is, so a
 * row is refused for what a single evaluation would be refused for, and the sentence names the column.
 */
final class RowSubmissions {

    /** A row whose facts are refused; the message names the column and what is wrong. */
    static final class RowRejectedException extends Exception {
        RowRejectedException(String message) {
            super(message, null, false, false);
        }
    }

    private final ObjectMapper json;
    private final PostedFactsReader reader;

    RowSubmissions(ObjectMapper json, Validator validator) {
        this.json = json;
        this.reader = new PostedFactsReader(json, validator);
    }

    Submission of(ListHeader header, SourceRow row, String caller, String requestId, String batchId) throws RowRejectedException {
        RowFacts facts = RowFacts.of(header, row, json);
        if (facts.error() != null) {
            throw new RowRejectedException(facts.error());
        }
        try {
            Principal principal = caller == null ? null : () -> caller;
            Submission read = reader.submission(facts.json(), principal, requestId);
            return Submission.fromBatch(read.request(), read.receivedBody(), read.caller(), read.requestId(), batchId);
        } catch (MethodArgumentNotValidException e) {
            throw new RowRejectedException(e.getBindingResult().getAllErrors().stream()
                    .map(error -> error instanceof FieldError field ? "column " + column(field.getField()) + ": " + field.getDefaultMessage()
                            : error.getDefaultMessage())
                    .collect(Collectors.joining("; ")));
        } catch (HttpMessageNotReadableException e) {
            throw new RowRejectedException("the row's facts cannot be read: " + e.getMostSpecificCause().getMessage());
        }
    }

    /** {@code attributes[budget]} as the list names it: {@code attributes.budget}. */
    private static String column(String field) {
        return field.startsWith("attributes[") && field.endsWith("]") ? "attributes." + field.substring(11, field.length() - 1) : field;
    }
}
