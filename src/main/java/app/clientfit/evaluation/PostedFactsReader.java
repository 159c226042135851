package app.clientfit.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the facts from the body text the controller received, with the same JSON settings and the same
 * validation as a {@code @Valid @RequestBody} would, and fails the same way: so the body's text can be
 * kept as it came, and the facts read from it.
 */
public class PostedFactsReader {

    private static final MethodParameter BODY = new MethodParameter(
            ReflectionUtils.findMethod(PostedFactsReader.class, "read", String.class), 0);

    private final ObjectMapper json;
    private final Validator validator;

    /** @param validator the one Spring MVC validates request bodies with, so the facts are checked as a {@code @Valid} body would be */
    public PostedFactsReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The posted facts with the body as received, the caller and the request id. The request id filter always sets
     * the header; without it (a test slice), the request gets an id of its own.
     */
    public Submission submission(String body, Principal caller, String requestId) throws MethodArgumentNotValidException {
        return new Submission(read(body), body, caller == null ? null : caller.getName(),
                requestId != null ? requestId : TimeOrderedIds.next().toString());
    }

    EvaluationRequest read(String body) throws MethodArgumentNotValidException {
        EvaluationRequest request = parse(body);
        BindingResult errors = new BeanPropertyBindingResult(request, "evaluationRequest");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(BODY, errors);
        }
        return request;
    }

    private EvaluationRequest parse(String body) {
        try {
            // From the UTF-8 bytes, as the message converter reads a body, so a problem names the same column.
            EvaluationRequest request = json.readValue(body.getBytes(StandardCharsets.UTF_8), EvaluationRequest.class);
            if (request == null) {
                throw new HttpMessageNotReadableException("Required request body is missing", received(body));
            }
            return request;
        } catch (JsonProcessingException e) {
            throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, received(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory: cannot happen
        }
    }

    private static HttpInputMessage received(String body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public HttpHeaders getHeaders() {
                return HttpHeaders.EMPTY;
            }
        };
    }
}
