package com.vmsflow.sandbox.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the operation a simulated endpoint performs in the calls record (tests count calls by these names).
 *
 * @see com.vmsflow.sandbox.calls.CallNote for business keys that come from the body rather than the path
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CallName {

    String value();

    /** The path parameter that is the call's business key; empty when the resource sets the key itself. */
    String keyParam() default "";
}
