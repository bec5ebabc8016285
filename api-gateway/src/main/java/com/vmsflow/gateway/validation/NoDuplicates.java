package com.vmsflow.gateway.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No two elements of a list share a key: the element itself, or {@link Keyed#key()}. Each repeat is reported at its
 * own index, e.g. {@code lines[3].sku}, so the client sees which entry to fix.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoDuplicatesValidator.class)
public @interface NoDuplicates {

    String message() default "appears more than once";

    /** The element's field the key is, for the path of a repeat ({@code sku}); empty for the element itself. */
    String property() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
