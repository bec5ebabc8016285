package com.vmsflow.inventory;

/**
 * Tells a client's inventory syncs that its stock changed, after the transaction that changed it committed. The change
 * itself is already in the database ({@code inventory_changes}, written by a trigger in that transaction): a nudge
 * only wakes the syncs sooner, so one lost with a process costs a sweep interval, never a change.
 */
public interface StockNudges {

    /** For code that runs without inventory syncs (tools, tests of other things). */
    StockNudges NONE = clientId -> { };

    void stockChanged(String clientId);
}
