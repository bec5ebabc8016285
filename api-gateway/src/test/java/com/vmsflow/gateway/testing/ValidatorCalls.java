package com.vmsflow.gateway.testing;

import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the update requests that reached a workflow's validator, by workflow id: a repeat the gateway answers from
 * Temporal's record of the update (the same update id) reaches none. Validators do not run on replay.
 */
final class ValidatorCalls extends WorkerInterceptorBase {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    static int of(String workflowId) {
        AtomicInteger count = COUNTS.get(workflowId);
        return count == null ? 0 : count.get();
    }

    @Override
    public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
        return new WorkflowInboundCallsInterceptorBase(next) {
            @Override
            public void validateUpdate(UpdateInput input) {
                COUNTS.computeIfAbsent(Workflow.getInfo().getWorkflowId(), id -> new AtomicInteger())
                        .incrementAndGet();
                super.validateUpdate(input);
            }
        };
    }
}
