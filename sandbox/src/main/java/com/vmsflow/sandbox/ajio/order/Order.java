package com.vmsflow.sandbox.ajio.order;

import com.vmsflow.sandbox.ajio.FakePdf;
import com.vmsflow.sandbox.api.Money;
import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One Ajio order and everything done to it, with Ajio's rules. Every method holds the order's monitor, so calls on
 * one order are applied one at a time while different orders never wait for each other.
 */
public final class Order {

    private static final String COURIER = "Delhivery";

    private final String orderId;
    private final String sellerId;
    private final Instant createdAt;
    private final String parentOrderId;
    private final List<OrderLine> lines = new ArrayList<>();
    private Instant acknowledgedAt;
    private B2bInvoiceUpload invoice;
    private String invoiceId;
    private boolean b2cInvoiceFetched;
    private boolean labelFetched;
    private String manifestId;
    /** ONHOLD at the seller's: not before this time (Ajio may move it), or until the original's return pickup. */
    private Instant dispatchAfter;
    private String replacementOf;
    private boolean originalReturnPickedUp;
    /** The sandbox's refuse-next switches: calls of an operation Ajio still refuses, by operation. */
    private final Map<String, Integer> refusalsLeft = new HashMap<>();

    Order(String orderId, String sellerId, Instant createdAt, List<NewOrderLine> newLines) {
        this(orderId, sellerId, createdAt, newLines, null);
    }

    Order(String orderId, String sellerId, Instant createdAt, List<NewOrderLine> newLines, String parentOrderId) {
        this.orderId = orderId;
        this.sellerId = sellerId;
        this.createdAt = createdAt;
        this.parentOrderId = parentOrderId;
        for (NewOrderLine line : newLines) {
            lines.add(new OrderLine(Integer.toString(lines.size() + 1), line.channelSku(), line.quantity(),
                    Money.of(line.price())));
        }
    }

    public String orderId() {
        return orderId;
    }

    synchronized void holdUntil(Instant dispatchAfter, String replacementOf) {
        this.dispatchAfter = dispatchAfter;
        this.replacementOf = replacementOf;
    }

    /** Ajio moves (or, with null, clears) the dispatch-after time. */
    synchronized void moveDispatchAfter(Instant time) {
        dispatchAfter = time;
    }

    /** The original of this replacement was picked up; 409 {@code NOT_A_REPLACEMENT} for another order. */
    synchronized void originalReturnPickedUp() {
        if (replacementOf == null) {
            throw ApiException.conflict("NOT_A_REPLACEMENT", "order " + orderId + " replaces no order");
        }
        originalReturnPickedUp = true;
    }

    /** Ajio refuses the next {@code times} calls of the operation (replacing what was set for it before). */
    synchronized OrderRefusals refuseNext(String operation, int times) {
        refusalsLeft.put(operation, times);
        return refusals();
    }

    synchronized void clearRefusals() {
        refusalsLeft.clear();
    }

    /** Whether Ajio refuses this call of the operation, using up one of its refusals. */
    synchronized boolean takeRefusal(String operation) {
        Integer left = refusalsLeft.get(operation);
        if (left == null) {
            return false;
        }
        if (left > 1) {
            refusalsLeft.put(operation, left - 1);
        } else {
            refusalsLeft.remove(operation);
        }
        return true;
    }

    synchronized OrderRefusals refusals() {
        return new OrderRefusals(orderId, refusalsLeft);
    }

    Instant createdAt() {
        return createdAt;
    }

    synchronized OrderView view() {
        return new OrderView(orderId, createdAt, status(), acknowledgedAt != null,
                lines.stream().map(OrderLine::view).toList(), parentOrderId, dispatchAfter, replacementOf,
                originalReturnPickedUp);
    }

    synchronized OrderDetail detail() {
        return new OrderDetail(orderId, sellerId, createdAt, status(), acknowledgedAt != null, acknowledgedAt,
                lines.stream().map(OrderLine::detail).toList(), invoiceId,
                invoice == null ? null : invoice.invoiceNumber(), invoice == null ? null : invoice.irn(),
                b2cInvoiceFetched, labelFetched, manifestId, dispatchAfter, replacementOf, originalReturnPickedUp);
    }

    public synchronized List<OrderLineView> lines() {
        return lines.stream().map(OrderLine::view).toList();
    }

    /** The line named by its id, or else the first line of that channel SKU. */
    public synchronized Optional<OrderLineView> line(String lineId, String channelSku) {
        return lines.stream()
                .filter(l -> lineId != null ? l.lineId.equals(lineId) : l.channelSku.equals(channelSku))
                .findFirst()
                .map(OrderLine::view);
    }

