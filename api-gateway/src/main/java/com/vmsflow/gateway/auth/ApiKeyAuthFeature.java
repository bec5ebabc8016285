package com.vmsflow.gateway.auth;

import com.vmsflow.store.Role;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Puts an {@link ApiKeyFilter} with the roles of {@link Allowed} in front of every resource method not public. */
public class ApiKeyAuthFeature implements DynamicFeature {

    private final ApiKeyAuthenticator authenticator;
    private final Set<String> clientIds;

    /** {@code clientIds}: the clients the gateway serves; any other client's path is 404, for a SUPPORT key too. */
    public ApiKeyAuthFeature(ApiKeyAuthenticator authenticator, Set<String> clientIds) {
        this.authenticator = authenticator;
        this.clientIds = Set.copyOf(clientIds);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null) {
            return; // Jersey's own handlers, such as the automatic OPTIONS answer: no data behind them
        }
        if (method.isAnnotationPresent(PublicEndpoint.class) || type.isAnnotationPresent(PublicEndpoint.class)) {
            return;
        }
        context.register(new ApiKeyFilter(roles(method, type), authenticator, clientIds), Priorities.AUTHENTICATION);
    }

    private static Set<Role> roles(Method method, Class<?> type) {
        Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                : type.getAnnotation(Allowed.class);
        return allowed == null || allowed.value().length == 0 ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(List.of(allowed.value()));
    }
}
