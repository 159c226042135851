package app.clientfit.evaluation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Every value can be compared and stored as it is: numbers are finite (1e400 would become Infinity) and
 * texts hold no NUL character (PostgreSQL refuses it). The attributes are checked by {@link ValidAttributes}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StorableValues.Validator.class)
@interface StorableValues {

    String NOT_FINITE = "must be a finite number";
    String HAS_NUL = "must not contain the NUL character (U+0000)";

    String message() default "cannot be stored";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StorableValues, EvaluationRequest> {

        static boolean isFinite(Number number) {
            return !(number instanceof Double d && !Double.isFinite(d)) && !(number instanceof Float f && !Float.isFinite(f));
        }

        static boolean hasNul(String text) {
            return text != null && text.indexOf('\u0000') >= 0;
        }

        @Override
        public boolean isValid(EvaluationRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = check(!hasNul(request.clientId()), "clientId", HAS_NUL, context);
            valid &= check(!hasNul(request.name()), "name", HAS_NUL, context);
            return valid & check(request.averageDaysLate() == null || isFinite(request.averageDaysLate()), "averageDaysLate", NOT_FINITE, context);
        }

        private static boolean check(boolean holds, String field, String message, ConstraintValidatorContext context) {
            if (!holds) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
            return holds;
        }
    }
}
