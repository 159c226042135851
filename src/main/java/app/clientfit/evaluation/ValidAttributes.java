package app.clientfit.evaluation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The coach's own criteria: flat string, number or boolean values, each with a sensible name. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidAttributes.Validator.class)
@interface ValidAttributes {

    String message() default "invalid attributes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The limits come from configuration (clientfit.evaluation.*). */
    class Validator implements ConstraintValidator<ValidAttributes, Map<String, Object>> {

        private final EvaluationLimits limits;

        public Validator(EvaluationLimits limits) {
            this.limits = limits;
        }

        @Override
        public boolean isValid(Map<String, Object> attributes, ConstraintValidatorContext context) {
            if (attributes == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (attributes.size() > limits.maxAttributes()) {
                context.buildConstraintViolationWithTemplate("at most " + limits.maxAttributes() + " attributes are allowed").addConstraintViolation();
                return false;
            }
            boolean valid = true;
            for (Map.Entry<String, Object> entry : attributes.entrySet()) {
                String problem = problemOf(entry.getKey(), entry.getValue());
                if (problem != null) {
                    context.buildConstraintViolationWithTemplate(problem).addPropertyNode(entry.getKey()).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }

        private String problemOf(String name, Object value) {
            if (name.isBlank() || name.length() > limits.maxAttributeNameLength()) {
                return "attribute names must have 1 to " + limits.maxAttributeNameLength() + " characters";
            }
            if (StorableValues.Validator.hasNul(name)) {
                return "the attribute name " + StorableValues.HAS_NUL;
            }
            if (value instanceof String text) {
                if (StorableValues.Validator.hasNul(text)) {
                    return StorableValues.HAS_NUL;
                }
                return text.length() > limits.maxAttributeTextLength()
                        ? "must have at most " + limits.maxAttributeTextLength() + " characters" : null;
            }
            if (value instanceof Number number) {
                return StorableValues.Validator.isFinite(number) ? null : StorableValues.NOT_FINITE;
            }
            if (value instanceof Boolean) {
                return null;
            }
            return value == null ? "must not be null; leave the attribute out when it is unknown"
                    : "must be a string, a number or a boolean";
        }
    }
}
