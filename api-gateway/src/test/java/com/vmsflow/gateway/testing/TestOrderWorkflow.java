package com.vmsflow.gateway.testing;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.CancellationRecord;
import com.vmsflow.order.CancellationRequest;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.HandedOver;
import com.vmsflow.order.LineState;
import com.vmsflow.order.NewOrder;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.PackLine;
import com.vmsflow.order.PackResult;
import com.vmsflow.order.SkuQuantity;
import com.vmsflow.order.cancellation.CancellationDecision;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.order.cancellation.CancellationRule;
import com.vmsflow.order.cancellation.CancellationSource;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the forward order workflow: channel SKU = client SKU, released for picking at once, then it takes
 * pack results, cancellations and invoices with validators that refuse the way the real one does. The gateway's
 * tests check the gateway, not this.
 */
public class TestOrderWorkflow implements ForwardOrderWorkflow {

    /** Update requests that reached a validator, by workflow id. Validators do not run on replay. */
    public static final Map<String, AtomicInteger> VALIDATIONS = new ConcurrentHashMap<>();

    private final OrderState state;
    private PackResult acceptedPack;
    private EInvoice acceptedInvoice;

    @WorkflowInit
    public TestOrderWorkflow(NewOrder order) {
        state = OrderState.of(order);
    }

    public static int validations(String clientId, String orderId) {
        AtomicInteger count = VALIDATIONS.get(ForwardOrderWorkflow.idFor(clientId, orderId));
        return count == null ? 0 : count.get();
    }

    @Override
    public OrderState run(NewOrder order) {
        Map<String, String> identity = new LinkedHashMap<>();
        state.lines().forEach(l -> identity.put(l.channelSku(), l.channelSku()));
        state.mapSkus(identity);
        state.reserved(state.openBySku());
        state.moveTo(OrderStatus.PROCESSING, now(), "released for picking");
        state.waitFor(WaitingFor.WAREHOUSE, "the pack result", now());
        Workflow.await(Duration.ofDays(30), () -> state.status().isFinal());
        return state;
    }

    @Override
    public OrderState state() {
        return state;
    }

    @Override
    public void ajioCancellation(AjioCancellation cancellation) {
    }

    @Override
    public void skuMappingsUploaded() {
        state.moveTo(state.status(), now(), "signal: skuMappingsUploaded");
    }

    @Override
    public void inventoryUpdated() {
        state.moveTo(state.status(), now(), "signal: inventoryUpdated");
    }

    @Override
    public void handedOver(HandedOver handover) {
    }

    @Override
    public OrderState support(SupportRequest request) {
        return null;
    }

    @Override
    public void validateSupport(SupportRequest request) {
    }

    @Override
    public void validatePack(PackResult result) {
        counted();
        if (acceptedPack != null) {
            if (acceptedPack.sameAs(result)) {
                return;
            }
            throw UpdateErrors.conflict("a different pack result was already taken for this order");
        }
        if (state.status() != OrderStatus.PROCESSING) {
            throw UpdateErrors.notAwaiting("the order is " + state.status());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < result.lines().size(); i++) {
            PackLine line = result.lines().get(i);
            Optional<LineState> ordered = lineOf(line.sku());
            if (ordered.isEmpty()) {
                problems.put("lines[" + i + "].sku", "the order has no line of sku " + line.sku());
            } else if (line.total() != ordered.get().open()) {
                problems.put("lines[" + i + "]", "accounts for " + line.total() + " units of " + ordered.get().open());
            }
        }
        if (!problems.isEmpty()) {
            throw UpdateErrors.validationFailed("the pack result does not match the order", problems);
        }
    }

    @Override
    public OrderState pack(PackResult result) {
        if (acceptedPack != null) {
            return state; // the same result again (the validator let it through): the first one stands
        }
        acceptedPack = result;
        state.applyPack(result);
        state.moveTo(OrderStatus.PACKED, now(), "packed");
        state.waitFor(WaitingFor.NONE, null, now());
        return state;
    }

