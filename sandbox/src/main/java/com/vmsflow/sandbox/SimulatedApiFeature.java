package com.vmsflow.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.sandbox.ajio.Tokens;
import com.vmsflow.sandbox.ajio.api.AjioAuthFilter;
import com.vmsflow.sandbox.ajio.api.AjioAuthenticated;
import com.vmsflow.sandbox.ajio.api.OrderRefusalFilter;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.ajio.order.RefuseNext;
import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Simulated;
import com.vmsflow.sandbox.calls.CallLog;
import com.vmsflow.sandbox.calls.CallRecordingFilter;
import com.vmsflow.sandbox.faults.FaultFilter;
import com.vmsflow.sandbox.faults.Faults;
import com.vmsflow.sandbox.idempotency.IdempotencyFilter;
import com.vmsflow.sandbox.idempotency.IdempotencyStore;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.time.Clock;

/**
 * Attaches to every method of a {@link Simulated} resource, in this order on the way in: faults (latency, 503,
 * 429), Ajio's token check, an Ajio order's refuse-next switches (on the operations of {@link RefuseNext}),
 * idempotency. On the way out (reverse order): the idempotency store keeps the answer, the calls record notes the
 * call, and a "lost" answer is held back. So a call whose answer is lost has taken effect, is on record and will be
 * replayed to a retry with the same key.
 */
final class SimulatedApiFeature implements DynamicFeature {

    private static final int FAULTS = 100;
    private static final int RECORDING = 200;
    private static final int REFUSALS = Priorities.AUTHORIZATION;
    private static final int IDEMPOTENCY = Priorities.USER;

    private final Faults faults;
    private final CallLog calls;
    private final IdempotencyStore idempotency;
    private final Tokens tokens;
    private final OrderService orders;
    private final ObjectMapper mapper;
    private final Clock clock;

    SimulatedApiFeature(Faults faults, CallLog calls, IdempotencyStore idempotency, Tokens tokens,
                        OrderService orders, ObjectMapper mapper, Clock clock) {
        this.faults = faults;
        this.calls = calls;
        this.idempotency = idempotency;
        this.tokens = tokens;
        this.orders = orders;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Simulated simulated = resource.getResourceClass().getAnnotation(Simulated.class);
        if (simulated == null) {
            return;
        }
        CallName name = resource.getResourceMethod().getAnnotation(CallName.class);
        if (name == null) {
            throw new IllegalStateException(resource.getResourceMethod() + " serves a simulated system but has no"
                    + " @CallName for the calls record");
        }
        OutsideSystem system = simulated.value();
        context.register(new FaultFilter(faults, system), FAULTS);
        context.register(new CallRecordingFilter(calls, clock, system, name), RECORDING);
        if (resource.getResourceClass().isAnnotationPresent(AjioAuthenticated.class)) {
            context.register(new AjioAuthFilter(tokens), Priorities.AUTHENTICATION);
        }
        if (system == OutsideSystem.AJIO && RefuseNext.OPERATIONS.contains(name.value())) {
            context.register(new OrderRefusalFilter(orders, name.value()), REFUSALS);
        }
        context.register(new IdempotencyFilter(idempotency, mapper, system, AjioAuthFilter::sellerOf), IDEMPOTENCY);
    }
}
