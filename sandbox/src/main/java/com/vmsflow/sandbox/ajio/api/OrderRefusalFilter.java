package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.ApiExceptionMapper;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * An order's refuse-next switches ({@code POST /sandbox/ajio/{sellerId}/orders/{orderId}/refuse-next}) on one of
 * Ajio's order operations: while the order has refusals of the operation left, a call is answered 422
 * {@code OPERATION_REFUSED} before it is handled, and is recorded as {@code REFUSED}. It runs after the token check
 * (the seller is known) and before idempotency, so the refusal is not remembered for the call's key.
 */
public record OrderRefusalFilter(OrderService orders, String operation) implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String orderId = request.getUriInfo().getPathParameters().getFirst("orderId");
        if (orders.refuses(AjioAuthFilter.sellerOf(request), orderId, operation)) {
            CallNote.of(request).refused();
            request.abortWith(ApiExceptionMapper.response(ApiException.unprocessable("OPERATION_REFUSED",
                    "Ajio refuses " + operation + " for order " + orderId + " (the sandbox's refuse-next switch)")));
        }
    }
}
