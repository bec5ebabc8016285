package com.vmsflow.temporal;

import com.vmsflow.handover.HandoverWorkflowImpl;
import com.vmsflow.order.ForwardOrderWorkflowImpl;
import com.vmsflow.sync.AjioSyncWorkflowImpl;
import java.util.List;

/** Every workflow implementation of VMS Flow: what the worker runs and what the replay tests replay against. */
public final class WorkflowImplementations {

    public static final List<Class<?>> ALL = List.of(ForwardOrderWorkflowImpl.class, HandoverWorkflowImpl.class,
            AjioSyncWorkflowImpl.class);

    private WorkflowImplementations() {
    }

    public static Class<?>[] array() {
        return ALL.toArray(new Class<?>[0]);
    }
}
