package com.vmsflow.gateway.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A GST rate in percent: one of the slabs 0, 5, 12, 18 and 28. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GstRateValidator.class)
public @interface GstRate {

    String message() default "must be one of 0, 5, 12, 18, 28";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
