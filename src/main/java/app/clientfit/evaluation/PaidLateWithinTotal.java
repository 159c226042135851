package app.clientfit.evaluation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Of the invoices issued, no more can have been paid late than were issued. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PaidLateWithinTotal.Validator.class)
@interface PaidLateWithinTotal {

    String message() default "must not be greater than invoicesTotal";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PaidLateWithinTotal, EvaluationRequest> {
        @Override
        public boolean isValid(EvaluationRequest request, ConstraintValidatorContext context) {
            if (request == null || request.invoicesPaidLate() == null || request.invoicesTotal() == null
                    || request.invoicesPaidLate() <= request.invoicesTotal()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("invoicesPaidLate").addConstraintViolation();
            return false;
        }
    }
}
