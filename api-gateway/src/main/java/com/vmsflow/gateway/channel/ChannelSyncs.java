package com.vmsflow.gateway.channel;

import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.GoLive;
import com.vmsflow.inventory.InventorySyncWorkflow;
import com.vmsflow.sync.AjioSyncWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The gateway's calls to the channels' inventory syncs, through {@link Updates}. Each request is an update of its
 * own (a random id, not one made from the body): setting a control is absolute, so a repeat is harmless, whereas an id
 * made from the body would answer a later ZERO, after an ALL, with the first ZERO's outcome and apply nothing.
 */
public record ChannelSyncs(WorkflowClient temporal, Updates updates) {

    /**
     * Support's go-live control. Once this returns the sync has taken it, whether or not the reconciliation under it
     * started within the gateway's wait: the sync's handler sets the control first.
     */
    public void goLive(ChannelRef channel, GoLive control) {
        running(channel, () -> updates.run(stub(channel), "goLive", "go-live-" + UUID.randomUUID(),
                w -> w::goLive, control));
    }

    /** A full reconciliation now; its id once it has started, or empty while it is still starting. */
    public Optional<String> reconcileNow(ChannelRef channel, String requestedBy) {
        return running(channel, () -> updates.run(stub(channel), "reconcileNow", "reconcile-" + UUID.randomUUID(),
                w -> w::reconcileNow, requestedBy));
    }

    /** The client's Ajio order sync as its workflow answers now; empty when it is not running. */
    public Optional<OrderSyncView> orderSync(String clientId) {
        try {
            return Optional.of(OrderSyncView.of(temporal.newWorkflowStub(AjioSyncWorkflow.class,
                    AjioSyncWorkflow.idFor(clientId)).state()));
        } catch (WorkflowNotFoundException e) {
            return Optional.empty();
        }
    }

    private InventorySyncWorkflow stub(ChannelRef channel) {
        return temporal.newWorkflowStub(InventorySyncWorkflow.class, InventorySyncWorkflow.idFor(channel));
    }

    /** A channel the settings name whose sync is not running (the worker starts one for each) takes no input yet. */
    private static <T> T running(ChannelRef channel, Supplier<T> call) {
        try {
            return call.get();
        } catch (WorkflowNotFoundException e) {
            throw new ApiException(ErrorCode.NOT_AWAITING, "the inventory sync of channel " + channel.channelId()
                    + " is not running; the worker starts it");
        }
    }
}
