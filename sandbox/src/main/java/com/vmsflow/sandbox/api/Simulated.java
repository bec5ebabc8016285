package com.vmsflow.sandbox.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class as part of a simulated outside system's API: faults, idempotency and the calls record
 * are attached to its methods (see {@code SimulatedApiFeature}), never to the sandbox's control endpoints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Simulated {

    OutsideSystem value();
}
