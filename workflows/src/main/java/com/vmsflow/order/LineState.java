package com.vmsflow.order;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * One order line as the workflow knows it. Quantities only grow; what is still open to ship is
 * {@code ordered - cancelled}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class LineState {
    private String lineId;
    private String channelSku;
    private String clientSku;
    private BigDecimal price;
    private int ordered;
    private int cancelled;
    private int reserved;
    private Integer acknowledged;
    private int invoiced;
    private int packed;
    private int notFound;
    private int damaged;

    LineState() {
    }

    public LineState(String lineId, String channelSku, BigDecimal price, int ordered, int cancelled) {
        this.lineId = lineId;
        this.channelSku = channelSku;
        this.price = price;
        this.ordered = ordered;
        this.cancelled = cancelled;
    }

    public String lineId() { return lineId; }
    public String channelSku() { return channelSku; }
    public String clientSku() { return clientSku; }
    public BigDecimal price() { return price; }
    public int ordered() { return ordered; }
    public int cancelled() { return cancelled; }
    public int reserved() { return reserved; }
    public Integer acknowledged() { return acknowledged; }
    public int invoiced() { return invoiced; }
    public int packed() { return packed; }
    public int notFound() { return notFound; }
    public int damaged() { return damaged; }

    @JsonIgnore
    public int open() {
        return ordered - cancelled;
    }

    /** Still open but not yet soft-reserved. */
    @JsonIgnore
    public int shortOfStock() {
        return Math.max(0, open() - reserved);
    }

    void mapTo(String clientSku) { this.clientSku = clientSku; }
    void reserved(int quantity) { this.reserved = Math.min(quantity, open()); }
    void recordAcknowledgement(int quantity) { this.acknowledged = quantity; }
    void invoiced(int quantity) { this.invoiced = quantity; }

    /** Cancels up to {@code quantity} of what is open; answers how much was cancelled. */
    int cancel(int quantity) {
        int taken = Math.min(quantity, open());
        cancelled += taken;
        reserved = Math.min(reserved, open());
        return taken;
    }

    /** Brings the cancelled quantity up to what Ajio says (a cancellation we had not heard of yet). */
    int catchUpCancelled(int cancelledAtAjio) {
        return cancelledAtAjio > cancelled ? cancel(cancelledAtAjio - cancelled) : 0;
    }

    void packed(int packed, int notFound, int damaged) {
        this.packed = packed;
        this.notFound = notFound;
        this.damaged = damaged;
    }
}
