package com.vmsflow.gateway.support;

import com.vmsflow.flow.SupportRequest;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.store.SupportAuditRepository;
import com.vmsflow.store.SupportAuditRepository.Entry;
import io.temporal.client.WorkflowUpdateException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Support's actions on a workflow (an order's, a return's), each kept in the audit trail with its outcome: taken by
 * the workflow's {@code support} update, or refused by its validator (the refusal's code and message).
 */
public record SupportAuditTrail(SupportAuditRepository audit) {

    /**
     * Runs {@code update} (a call through {@link Updates}) with the caller's request and audits its outcome; a refusal
     * ({@link Updates.Refused}, the workflow's code and words) or a failed update is rethrown for its mapper.
     */
    public <T> T act(String clientId, String workflowId, SupportActionBody body, Caller caller,
                     Function<SupportRequest, T> update) {
        SupportRequest request = new SupportRequest(body.action(), caller.getName(), body.reason());
        return act(clientId, workflowId, body.action().name(), body.reason(), caller, () -> update.apply(request));
    }

    /**
     * Runs {@code action} (named {@code actionName} in the trail: a support action other than an order's or a
     * return's, e.g. a channel's go-live control) and audits its outcome as above; an API refusal it throws before
     * reaching a workflow (a bad control, a workflow not running) is audited as refused with its code.
     */
    public <T> T act(String clientId, String workflowId, String actionName, String reason, Caller caller,
                     Supplier<T> action) {
        try {
            T outcome = action.get();
            audit.add(new Entry(clientId, workflowId, actionName, reason, caller.keyId(), caller.getName(),
                    "ACCEPTED", null, null, null));
            return outcome;
        } catch (ApiException refused) {
            audit.add(refused(clientId, workflowId, actionName, reason, caller, refused.code().name(),
                    refused.getMessage()));
            throw refused;
        } catch (WorkflowUpdateException bug) {
            audit.add(refused(clientId, workflowId, actionName, reason, caller, "UNKNOWN", bug.getMessage()));
            throw bug;
        }
    }

    private static Entry refused(String clientId, String workflowId, String actionName, String reason,
                                 Caller caller, String code, String message) {
        return new Entry(clientId, workflowId, actionName, reason, caller.keyId(), caller.getName(), "REFUSED", code,
                message, null);
    }

    /**
     * The workflow's support actions, oldest first; 404 ({@code notFound}) when it has none and {@code known} says
     * the client has no such order or return (an unknown one, an unknown client, another client's), as for the order
     * or the return itself.
     */
    public List<Entry> of(String clientId, String workflowId, BooleanSupplier known, String notFound) {
        List<Entry> trail = audit.of(clientId, workflowId);
        if (trail.isEmpty() && !known.getAsBoolean()) {
            throw ApiException.notFound(notFound);
        }
        return trail;
    }
}
