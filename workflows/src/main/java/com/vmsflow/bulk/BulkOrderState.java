package com.vmsflow.bulk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vmsflow.flow.FlowState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a bulk order's workflow knows: what its {@code state} query and {@code GET /bulk-orders/{id}} show. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class BulkOrderState extends FlowState {
    private String clientId;
    private BulkOrderRequest order;
    private BulkOrderStatus status = BulkOrderStatus.CREATED;
    private List<BulkLineState> lines = new ArrayList<>();
    /** Why the last allocation left SKUs short; empty once nothing is short. */
    private List<Shortage> shortages = new ArrayList<>();
    private int allocationRounds;
    private boolean completedBySeller;
    private String erpMessageId;
    private Instant createdAt;
    /** Counts every move the read model is told of: a late write of an older one never overwrites a newer. */
    private int revision;
    private List<BulkStatusChange> history = new ArrayList<>();

    BulkOrderState() {
    }

    static BulkOrderState of(NewBulkOrder input, Instant createdAt) {
        BulkOrderState s = new BulkOrderState();
        s.clientId = input.client().clientId();
        s.order = input.order();
        s.createdAt = createdAt;
        input.order().lines().forEach(l -> s.lines.add(new BulkLineState(l.sku(), l.quantity())));
        return s;
    }

    public String clientId() { return clientId; }
    public String bulkOrderId() { return order.bulkOrderId(); }
    public BulkOrderRequest order() { return order; }
    @Override public BulkOrderStatus status() { return status; }
    @Override public String kind() { return "bulk order"; }
    public List<BulkLineState> lines() { return List.copyOf(lines); }
    public List<Shortage> shortages() { return List.copyOf(shortages); }
    public int allocationRounds() { return allocationRounds; }
    public boolean completedBySeller() { return completedBySeller; }
    public String erpMessageId() { return erpMessageId; }
    public Instant createdAt() { return createdAt; }
    public int revision() { return revision; }
    public List<BulkStatusChange> history() { return List.copyOf(history); }

    /** The line of a SKU, or null. */
    public BulkLineState line(String sku) {
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst().orElse(null);
    }

    public Map<String, Integer> wantedBySku() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        lines.forEach(l -> wanted.put(l.sku(), l.wanted()));
        return wanted;
    }

    public Map<String, Integer> packedBySku() {
        Map<String, Integer> packed = new LinkedHashMap<>();
        lines.forEach(l -> packed.put(l.sku(), l.packed()));
        return packed;
    }

    public boolean fullyAllocated() {
        return lines.stream().allMatch(l -> l.reserved() >= l.wanted());
    }

    public boolean anythingAllocated() {
        return lines.stream().anyMatch(l -> l.reserved() > 0);
    }

    public boolean anythingPacked() {
        return lines.stream().anyMatch(l -> l.packed() > 0);
    }

    /**
     * Packed as far as it will go: every unit wanted, or (once the seller completed it) everything it still holds.
     * Then the warehouse may dispatch it.
     */
    public boolean readyForDispatch() {
        return anythingPacked() && lines.stream().allMatch(l -> l.packed() == (completedBySeller ? l.reserved()
                : l.wanted()));
    }

    /** The status the order's quantities say, before it is dispatched. */
    BulkOrderStatus standing() {
        if (readyForDispatch()) {
            return BulkOrderStatus.PACKED;
        }
        if (fullyAllocated()) {
            return BulkOrderStatus.FULFILLABLE;
        }
        if (anythingAllocated()) {
            return BulkOrderStatus.PARTIALLY_FULFILLABLE;
        }
        return allocationRounds == 0 ? BulkOrderStatus.CREATED : BulkOrderStatus.UNFULFILLABLE;
    }

    void allocated(Allocation allocation) {
        allocationRounds++;
        lines.forEach(l -> l.reserved(allocation.reservedBySku().getOrDefault(l.sku(), 0)));
        shortages = new ArrayList<>(allocation.shortages());
    }

    void packed(List<BulkLine> packed) {
        packed.forEach(p -> line(p.sku()).packed(p.quantity()));
    }

    /** The seller's complete: nothing more is allocated, and what was not packed was released. */
    void closeBySeller() {
        completedBySeller = true;
        lines.forEach(l -> l.reserved(l.packed()));
        shortages = new ArrayList<>();
    }

    void dispatched() {
        lines.forEach(l -> {
            l.dispatched(l.packed());
            l.reserved(0);
        });
    }

    void erpMessageId(String messageId) { this.erpMessageId = messageId; }

    void moveTo(BulkOrderStatus next, Instant at, String note) {
        status = next;
        history.add(new BulkStatusChange(history.size() + 1, next, at, note));
    }

    void revised() { revision++; }
}
