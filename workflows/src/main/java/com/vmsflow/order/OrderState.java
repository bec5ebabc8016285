package com.vmsflow.order;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.AjioOrderLine;
import com.vmsflow.ajio.AjioOrderUpdate;
import com.vmsflow.ajio.B2bLine;
import com.vmsflow.ajio.B2bOrder;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.FlowState;
import com.vmsflow.order.cancellation.OrderFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a forward order workflow knows, in one object: what the {@code state} query returns, what
 * {@code GET /orders/{id}} shows and what support reads in Temporal Web.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class OrderState extends FlowState {
    private String clientId;
    private String orderId;
    private String parentOrderId;
    private EInvoicingModel eInvoicingModel;
    private OrderStatus status = OrderStatus.CREATED;
    private Instant ajioCreatedAt;
    private Instant holdUntil;
    private boolean acknowledged;
    private B2bOrder b2bOrder;
    private boolean postedToErp;
    private boolean erpInvoiceReceived;
    private EInvoice invoice;
    private String handoverId;
    private String manifestId;
    private boolean overdue;
    private String flag;
    private List<String> missingChannelSkus = new ArrayList<>();
    private List<LineState> lines = new ArrayList<>();
    private List<StatusChange> history = new ArrayList<>();
    private List<CancellationRecord> cancellations = new ArrayList<>();
    private List<DocumentRef> documents = new ArrayList<>();
    private PackResult packResult;
    private List<RefusedHandover> refusedHandovers = new ArrayList<>();
    private Set<String> seenEventIds = new LinkedHashSet<>();
    /** What the channel said of when the order may be processed (seed 004, ONHOLD). */
    private Instant dispatchAfter;
    private String replacementOf;
    private boolean originalReturnPickedUp;
    /** While ONHOLD: why, and until when when a time holds it (null for a replacement waiting for its pickup). */
    private HoldReason onHoldReason;
    private Instant onHoldUntil;
    /** B2B2C (seed 002): the partner whose marketplace account the order is on; null for the client's own orders. */
    private String partnerClientId;
    private boolean b2b2cPosted;
    private EInvoice b2b2cInvoice;
    /** B2B2C: the units of each line booked to the partner at its pack confirmation, and those that came back since. */
    private Map<String, Integer> b2b2cBooked = new LinkedHashMap<>();
    private Map<String, Integer> b2b2cReturned = new LinkedHashMap<>();

    OrderState() {
    }

    public static OrderState of(NewOrder input) {
        OrderState s = new OrderState();
        AjioOrder order = input.order();
        s.clientId = input.client().clientId();
        s.orderId = order.orderId();
        s.parentOrderId = order.parentOrderId();
        s.eInvoicingModel = input.client().marketplaceInvoicing();
        s.partnerClientId = input.client().b2b2c() == null ? null : input.client().b2b2c().partnerClientId();
        s.ajioCreatedAt = order.createdAt();
        s.holdUntil = order.createdAt().plus(input.client().acknowledgementHold());
        s.dispatchAfter = order.dispatchAfter();
        s.replacementOf = order.replacementOf();
        s.originalReturnPickedUp = order.originalReturnPickedUp();
        for (AjioOrderLine l : order.lines()) {
            s.lines.add(new LineState(l.lineId(), l.channelSku(), l.price(), l.quantity(), l.cancelledQuantity()));
        }
        return s;
    }

    // --- what the workflow reads -------------------------------------------------------------------------------

    public String clientId() { return clientId; }
    public String orderId() { return orderId; }
    /** The marketplace's parent order, null when the channel gives none. */
    public String parentOrderId() { return parentOrderId; }
    public EInvoicingModel eInvoicingModel() { return eInvoicingModel; }
    @Override public OrderStatus status() { return status; }
    @Override public String kind() { return "order"; }
    public Instant ajioCreatedAt() { return ajioCreatedAt; }
    public Instant holdUntil() { return holdUntil; }
    public boolean acknowledged() { return acknowledged; }
    public B2bOrder b2bOrder() { return b2bOrder; }
    public boolean postedToErp() { return postedToErp; }
    public boolean erpInvoiceReceived() { return erpInvoiceReceived; }
    public EInvoice invoice() { return invoice; }
    public String handoverId() { return handoverId; }
    public String manifestId() { return manifestId; }
    public boolean overdue() { return overdue; }
    /**
     * A cancellation the SOPs do not let the order settle by itself (the rule's reason): packing stops until a full
     * cancellation clears it. Not the same as {@link #problem()}, which lasts only while the order waits for
     * support: the flag stays when the order moves on (the read model's {@code orders.flag}, the lists' flag), and
     * while it stops packing the order keeps waiting for support, so the problem lasts as long.
     */
    public String flag() { return flag; }
    public List<String> missingChannelSkus() { return List.copyOf(missingChannelSkus); }
    public List<LineState> lines() { return lines; }
    public List<StatusChange> history() { return List.copyOf(history); }
    public List<CancellationRecord> cancellations() { return List.copyOf(cancellations); }
    public List<DocumentRef> documents() { return List.copyOf(documents); }
    public PackResult packResult() { return packResult; }
    /** Handovers signalled while the order was not PACKED, which it refused. */
    public List<RefusedHandover> refusedHandovers() { return List.copyOf(refusedHandovers); }

    public Instant dispatchAfter() { return dispatchAfter; }
    public String replacementOf() { return replacementOf; }
    public boolean originalReturnPickedUp() { return originalReturnPickedUp; }
    public HoldReason onHoldReason() { return onHoldReason; }
    public Instant onHoldUntil() { return onHoldUntil; }
    public String partnerClientId() { return partnerClientId; }
    /** Whether the B2B2C pack confirmation went to the brand's ERP: from then on what comes back is its B2B2C_RETURN. */
    public boolean b2b2cPosted() { return b2b2cPosted; }
    /** The brand's e-invoice to its partner; null until it exists. */
    public EInvoice b2b2cInvoice() { return b2b2cInvoice; }
    public Map<String, Integer> b2b2cBooked() { return Map.copyOf(b2b2cBooked); }

    /**
     * Why the channel says the order must not be processed yet at {@code now}, or null: a replacement waits for its
     * original's return pickup first, then a dispatch-after time still ahead holds it.
     */
    public HoldReason holdReason(Instant now) {
        if (replacementOf != null && !originalReturnPickedUp) {
            return HoldReason.RETURN_PICKUP;
        }
        if (dispatchAfter != null && now.isBefore(dispatchAfter)) {
            return HoldReason.DISPATCH_AFTER;
        }
        return null;
    }

    public OrderFacts facts() {
        return new OrderFacts(eInvoicingModel, status, acknowledged, postedToErp);
    }

    @JsonIgnore
    public boolean fullyCancelled() {
        return lines.stream().allMatch(l -> l.open() == 0);
    }

    @JsonIgnore
    public boolean fullyReserved() {
        return lines.stream().allMatch(l -> l.shortOfStock() == 0);
    }

    public LineState line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("order " + orderId + " has no line " + lineId));
    }

    public boolean hasLine(String lineId) {
        return lines.stream().anyMatch(l -> l.lineId().equals(lineId));
    }

    /** Open quantity per client SKU, in line order: the soft reservation to hold. */
    public Map<String, Integer> openBySku() {
        Map<String, Integer> open = new LinkedHashMap<>();
        for (LineState l : lines) {
            if (l.clientSku() != null) {
                open.merge(l.clientSku(), l.open(), Integer::sum);
            }
        }
        return open;
    }

    /** Every line with its open quantity (zero included): a full cancellation's lines. */
    public List<LineQuantity> openLines() {
        return lines.stream().filter(l -> l.open() > 0).map(l -> new LineQuantity(l.lineId(), l.open())).toList();
    }

    public boolean seen(String eventId) {
        return eventId != null && seenEventIds.contains(eventId);
    }

    // --- what the workflow changes -----------------------------------------------------------------------------

    /** Records a status change; answers it so the caller can write it to the read model. */
    public StatusChange moveTo(OrderStatus next, Instant at, String note) {
        status = next;
        StatusChange change = new StatusChange(history.size() + 1, next, at, note);
        history.add(change);
        return change;
    }

    public void markOverdue(boolean overdue) { this.overdue = overdue; }
    public void flag(String reason) { this.flag = reason; }
    public void missingChannelSkus(List<String> skus) { missingChannelSkus = new ArrayList<>(skus); }

    public void mapSkus(Map<String, String> clientSkuByChannelSku) {
        lines.forEach(l -> l.mapTo(clientSkuByChannelSku.get(l.channelSku())));
    }

    /** Spreads what is reserved per client SKU over the lines of that SKU, in line order. */
    public void reserved(Map<String, Integer> reservedBySku) {
        Map<String, Integer> left = new LinkedHashMap<>(reservedBySku);
        for (LineState l : lines) {
            int available = left.getOrDefault(l.clientSku(), 0);
            int take = Math.min(available, l.open());
            l.reserved(take);
            left.put(l.clientSku(), available - take);
        }
    }

    /** Applies cancelled quantities; answers what was actually cancelled (nothing beyond what is open). */
    public List<LineQuantity> cancel(List<LineQuantity> quantities) {
        List<LineQuantity> done = new ArrayList<>();
        for (LineQuantity q : quantities) {
            if (hasLine(q.lineId())) {
                int taken = line(q.lineId()).cancel(q.quantity());
                if (taken > 0) {
                    done.add(new LineQuantity(q.lineId(), taken));
                }
            }
        }
        return done;
    }

    /** Brings lines up to date with cancellations Ajio took that we have not heard of; answers them. */
    public List<LineQuantity> catchUp(AjioOrder atAjio) {
        List<LineQuantity> caught = new ArrayList<>();
        for (AjioOrderLine l : atAjio.lines()) {
            if (hasLine(l.lineId())) {
                int taken = line(l.lineId()).catchUpCancelled(l.cancelledQuantity());
                if (taken > 0) {
                    caught.add(new LineQuantity(l.lineId(), taken));
                }
            }
        }
        return caught;
    }

    public void record(CancellationRecord cancellation) {
        if (cancellation.eventId() != null) {
            seenEventIds.add(cancellation.eventId());
        }
        cancellations.add(cancellation);
    }

    /** What Ajio took as the acknowledgement, line by line; {@link #acknowledged()} answers true from now on. */
    public void recordAcknowledgement(List<LineQuantity> quantities) {
        acknowledged = true;
        quantities.forEach(q -> line(q.lineId()).recordAcknowledgement(q.quantity()));
    }

    public void b2bOrder(B2bOrder order) {
        this.b2bOrder = order;
    }

    /** The B2B line of an order line, or null when Ajio's B2B order left it out (nothing to invoice). */
    public B2bLine b2bLine(String lineId) {
        return b2bOrder == null ? null
                : b2bOrder.lines().stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElse(null);
    }

    /** The lines of a client SKU, in line order. */
    public List<LineState> linesOf(String clientSku) {
        return lines.stream().filter(l -> clientSku.equals(l.clientSku())).toList();
    }

    /** Open quantity of a client SKU over its lines. */
    public int openOf(String clientSku) {
        return linesOf(clientSku).stream().mapToInt(LineState::open).sum();
    }

    /**
     * Turns quantities per client SKU into quantities per line, filling the lines of a SKU in order up to what each
     * has open (callers check that the SKU has that much open).
     */
    public List<LineQuantity> toLines(List<SkuQuantity> quantities) {
        List<LineQuantity> result = new ArrayList<>();
        for (SkuQuantity q : quantities) {
            int left = q.quantity();
            for (LineState l : linesOf(q.sku())) {
                int take = Math.min(left, l.open());
                if (take > 0) {
                    result.add(new LineQuantity(l.lineId(), take));
                    left -= take;
                }
            }
        }
        return result;
    }

    /**
     * Takes the warehouse's pack result: per client SKU, packed units fill the SKU's lines first, then the units
     * not found, then the damaged ones. Answers the missing (not found or damaged) quantity per line.
     */
    public List<LineQuantity> applyPack(PackResult result) {
        this.packResult = result;
        List<LineQuantity> missing = new ArrayList<>();
        for (PackLine p : result.lines()) {
            int packedLeft = p.packed();
            int notFoundLeft = p.notFound();
            int damagedLeft = p.damaged();
            for (LineState l : linesOf(p.sku())) {
                int room = l.open();
                int packed = Math.min(packedLeft, room);
                int notFound = Math.min(notFoundLeft, room - packed);
                int damaged = Math.min(damagedLeft, room - packed - notFound);
                packedLeft -= packed;
                notFoundLeft -= notFound;
                damagedLeft -= damaged;
                l.packed(packed, notFound, damaged);
                if (notFound + damaged > 0) {
                    missing.add(new LineQuantity(l.lineId(), notFound + damaged));
                }
            }
        }
        return missing;
    }

    /** What Ajio shows of the order's hold when read again (a change whose feed event we have not had yet). */
    public void channelHold(AjioOrder atAjio) {
        dispatchAfter = atAjio.dispatchAfter();
        originalReturnPickedUp = originalReturnPickedUp || atAjio.originalReturnPickedUp();
    }

    /** Applies an event of Ajio's order-updates feed once; answers whether it was new. */
    public boolean channelUpdate(AjioOrderUpdate update) {
        if (seen(update.eventId())) {
            return false;
        }
        if (update.eventId() != null) {
            seenEventIds.add(update.eventId());
        }
        switch (update.type()) {
            case DISPATCH_AFTER_CHANGED -> dispatchAfter = update.dispatchAfter();
            case RETURN_PICKED_UP -> originalReturnPickedUp = true;
        }
        return true;
    }

    public void onHold(HoldReason reason, Instant until) {
        onHoldReason = reason;
        onHoldUntil = until;
    }

    public void holdReleased() {
        onHoldReason = null;
        onHoldUntil = null;
    }

    public void markPostedToErp() { postedToErp = true; }

    /** B2B2C, at packing: what is packed and still open is booked to the partner. */
    public void bookToPartner() {
        lines.stream().filter(l -> Math.min(l.packed(), l.open()) > 0)
                .forEach(l -> b2b2cBooked.put(l.lineId(), Math.min(l.packed(), l.open())));
    }

    public void markB2b2cPosted() { b2b2cPosted = true; }

    public void b2b2cInvoiced(EInvoice invoice) { b2b2cInvoice = invoice; }

    /**
     * B2B2C: the units booked to the partner that are no longer open (cancelled since) and were not yet posted as
     * come back; taken, so each unit goes back once.
     */
    public Map<String, Integer> takeUnitsBackFromPartner() {
        Map<String, Integer> back = new LinkedHashMap<>();
        for (LineState l : lines) {
            int units = b2b2cBooked.getOrDefault(l.lineId(), 0) - l.open() - b2b2cReturned.getOrDefault(l.lineId(), 0);
            if (units > 0) {
                back.put(l.lineId(), units);
                b2b2cReturned.merge(l.lineId(), units, Integer::sum);
            }
        }
        return back;
    }

    public void erpInvoiceReceived(EInvoice invoice) {
        erpInvoiceReceived = true;
        this.invoice = invoice;
    }

    public void invoiced(EInvoice invoice) {
        this.invoice = invoice;
        invoice.lines().forEach(l -> line(l.lineId()).invoiced(l.quantity()));
    }

    public void document(DocumentRef document) { documents.add(document); }

    public void refusedHandover(RefusedHandover refused) { refusedHandovers.add(refused); }

    public void handedOver(HandedOver handover) {
        handoverId = handover.handoverId();
        manifestId = handover.manifestId();
    }
}
