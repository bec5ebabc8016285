package com.vmsflow.gateway.channel;

import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.GoLive;
import com.vmsflow.store.ChannelView;
import java.util.List;

/**
 * One channel of a client: what it sells from and keeps back, and its inventory sync.
 *
 * @param allLocations whether it sells the stock of every location of the client ({@code locations} is empty then)
 * @param buffer units kept back per SKU from what it is shown (a SKU may have its own)
 * @param orderSync an Ajio channel's order sync, while it runs; null otherwise
 */
public record ChannelState(String channelId, ChannelKind kind, boolean allLocations, List<String> locations,
                           int buffer, InventorySyncView inventorySync, OrderSyncView orderSync) {

    public ChannelState(String channelId, ChannelKind kind, boolean allLocations, List<String> locations, int buffer,
                        InventorySyncView inventorySync) {
        this(channelId, kind, allLocations, locations, buffer, inventorySync, null);
    }

    /** This state with the client's Ajio order sync, on an Ajio channel. */
    ChannelState withOrderSync(OrderSyncView sync) {
        return kind == ChannelKind.AJIO && sync != null
                ? new ChannelState(channelId, kind, allLocations, locations, buffer, inventorySync, sync) : this;
    }

    static ChannelState of(ChannelView c) {
        return new ChannelState(c.channelId(), c.kind(), c.allLocations(), c.locations(), c.buffer(),
                new InventorySyncView(c.mode(), c.allowListSize(), c.lastPushAt(), c.changesPushed(),
                        c.skusPushed(), c.calls(), c.throttled(), c.lastReconciliationId(),
                        c.lastReconciliationAt(), c.lastDifferences(), c.lastUnmapped(), c.pendingChanges()));
    }

    /** This state under the control the sync just took (its own row may not show it yet). */
    ChannelState under(GoLive control) {
        InventorySyncView s = inventorySync;
        return new ChannelState(channelId, kind, allLocations, locations, buffer, new InventorySyncView(
                control.mode(), control.skus().size(), s.lastPushAt(), s.changesPushed(), s.skusPushed(), s.calls(),
                s.throttled(), s.lastReconciliationId(), s.lastReconciliationAt(), s.differencesFound(),
                s.unmapped(), s.pendingChanges()));
    }
}