    @Override
    public void validateCancel(CancellationRequest request) {
        counted();
        for (int i = 0; i < request.lines().size(); i++) {
            if (lineOf(request.lines().get(i).sku()).isEmpty()) {
                throw UpdateErrors.validationFailed("the cancellation does not match the order",
                        Map.of("lines[" + i + "].sku", "the order has no line of sku " + request.lines().get(i).sku()));
            }
        }
        CancellationDecision decision = CancellationRule.decide(CancellationSource.SELLER, request.kind(),
                state.facts());
        if (!decision.allowed()) {
            throw UpdateErrors.cancellationNotAllowed(decision.reason(), decision.rule().name());
        }
    }

    @Override
    public OrderState cancel(CancellationRequest request) {
        List<LineQuantity> wanted = new ArrayList<>();
        if (request.kind() == CancellationKind.FULL) {
            wanted.addAll(state.openLines());
        } else {
            for (SkuQuantity q : request.lines()) {
                wanted.add(new LineQuantity(lineOf(q.sku()).orElseThrow().lineId(), q.quantity()));
            }
        }
        List<LineQuantity> done = state.cancel(wanted);
        state.record(new CancellationRecord(null, CancellationSource.SELLER, request.kind(), done,
                request.requestedBy() + ": " + request.reason(), now(), CancellationRecord.Outcome.APPLIED,
                CancellationRule.of(state.eInvoicingModel(), CancellationSource.SELLER, request.kind()).name(),
                false));
        if (state.fullyCancelled()) {
            state.moveTo(OrderStatus.CANCELLED, now(), "cancelled by " + request.requestedBy());
        }
        return state;
    }

    @Override
    public void validateB2bInvoice(EInvoice invoice) {
        counted();
        if (state.eInvoicingModel() != EInvoicingModel.ERP) {
            throw UpdateErrors.notAwaiting("the order is e-invoiced by the RMS: it takes no ERP invoice");
        }
        if (acceptedInvoice != null) {
            if (acceptedInvoice.sameDocumentAs(invoice)) {
                return;
            }
            throw UpdateErrors.conflict("a different B2B invoice (" + acceptedInvoice.documentNumber()
                    + ") was already received for this order");
        }
        for (int i = 0; i < invoice.lines().size(); i++) {
            EInvoiceLine line = invoice.lines().get(i);
            Optional<LineState> ordered = lineOf(line.sku());
            if (ordered.isEmpty()) {
                throw UpdateErrors.validationFailed("the invoice does not match the B2B order",
                        Map.of("lines[" + i + "].sku", "the order has no line of sku " + line.sku()));
            }
            if (line.quantity() > ordered.get().open()) {
                throw UpdateErrors.validationFailed("the invoice does not match the B2B order",
                        Map.of("lines[" + i + "].quantity", "exceeds the " + ordered.get().open() + " ordered"));
            }
        }
    }

    @Override
    public OrderState submitB2bInvoice(EInvoice invoice) {
        if (acceptedInvoice != null) {
            return state; // the same invoice again (the validator let it through): the first one stands
        }
        acceptedInvoice = invoice;
        List<EInvoiceLine> lines = invoice.lines().stream()
                .map(l -> new EInvoiceLine(lineOf(l.sku()).orElseThrow().lineId(), l.sku(), l.hsnCode(),
                        l.quantity(), l.taxableValue(), l.gstRate()))
                .toList();
        EInvoice resolved = new EInvoice(invoice.documentType(), invoice.documentNumber(), invoice.documentDate(),
                invoice.irn(), invoice.signedQrCode(), invoice.totalValue(), lines, invoice.issuer());
        state.erpInvoiceReceived(resolved);
        state.invoiced(resolved);
        return state;
    }

    private Optional<LineState> lineOf(String sku) {
        return state.lines().stream().filter(l -> sku.equals(l.clientSku())).findFirst();
    }

    private static void counted() {
        VALIDATIONS.computeIfAbsent(Workflow.getInfo().getWorkflowId(), id -> new AtomicInteger()).incrementAndGet();
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }
}
