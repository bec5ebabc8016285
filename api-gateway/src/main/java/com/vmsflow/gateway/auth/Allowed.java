package com.vmsflow.gateway.auth;

import com.vmsflow.store.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles whose API keys may call a resource method (or every method of a resource class). An endpoint with neither
 * this nor {@link PublicEndpoint} is refused to every key: forgetting the annotation fails closed.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {
    Role[] value();
}
