package app.clientfit.console;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import app.clientfit.evaluation.EvaluationRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One input of the evaluate form, generated from a component of {@link EvaluationRequest}: a new fact
 * gets its input by itself (and its label and help text from messages.properties, keys {@code fact.<name>.*}).
 *
 * @param name    the fact's name, which is also the input's
 * @param kind    how it is entered
 * @param choices  the values of a choice, else empty
 * @param required whether the request must have it
 */
record FactField(String name, Kind kind, List<String> choices, boolean required) {

    enum Kind { TEXT, CHOICE, WHOLE_NUMBER, NUMBER, YES_NO }

    /** The form's fields in the order of the request; {@code attributes} is entered as rows of its own. */
    static final List<FactField> ALL = Arrays.stream(EvaluationRequest.class.getRecordComponents())
            .filter(component -> component.getType() != Map.class)
            .map(FactField::of).toList();

    private static FactField of(RecordComponent component) {
        Class<?> type = component.getType();
        // Constraints are propagated to the accessor, not kept on the component.
        boolean required = component.getAccessor().isAnnotationPresent(NotNull.class)
                || component.getAccessor().isAnnotationPresent(NotBlank.class);
        if (type.isEnum()) {
            return new FactField(component.getName(), Kind.CHOICE,
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).toList(), required);
        }
        Kind kind = type == Boolean.class ? Kind.YES_NO
                : type == Integer.class || type == Long.class ? Kind.WHOLE_NUMBER
                : Number.class.isAssignableFrom(type) ? Kind.NUMBER
                : Kind.TEXT;
        return new FactField(component.getName(), kind, List.of(), required);
    }

}