    /**
     * Every line named; a quantity below the open quantity rejects the rest of the line (0: all of it). After
     * this, customers can no longer cancel.
     */
    synchronized void acknowledge(List<LineQuantity> requested, Instant at) {
        if (acknowledgedAt != null) {
            throw ApiException.conflict("ALREADY_ACKNOWLEDGED", "order " + orderId + " is already acknowledged");
        }
        if (fullyCancelled()) {
            throw ApiException.conflict("ORDER_CANCELLED", "order " + orderId + " is cancelled");
        }
        Map<OrderLine, Integer> quantities = resolve(requested, true);
        quantities.forEach((line, quantity) -> {
            if (quantity > line.open()) {
                throw ApiException.conflict("QUANTITY_CHANGED", "line " + line.lineId + " of order " + orderId
                        + " has " + line.open() + " open, not " + quantity + ": read the order again");
            }
        });
        quantities.forEach((line, quantity) -> {
            line.acknowledged = quantity;
            line.cancelled += line.open() - quantity;
        });
        acknowledgedAt = at;
    }

    synchronized B2bOrderView b2b(String buyerGstin) {
        if (acknowledgedAt == null) {
            throw ApiException.conflict("NOT_ACKNOWLEDGED", "order " + orderId + " is not acknowledged yet");
        }
        List<B2bLineView> b2bLines = lines.stream()
                .filter(line -> line.open() > 0)
                .map(line -> {
                    BigDecimal unitPrice = B2bPricing.unitPrice(line.price);
                    return new B2bLineView(line.lineId, line.channelSku, line.open(), unitPrice,
                            Money.of(unitPrice.multiply(BigDecimal.valueOf(line.open()))),
                            B2bPricing.gstRate(line.price), B2bPricing.HSN_CODE);
                })
                .toList();
        return new B2bOrderView(orderId, "PO-" + orderId, istDate(acknowledgedAt), buyerGstin, b2bLines);
    }

    synchronized List<LineQuantity> cancelBySeller(List<LineQuantity> requested) {
        requireNotManifested();
        if (requested == null || requested.isEmpty()) {
            throw ApiException.invalid("name the lines and quantities to cancel");
        }
        return cancel(resolve(requested, false));
    }

    /** No lines: the whole order. Refused after the acknowledgement. */
    synchronized List<LineQuantity> cancelByCustomer(List<LineQuantity> requested) {
        if (acknowledgedAt != null) {
            throw ApiException.conflict("ALREADY_ACKNOWLEDGED", "order " + orderId
                    + " is acknowledged: Ajio no longer takes customer cancellations for it");
        }
        return cancel(requestedOrWhole(requested));
    }

    /** No lines: the whole order. */
    synchronized List<LineQuantity> cancelByAjioBusiness(List<LineQuantity> requested) {
        requireNotManifested();
        return cancel(requestedOrWhole(requested));
    }

    /** Every open unit, whatever the seller did with it: Ajio's panel overrides the seller's state. */
    synchronized void cancelOnPanel() {
        lines.forEach(line -> line.cancelled += line.open());
    }

    synchronized boolean fullyCancelled() {
        return lines.stream().allMatch(line -> line.open() == 0);
    }

    /** The same invoice again answers as the first time; a different one is refused. */
    synchronized Answer<InvoiceReceipt> attachInvoice(B2bInvoiceUpload upload, Supplier<String> newInvoiceId) {
        if (invoice != null) {
            if (invoice.sameAs(upload)) {
                return Answer.repeat(new InvoiceReceipt(invoiceId));
            }
            throw ApiException.conflict("INVOICE_EXISTS", "order " + orderId + " already has invoice "
                    + invoice.invoiceNumber());
        }
        if (acknowledgedAt == null) {
            throw ApiException.conflict("NOT_ACKNOWLEDGED", "order " + orderId + " is not acknowledged yet");
        }
        if (fullyCancelled()) {
            throw ApiException.conflict("ORDER_CANCELLED", "order " + orderId + " is cancelled");
        }
        Map<OrderLine, Integer> quantities = resolve(upload.lines().stream()
                .map(line -> new LineQuantity(line.lineId(), line.quantity()))
                .toList(), false);
        quantities.forEach((line, quantity) -> {
            if (quantity > line.open()) {
                throw ApiException.unprocessable("QUANTITY_EXCEEDS_B2B", "line " + line.lineId + " of order "
                        + orderId + " has " + line.open() + " on the B2B order, the invoice " + quantity);
            }
        });
        if (quantities.values().stream().allMatch(q -> q == 0)) {
            throw ApiException.invalid("the invoice invoices nothing");
        }
        quantities.forEach((line, quantity) -> line.invoiced = quantity);
        invoice = upload;
        invoiceId = newInvoiceId.get();
        return Answer.applied(new InvoiceReceipt(invoiceId));
    }

