package com.vmsflow.gateway.validation;

import com.vmsflow.einvoice.DocumentNumber;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A GST document number as {@link DocumentNumber} defines it. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GstDocumentNumberValidator.class)
public @interface GstDocumentNumber {

    String message() default "must be " + DocumentNumber.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
