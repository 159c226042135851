package app.clientfit.console;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.clientfit.evaluation.EvaluationRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Turns the bound form into the request the API would have received, checked by the same constraints,
 * and the problems into messages by field. A criterion's value is read as JSON would read it: {@code 2500}
 * is a number, {@code true} a yes, anything else text.
 */
@Component
class FactsForm {

    static final String ATTRIBUTES = "attributes";

    private final ObjectMapper json;
    private final Validator validator;
    private final MessageSource messages;

    FactsForm(ObjectMapper json, Validator validator, MessageSource messages) {
        this.json = json;
        this.validator = validator;
        this.messages = messages;
    }

    /** The request, or null when the binding or a constraint found a problem (then in {@code binding}). */
    EvaluationRequest request(EvaluationRequest facts, Criteria criteria, BindingResult binding) {
        if (binding.hasErrors() || facts == null) {
            return null;
        }
        ObjectNode node = withoutAttributes(facts);
        if (criteria.named().isEmpty()) {
            node.putNull(ATTRIBUTES);
        } else {
            ObjectNode attributes = node.putObject(ATTRIBUTES);
            criteria.named().forEach(row -> attributes.set(row.name().strip(), value(row.value())));
        }
        EvaluationRequest request = json.convertValue(node, EvaluationRequest.class);
        Set<ConstraintViolation<EvaluationRequest>> violations = validator.validate(request);
        violations.forEach(violation -> binding.addError(fieldError(binding, violation)));
        return violations.isEmpty() ? request : null;
    }

    /** The bound facts but their attributes, which the form's binder fills with whatever the rows' names were. */
    private ObjectNode withoutAttributes(EvaluationRequest facts) {
        ObjectNode node = json.createObjectNode();
        for (RecordComponent component : EvaluationRequest.class.getRecordComponents()) {
            if (component.getName().equals(ATTRIBUTES)) {
                continue;
            }
            try {
                Object value = component.getAccessor().invoke(facts);
                // An input left empty is a fact left out, as in a request that does not name it.
                node.set(component.getName(), "".equals(value) ? null : json.valueToTree(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the fact " + component.getName(), e);
            }
        }
        return node;
    }

    private JsonNode value(String text) {
        String value = text == null ? "" : text.strip();
        try {
            JsonNode parsed = json.readTree(value);
            if (parsed != null && (parsed.isNumber() || parsed.isBoolean())) {
                return parsed;
            }
        } catch (JsonProcessingException notJson) {
            // then it is text
        }
        return json.getNodeFactory().textNode(value);
    }

    private static FieldError fieldError(BindingResult binding, ConstraintViolation<EvaluationRequest> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.startsWith(ATTRIBUTES) || path.isEmpty() ? ATTRIBUTES : path;
        String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldError(binding.getObjectName(), field, violation.getInvalidValue(), false,
                binding.resolveMessageCodes(code, field), null, violation.getMessage());
    }

    /** Each field's problems, said in the reader's language. */
    Map<String, List<String>> problems(BindingResult binding, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error ->
                byField.computeIfAbsent(error.getField(), field -> new ArrayList<>()).add(messages.getMessage(error, locale)));
        return byField;
    }
}
