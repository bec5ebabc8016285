package com.vmsflow.gateway.order;

import com.vmsflow.order.cancellation.CancellationKind;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A PARTIAL cancellation names its lines; a FULL one names none (it takes every open unit). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LinesMatchKind.Validator.class)
public @interface LinesMatchKind {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LinesMatchKind, CancellationBody> {

        @Override
        public boolean isValid(CancellationBody body, ConstraintValidatorContext context) {
            boolean hasLines = body.lines() != null && !body.lines().isEmpty();
            String problem = body.kind() == CancellationKind.PARTIAL && !hasLines ? "must not be empty for PARTIAL"
                    : body.kind() == CancellationKind.FULL && hasLines ? "must be absent for FULL: it cancels every"
                    + " open unit" : null;
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("lines").addConstraintViolation();
            return false;
        }
    }
}
