package com.vmsflow.gateway.support;

import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.store.SupportAuditRepository;
import com.vmsflow.store.SupportAuditRepository.Entry;
import io.temporal.client.WorkflowUpdateException;
import java.util.List;
import java.util.function.Function;

/**
 * Support's actions on a workflow (an order's, a return's), each kept in the audit trail with its outcome: taken by
 * the workflow's {@code support} update, or refused by its validator (the refusal's code and message).
 */
public final class SupportAuditTrail {

    private final SupportAuditRepository audit;

    public SupportAuditTrail(SupportAuditRepository audit) {
        this.audit = audit;
    }

    /** Runs {@code update} with the caller's request and audits its outcome; a refusal is rethrown for the mapper. */
    public <T> T act(String clientId, String workflowId, SupportActionBody body, Caller caller,
                     Function<SupportRequest, T> update) {
        SupportRequest request = new SupportRequest(body.action(), caller.getName(), body.reason());
        try {
            T outcome = update.apply(request);
            audit.add(new Entry(clientId, workflowId, body.action().name(), body.reason(), caller.keyId(),
                    caller.getName(), "ACCEPTED", null, null, null));
            return outcome;
        } catch (WorkflowUpdateException refused) {
            var refusal = UpdateErrors.Refusal.of(refused);
            audit.add(new Entry(clientId, workflowId, body.action().name(), body.reason(), caller.keyId(),
                    caller.getName(), "REFUSED", refusal.map(UpdateErrors.Refusal::code).orElse("UNKNOWN"),
                    refusal.map(UpdateErrors.Refusal::message).orElse(refused.getMessage()), null));
            throw refused;
        }
    }

    public List<Entry> of(String clientId, String workflowId) {
        return audit.of(clientId, workflowId);
    }
}
