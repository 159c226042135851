package app.clientfit.evaluation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The client's id and name are no longer than configured (clientfit.evaluation.max-*-length). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextWithinLimits.Validator.class)
@interface TextWithinLimits {

    String message() default "too long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TextWithinLimits, EvaluationRequest> {

        private final EvaluationLimits limits;

        public Validator(EvaluationLimits limits) {
            this.limits = limits;
        }

        @Override
        public boolean isValid(EvaluationRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = within(request.clientId(), limits.maxClientIdLength(), "clientId", context);
            return within(request.name(), limits.maxNameLength(), "name", context) && valid;
        }

        private static boolean within(String text, int limit, String field, ConstraintValidatorContext context) {
            if (text == null || text.length() <= limit) {
                return true;
            }
            context.buildConstraintViolationWithTemplate("must have at most " + limit + " characters")
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