    synchronized B2cInvoice b2cInvoice() {
        requireInvoiced();
        b2cInvoiceFetched = true;
        BigDecimal amount = lines.stream()
                .map(line -> line.price.multiply(BigDecimal.valueOf(line.invoiced)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new B2cInvoice("B2C" + orderId, invoice.invoiceDate(), Money.of(amount),
                FakePdf.base64("Ajio tax invoice B2C" + orderId));
    }

    synchronized ShippingLabel shippingLabel() {
        requireInvoiced();
        labelFetched = true;
        return new ShippingLabel(awbNumber(), COURIER, FakePdf.base64("Shipping label " + awbNumber()));
    }

    /** Why the order cannot go on a manifest now, or null when it can. */
    synchronized String notManifestable() {
        if (fullyCancelled()) {
            return "order " + orderId + " is cancelled";
        }
        if (invoice == null) {
            return "order " + orderId + " has no invoice and label yet";
        }
        return null;
    }

    synchronized String manifestId() {
        return manifestId;
    }

    /** Puts the order on a manifest unless it went on another one or stopped being ready meanwhile. */
    synchronized boolean putOnManifest(String manifest) {
        if (manifestId != null || notManifestable() != null) {
            return false;
        }
        manifestId = manifest;
        return true;
    }

    synchronized void takeOffManifest(String manifest) {
        if (manifest.equals(manifestId)) {
            manifestId = null;
        }
    }

    private String awbNumber() {
        return "AWB" + orderId.replaceAll("[^0-9]", "");
    }

    private void requireInvoiced() {
        if (invoice == null) {
            throw ApiException.conflict("NOT_INVOICED", "order " + orderId + " has no B2B invoice yet");
        }
    }

    private void requireNotManifested() {
        if (manifestId != null) {
            throw ApiException.conflict("ALREADY_MANIFESTED", "order " + orderId + " is on manifest " + manifestId);
        }
    }

    private Map<OrderLine, Integer> requestedOrWhole(List<LineQuantity> requested) {
        if (requested != null && !requested.isEmpty()) {
            return resolve(requested, false);
        }
        if (fullyCancelled()) {
            throw ApiException.conflict("ORDER_CANCELLED", "order " + orderId + " is cancelled");
        }
        Map<OrderLine, Integer> whole = new LinkedHashMap<>();
        lines.stream().filter(line -> line.open() > 0).forEach(line -> whole.put(line, line.open()));
        return whole;
    }

    private List<LineQuantity> cancel(Map<OrderLine, Integer> quantities) {
        quantities.forEach((line, quantity) -> {
            if (quantity > line.open()) {
                throw ApiException.conflict("QUANTITY_EXCEEDS_OPEN", "line " + line.lineId + " of order " + orderId
                        + " has " + line.open() + " open, not " + quantity);
            }
            if (quantity > line.cancellable()) {
                throw ApiException.conflict("ALREADY_INVOICED", "line " + line.lineId + " of order " + orderId
                        + " has " + line.invoiced + " invoiced, which cannot be cancelled");
            }
        });
        List<LineQuantity> cancelled = new ArrayList<>();
        quantities.forEach((line, quantity) -> {
            if (quantity > 0) {
                line.cancelled += quantity;
                cancelled.add(new LineQuantity(line.lineId, quantity));
            }
        });
        if (cancelled.isEmpty()) {
            throw ApiException.invalid("nothing to cancel: every quantity is 0");
        }
        return cancelled;
    }

    /** The lines a request names, each once, with quantities of at least 0; with {@code every}, all of them. */
    private Map<OrderLine, Integer> resolve(List<LineQuantity> requested, boolean every) {
        if (requested == null || requested.isEmpty()) {
            throw ApiException.invalid("lines are required");
        }
        Map<OrderLine, Integer> quantities = new LinkedHashMap<>();
        for (LineQuantity entry : requested) {
            OrderLine line = lines.stream().filter(l -> l.lineId.equals(entry.lineId())).findFirst()
                    .orElseThrow(() -> ApiException.invalid("order " + orderId + " has no line " + entry.lineId()));
            if (entry.quantity() < 0) {
                throw ApiException.invalid("line " + entry.lineId() + ": quantity must not be negative");
            }
            if (quantities.put(line, entry.quantity()) != null) {
                throw ApiException.invalid("line " + entry.lineId() + " is named twice");
            }
        }
        if (every && quantities.size() != lines.size()) {
            throw ApiException.invalid("every line of order " + orderId + " must be named");
        }
        return quantities;
    }

    private static LocalDate istDate(Instant instant) {
        return instant.atZone(EInvoiceIssuer.IST).toLocalDate();
    }

    private OrderStatus status() {
        if (fullyCancelled()) {
            return OrderStatus.CANCELLED;
        }
        if (manifestId != null) {
            return OrderStatus.MANIFESTED;
        }
        if (invoice != null) {
            return OrderStatus.INVOICED;
        }
        return acknowledgedAt != null ? OrderStatus.ACKNOWLEDGED : OrderStatus.CREATED;
    }
}
