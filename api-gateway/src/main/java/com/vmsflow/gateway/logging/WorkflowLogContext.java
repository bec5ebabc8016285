package com.vmsflow.gateway.logging;

import com.vmsflow.handover.HandoverWorkflow;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.returns.ReturnWorkflow;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.slf4j.MDC;

/**
 * Puts the workflow id of the order (or return, or handover) a request concerns into the log context for the
 * request, under {@value #KEY}, the key Temporal's SDK uses on workflow and activity threads: one search finds the
 * gateway's lines and the workflow's. Read from the matched {@code {clientId}} and {@code {orderId}} (or
 * {@code {returnId}}, {@code {handoverId}}) path parameters; removed when the request finishes, since Jetty's threads
 * serve other requests next. Requests are handled on one thread from matching to the end (no resource is
 * asynchronous), which is what the MDC needs.
 */
public final class WorkflowLogContext implements ApplicationEventListener {

    public static final String KEY = "WorkflowId";

    @Override
    public void onEvent(ApplicationEvent event) {
        // nothing per application
    }

    @Override
    public RequestEventListener onRequest(RequestEvent start) {
        MDC.remove(KEY);
        return WorkflowLogContext::onRequestEvent;
    }

    private static void onRequestEvent(RequestEvent event) {
        switch (event.getType()) {
            case REQUEST_MATCHED -> workflowId(event.getUriInfo().getPathParameters()).ifPresent(id -> MDC.put(KEY, id));
            case FINISHED -> MDC.remove(KEY);
            default -> {
                // the id stays for the rest of the request
            }
        }
    }

    static Optional<String> workflowId(MultivaluedMap<String, String> path) {
        String clientId = path.getFirst("clientId");
        if (clientId == null) {
            return Optional.empty();
        }
        String orderId = path.getFirst("orderId");
        if (orderId != null) {
            return Optional.of(ForwardOrderWorkflow.idFor(clientId, orderId));
        }
        String returnId = path.getFirst("returnId");
        if (returnId != null) {
            return Optional.of(ReturnWorkflow.idFor(clientId, returnId));
        }
        String handoverId = path.getFirst("handoverId");
        return Optional.ofNullable(handoverId).map(h -> HandoverWorkflow.idFor(clientId, h));
    }
}
