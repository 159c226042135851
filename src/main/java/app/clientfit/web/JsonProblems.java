package app.clientfit.web;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains why a JSON body could not be read, naming the field and the expected type. */
final class JsonProblems {

    /** Jackson's words for a key given twice (spring.jackson.parser.strict-duplicate-detection). */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']{1,200})'");

    record Explained(String field, String message, String detail) {
    }

    private JsonProblems() {
    }

    static Explained explain(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new Explained(field, "is not a known field",
                    "unknown field '" + field + "'; known fields are listed in the API description");
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            String field = path(invalid);
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return new Explained(field, "must be one of " + allowed, field + ": '" + invalid.getValue() + "' is not one of " + allowed);
        }
        if (cause instanceof MismatchedInputException trailing && trailing.getPath().isEmpty()
                && String.valueOf(trailing.getOriginalMessage()).startsWith("Trailing token")) {
            return new Explained(null, null, "the body holds more than one JSON value" + where(trailing)
                    + "; send exactly one object");
        }
        if (cause instanceof JsonProcessingException json && DUPLICATE.matcher(String.valueOf(json.getOriginalMessage())).find()) {
            Matcher duplicate = DUPLICATE.matcher(json.getOriginalMessage());
            duplicate.find();
            String field = duplicate.group(1);
            return new Explained(field, "is given more than once", "the field '" + field + "' is given more than once" + where(json));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            String message = "must be " + describe(mismatched.getTargetType());
            return new Explained(field, message, field + " " + message);
        }
        if (cause instanceof JsonProcessingException json) {
            return new Explained(null, null, "the body is not valid JSON" + where(json) + ": " + json.getOriginalMessage());
        }
        return new Explained(null, null, "the request body is missing or cannot be read as JSON");
    }

    private static String where(JsonProcessingException json) {
        JsonLocation at = json.getLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object of names and values";
        }
        return "a value of another kind";
    }
}
