package app.clientfit.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import app.clientfit.evaluation.EvaluationRequest;

/**
 * Keeps the evaluation request's body as it was received, so the audit stores the facts exactly as
 * sent (number formats, field order, umlauts) rather than as re-serialized. The body is already
 * limited in size before it gets here.
 */
@ControllerAdvice
class RawFactsCapture extends RequestBodyAdviceAdapter {

    static final String ATTRIBUTE = RawFactsCapture.class.getName();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == EvaluationRequest.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, new String(body, charsetOf(message.getHeaders())), RequestAttributes.SCOPE_REQUEST);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private static Charset charsetOf(HttpHeaders headers) {
        MediaType type = headers.getContentType();
        return type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    }
}
