package com.vmsflow.gateway.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A GST document number as {@link com.vmsflow.einvoice.DocumentNumber} defines it. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GstDocumentNumberValidator.class)
public @interface GstDocumentNumber {

    String message() default "must be a GST document number: 1 to 16 of A-Z, 0-9, / and -, starting with A-Z or 1-9";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
