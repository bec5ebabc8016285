package com.vmsflow.temporal;

import com.vmsflow.bulk.BulkOrderWorkflowImpl;
import com.vmsflow.handover.HandoverWorkflowImpl;
import com.vmsflow.inventory.InventorySyncWorkflowImpl;
import com.vmsflow.order.ForwardOrderWorkflowImpl;
import com.vmsflow.returns.ReturnWorkflowImpl;
import com.vmsflow.returns.RtoWorkflowImpl;
import com.vmsflow.rsi.RsiDocumentWorkflowImpl;
import com.vmsflow.sync.AjioSyncWorkflowImpl;
import java.util.List;

/** Every workflow implementation of VMS Flow: what the worker runs and what the replay tests replay against. */
public final class WorkflowImplementations {

    public static final List<Class<?>> ALL = List.of(ForwardOrderWorkflowImpl.class, HandoverWorkflowImpl.class,
            AjioSyncWorkflowImpl.class, ReturnWorkflowImpl.class, RtoWorkflowImpl.class,
            RsiDocumentWorkflowImpl.class, InventorySyncWorkflowImpl.class, BulkOrderWorkflowImpl.class);

    private WorkflowImplementations() {
    }

    public static Class<?>[] array() {
        return ALL.toArray(new Class<?>[0]);
    }
}
