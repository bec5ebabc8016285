package com.vmsflow.inventory;

import com.vmsflow.flow.SyncStarts;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A channel's inventory sync (one per client and channel, long-running): pushes {@code on-hand - reserved - buffer}
 * of the channel's locations to the channel for every SKU whose stock changed, coalesced, in the channel's batch
 * size and within its rate limit; runs a full reconciliation on a schedule and on demand; continues as new.
 */
@WorkflowInterface
public interface InventorySyncWorkflow {

    static String idFor(ChannelRef channel) {
        return "inventory-sync:" + channel.clientId() + ":" + channel.channelId();
    }

    /** The memo key that carries {@link #summaryFor} from run to run. */
    String SUMMARY_MEMO = SyncStarts.SUMMARY_MEMO;

    static String summaryFor(ChannelRef channel) {
        return "Inventory sync of client " + channel.clientId() + " to channel " + channel.channelId();
    }

    /** How a channel's sync starts: one running per client and channel, started again after any end. */
    static WorkflowOptions startOptions(String taskQueue, ChannelRef channel) {
        return SyncStarts.options(taskQueue, idFor(channel), summaryFor(channel), channel.clientId());
    }

    @WorkflowMethod
    void run(InventorySyncState state);

    @QueryMethod
    InventorySyncState state();

    /**
     * Stock changed for this channel (written in our database with the change): push it. A nudge, not the change
     * itself; many nudges in a row are one push.
     */
    @SignalMethod
    void stockChanged();

    /** Support's go-live control: the channel is reconciled at once under the new mode. Answers the control. */
    @UpdateMethod
    GoLive goLive(GoLive control);

    @UpdateValidatorMethod(updateName = "goLive")
    void validateGoLive(GoLive control);

    /** A full reconciliation now; answers its id once it has started. */
    @UpdateMethod
    String reconcileNow(String requestedBy);
}
