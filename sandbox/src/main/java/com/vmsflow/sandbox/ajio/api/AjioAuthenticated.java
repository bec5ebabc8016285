package com.vmsflow.sandbox.ajio.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an Ajio resource whose calls need a live access token ({@link AjioAuthFilter}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AjioAuthenticated {
}
