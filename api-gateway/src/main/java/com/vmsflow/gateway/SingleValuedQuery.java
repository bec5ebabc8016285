package com.vmsflow.gateway;

import com.vmsflow.gateway.errors.ErrorBody;
import com.vmsflow.gateway.errors.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refuses a query parameter given more than once (422, the parameter named): every one the API takes has one value
 * (openapi.json declares no list in a query), and JAX-RS would quietly take the first of {@code ?limit=5&limit=900}.
 * After authentication, so a caller without a key still gets its 401 first.
 */
@Priority(Priorities.USER)
public final class SingleValuedQuery implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, String> repeated = new TreeMap<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1) {
                repeated.put(parameter.getKey(), "given " + parameter.getValue().size() + " times: give it once");
            }
        }
        if (!repeated.isEmpty()) {
            request.abortWith(ErrorBody.response(ErrorCode.VALIDATION_FAILED, "a query parameter is given more than"
                    + " once", repeated).build());
        }
    }
}
