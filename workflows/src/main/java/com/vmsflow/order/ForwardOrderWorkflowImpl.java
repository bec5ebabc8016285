package com.vmsflow.order;

import static com.vmsflow.order.OrderStatus.CANCELLED;
import static com.vmsflow.order.OrderStatus.COMPLETED;
import static com.vmsflow.order.OrderStatus.FAILED;
import static com.vmsflow.order.OrderStatus.FULFILLABLE;
import static com.vmsflow.order.OrderStatus.HANDED_OVER;
import static com.vmsflow.order.OrderStatus.PACKED;
import static com.vmsflow.order.OrderStatus.PROCESSING;
import static com.vmsflow.order.OrderStatus.UNFULFILLABLE;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.B2bLine;
import com.vmsflow.ajio.B2bOrder;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.ajio.ShippingDocuments;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.einvoice.GstTotals;
import com.vmsflow.erp.CancelledAfterPosting;
import com.vmsflow.erp.ErpActivities;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.oms.OmsActivities;
import com.vmsflow.oms.OrderRecord;
import com.vmsflow.oms.SkuMapping;
import com.vmsflow.order.CancellationRecord.Outcome;
import com.vmsflow.order.cancellation.CancellationDecision;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.order.cancellation.CancellationRule;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.order.cancellation.Verdict;
import com.vmsflow.rms.RmsActivities;
import com.vmsflow.temporal.Steps;
import com.vmsflow.temporal.VmsSearchAttributes;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.SearchAttributeUpdate;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The life of one Ajio forward order (BRIEF, "Forward order"; seed 000, "Forward Flow"). {@link #run} is the story;
 * the rest are its steps. Cancellations may arrive at any wait: they queue in an inbox that the story works through
 * whenever it waits, so every change of the order happens on the workflow's main thread, in order.
 */
public class ForwardOrderWorkflowImpl implements ForwardOrderWorkflow {

    /** A safety net for a nudge signal that never comes: look again at least this often. */
    private static final Duration RECHECK = Duration.ofHours(6);
    /** Waits on the warehouse have no deadline of their own; the timer only bounds one wait. */
    private static final Duration LONG_WAIT = Duration.ofDays(30);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final ClientProfile client;
    private final OrderState state;
    private final OmsActivities recorder = Workflow.newLocalActivityStub(OmsActivities.class,
            OmsActivities.RECORD_OPTIONS);

    /**
     * From version 1 an order costs fewer Temporal actions (docs/bench.md, "Cost"): its database steps are local
     * activities, its waits on the warehouse have no 30-day timer, and its progress is published once per wait
     * (search attributes only where one changed) instead of at every step. Histories from before replay without.
     */
    static final String FEWER_ACTIONS = "fewer-actions";
    private boolean fewerActions;
    /** Status changes not yet in the read model, and whether anything else of it moved (version 1). */
    private final List<StatusChange> unpublished = new ArrayList<>();
    private boolean publishPending;
    /** What the search attributes say, once upserted (the first upsert sets all four, whatever the start set). */
    private String shownStatus;
    private String shownWaitingFor;
    private Instant shownWaitingSince;
    private Boolean shownOverdue;

    private final Deque<Pending> cancellations = new ArrayDeque<>();
    private boolean skuMappingsUploaded;
    private boolean inventoryUpdated;
    private SupportAction supportDecision;
    private PackResult acceptedPack;
    private List<LineQuantity> missingAtPacking = List.of();
    private EInvoice acceptedInvoice;
    private HandedOver handover;

    @WorkflowInit
    public ForwardOrderWorkflowImpl(NewOrder order) {
        this.client = order.client();
        this.state = OrderState.of(order);
    }

    @Override
    public OrderState run(NewOrder order) {
        fewerActions = costsFewerActions();
        try {
            fetchedFromAjio();
            mapChannelSkus();
            softReserveInventory();
            holdAcknowledgement();
            acknowledgeToAjio();
            fetchB2bOrder();
            if (client.eInvoicingModel() == EInvoicingModel.ERP) {
                postOrderToErp();
                awaitErpInvoice();
            }
            releaseForPicking();
            awaitPackResult();
            invoiceAndLabelAtPacking();
            awaitHandover();
            if (client.eInvoicingModel() == EInvoicingModel.ERP) {
                postCompletionToErp();
            }
            complete();
        } catch (OrderCancelled cancelled) {
            // The order ended at one of its steps; its history says by whom and why.
        }
        refuseWhatIsLeft();
        publishNow();
        Workflow.await(Workflow::isEveryHandlerFinished);
        return state;
    }

    /** Orders started before the change have no marker and replay as they ran: every step published at once. */
    protected boolean costsFewerActions() {
        return Workflow.getVersion(FEWER_ACTIONS, Workflow.DEFAULT_VERSION, 1) >= 1;
    }

    // --- the story, step by step -------------------------------------------------------------------------------

    private void fetchedFromAjio() {
        transition(OrderStatus.CREATED, "fetched from Ajio", WaitingFor.NONE, null);
        if (state.fullyCancelled()) {
            endCancelled("cancelled at Ajio before it was fetched");
        }
    }

    /** Channel SKUs to client SKUs; without a mapping the order is FAILED and waits for the upload. */
    private void mapChannelSkus() {
        List<String> channelSkus = state.lines().stream().map(LineState::channelSku).distinct().toList();
        while (true) {
            SkuMapping mapping = oms("Map channel SKUs to client SKUs").mapChannelSkus(client.clientId(), channelSkus);
            if (mapping.complete()) {
                state.mapSkus(mapping.clientSkuByChannelSku());
                state.missingChannelSkus(List.of());
                return;
            }
            state.missingChannelSkus(mapping.missing());
            if (state.status() != FAILED) {
                transition(FAILED, "no client SKU for " + String.join(", ", mapping.missing()), WaitingFor.SELLER,
                        "a SKU mapping for " + String.join(", ", mapping.missing()));
            }
            skuMappingsUploaded = false;
            waitUntil(() -> skuMappingsUploaded, RECHECK, "Waiting for the SKU mapping upload");
        }
    }

    private void softReserveInventory() {
        reserve();
        if (state.fullyReserved()) {
            transition(FULFILLABLE, "inventory soft-reserved", WaitingFor.NONE, holdText());
        } else {
            transition(UNFULFILLABLE, "short of stock: " + shortText(), WaitingFor.SELLER,
                    "stock for " + shortText() + "; " + holdText());
        }
    }

    /**
     * The customer's cancellation window: a durable timer to Ajio's order time plus the hold. Stock added meanwhile
     * is reserved; customer cancellations are applied as they come.
     */
    private void holdAcknowledgement() {
        while (now().isBefore(state.holdUntil())) {
            inventoryUpdated = false;
            boolean restocked = waitUntil(() -> inventoryUpdated && !state.fullyReserved(),
                    Duration.between(now(), state.holdUntil()),
                    "Acknowledgement hold: customers may cancel until " + state.holdUntil());
            if (restocked) {
                reserve();
                if (state.fullyReserved()) {
                    transition(FULFILLABLE, "stock added: inventory soft-reserved", WaitingFor.NONE, holdText());
                }
            }
        }
        handleCancellations();
    }

    /**
     * Reads the order at Ajio first, so a cancellation Ajio took in the last moments of the hold is not lost, then
     * acknowledges each line with what is reserved: a line without stock is acknowledged with 0 (rejected).
     * Ajio stops customer cancellation here.
     */
    private void acknowledgeToAjio() {
        while (true) {
            AjioOrder atAjio = ajio("Read the order at Ajio before acknowledging").readOrder(client.clientId(),
                    state.orderId());
            applyCatchUp(atAjio, "cancelled at Ajio before the acknowledgement");
            List<LineQuantity> acknowledgement = state.lines().stream()
                    .map(l -> new LineQuantity(l.lineId(), Math.min(l.reserved(), l.open()))).toList();
            try {
                attempt("Acknowledge the order to Ajio", () -> ajio("Acknowledge the order to Ajio")
                        .acknowledge(client.clientId(), state.orderId(), acknowledgement, idempotencyKey()));
            } catch (ActivityFailure failure) {
                if (isRefusal(failure, AjioActivities.QUANTITY_CHANGED)) {
                    continue; // a customer cancelled between our read and our acknowledgement: read again
                }
                throw failure;
            }
            state.acknowledged(acknowledgement);
            List<LineQuantity> rejected = state.lines().stream().filter(l -> l.acknowledged() < l.open())
                    .map(l -> new LineQuantity(l.lineId(), l.open() - l.acknowledged())).toList();
            state.cancel(rejected);
            if (state.fullyCancelled()) {
                endCancelled("no stock for any line when the hold ended: every line rejected at Ajio");
            }
            transition(FULFILLABLE, rejected.isEmpty() ? "acknowledged to Ajio"
                    : "acknowledged to Ajio; rejected for lack of stock: " + describe(rejected), WaitingFor.NONE, null);
            return;
        }
    }

    private void fetchB2bOrder() {
        B2bOrder b2b = attempt("Fetch the B2B order", () -> ajio("Fetch the B2B order from Ajio")
                .fetchB2bOrder(client.clientId(), state.orderId()));
        state.b2bOrder(b2b);
    }

    /**
     * Model 1: the ERP makes the e-invoice for the B2B order's final quantities. The order counts as posted from
     * the moment the posting is sent: the ERP may answer with its invoice before the delivery's own answer is in.
     */
    private void postOrderToErp() {
        state.markPostedToErp();
        postToErp(PostingEventType.OUTWARD_ORDER_CREATE, ErpPayloads.outwardOrder(state));
        waitingFor(WaitingFor.ERP, "the ERP's B2B e-invoice");
    }

    /** Past the client's deadline the order is flagged overdue, and keeps waiting: it is never dropped. */
    private void awaitErpInvoice() {
        Instant deadline = now().plus(client.erpInvoiceDeadline());
        while (!waitUntil(() -> acceptedInvoice != null, Duration.between(now(), deadline).isNegative()
                        ? LONG_WAIT : Duration.between(now(), deadline), "Waiting for the ERP's B2B e-invoice")) {
            if (!state.overdue()) {
                state.markOverdue(true);
                publish(null);
            }
        }
        EInvoice invoice = InvoiceCheck.onOrderLines(state, acceptedInvoice);
        state.erpInvoiceReceived(invoice);
        state.invoiced(invoice);
        state.markOverdue(false);
        state.document(new DocumentRef(DocumentKind.B2B_INVOICE, invoice.documentNumber(), invoice.irn(), "ERP",
                now()));
    }

    private void releaseForPicking() {
        transition(PROCESSING, "released for picking", WaitingFor.WAREHOUSE, "the pack result");
    }

    private void awaitPackResult() {
        while (!waitUntil(() -> acceptedPack != null, LONG_WAIT, "Waiting for the warehouse's pack result")) {
            // the warehouse has no deadline; keep waiting
        }
        missingAtPacking = state.applyPack(acceptedPack);
    }

    /**
     * At packing: Model 1 cancels the whole order when anything is missing (the ERP's e-invoice cannot be partly
     * cancelled at Ajio), else uploads the ERP's invoice and cancels what it does not cover; Model 2 cancels just
     * what is missing and has the RMS make the e-invoice. Then the B2C invoice and the label: PACKED.
     */
    private void invoiceAndLabelAtPacking() {
        waitingFor(WaitingFor.AJIO, "invoicing at Ajio");
        if (client.eInvoicingModel() == EInvoicingModel.ERP) {
            if (!missingAtPacking.isEmpty()) {
                cancelWholeOrder(CancellationSource.SELLER, "not found or damaged at packing: "
                        + describe(missingAtPacking) + "; Model 1 cancels the whole order");
            }
            List<LineQuantity> notInvoiced = state.lines().stream().filter(l -> l.open() > l.invoiced())
                    .map(l -> new LineQuantity(l.lineId(), l.open() - l.invoiced())).toList();
            if (!notInvoiced.isEmpty()) {
                cancelAtAjio(notInvoiced, "not on the ERP's e-invoice");
                afterCancellation(CancellationSource.SELLER, false, "not on the ERP's e-invoice");
            }
        } else {
            if (!missingAtPacking.isEmpty()) {
                List<LineQuantity> cancelled = cancelAtAjio(missingAtPacking, "not found or damaged at packing");
                state.record(new CancellationRecord(null, CancellationSource.SELLER, CancellationKind.PARTIAL,
                        cancelled, "not found or damaged at packing", now(), Outcome.APPLIED, null, false));
                afterCancellation(CancellationSource.SELLER, false, "not found or damaged at packing");
            }
            makeRmsEInvoice();
        }
        EInvoice invoice = state.invoice();
        attempt("Upload the B2B invoice to Ajio", true, () -> {
            ajio("Upload the B2B invoice " + invoice.documentNumber() + " to Ajio")
                    .uploadB2bInvoice(client.clientId(), state.orderId(), invoice, idempotencyKey());
            return null;
        });
        ShippingDocuments documents = attempt("Fetch the B2C invoice and the shipping label", true,
                () -> ajio("Fetch the B2C invoice and the shipping label")
                        .fetchShippingDocuments(client.clientId(), state.orderId()));
        if (documents != null) {
            state.document(new DocumentRef(DocumentKind.B2C_INVOICE, documents.b2cInvoiceNumber(), null, "AJIO",
                    now()));
            state.document(new DocumentRef(DocumentKind.SHIPPING_LABEL, documents.awbNumber(), null, "AJIO", now()));
        }
        transition(PACKED, "B2B invoice " + invoice.documentNumber() + " at Ajio; " + (documents == null
                ? "label fetched by hand (support skipped the step)" : "label " + documents.awbNumber()),
                WaitingFor.WAREHOUSE, "the handover to a courier");
    }

    private void awaitHandover() {
        while (!waitUntil(() -> handover != null, LONG_WAIT, "Waiting for the handover to a courier")) {
            // the warehouse has no deadline; keep waiting
        }
        state.handedOver(handover);
        state.document(new DocumentRef(DocumentKind.MANIFEST, handover.manifestId(), null, "AJIO", now()));
        oms("Stock leaves with the courier").consumeReservation(client.clientId(), state.orderId());
        transition(HANDED_OVER, "on Ajio manifest " + handover.manifestId() + " with " + handover.courier(),
                WaitingFor.NONE, null);
    }

    /** Model 1: the ERP raises a return order for what customers cancelled after its e-invoice. */
    private void postCompletionToErp() {
        postToErp(PostingEventType.OUTWARD_ORDER_COMPLETE, ErpPayloads.completion(state));
    }

    private void complete() {
        transition(COMPLETED, "order life cycle complete", WaitingFor.NONE, null);
    }

    // --- cancellations -----------------------------------------------------------------------------------------

    /** Works through the cancellations that arrived, oldest first; ends the story when the order is cancelled. */
    private void handleCancellations() {
        while (!cancellations.isEmpty()) {
            Pending pending = cancellations.poll();
            try {
                if (pending.fromAjio != null) {
                    applyAjioCancellation(pending.fromAjio);
                } else {
                    applySellerCancellation(pending.fromSeller);
                }
            } catch (ApplicationFailure refusal) {
                pending.failure = refusal;
            } finally {
                pending.done = true;
            }
        }
    }

    /** A customer or Ajio-business cancellation: Ajio already took it; we follow the rules of the SOPs. */
    private void applyAjioCancellation(AjioCancellation event) {
        if (state.seen(event.eventId())) {
            return;
        }
        CancellationKind kind = event.full() ? CancellationKind.FULL : CancellationKind.PARTIAL;
        CancellationDecision decision = CancellationRule.decide(event.source(), kind, state.facts());
        boolean afterPosting = state.postedToErp();
        if (decision.verdict() == Verdict.ALLOWED) {
            // Ajio's own figures, not the event's, so a cancellation we already caught up with is not counted twice.
            List<LineQuantity> cancelled = state.catchUp(ajio("Read the order after Ajio's cancellation")
                    .readOrder(client.clientId(), state.orderId()));
            state.record(new CancellationRecord(event.eventId(), event.source(), kind, cancelled, event.reason(),
                    event.at(), Outcome.APPLIED, decision.rule().name(), afterPosting));
            afterCancellation(event.source(), event.full(), event.reason());
        } else if (decision.verdict() == Verdict.FLAGGED) {
            state.record(new CancellationRecord(event.eventId(), event.source(), kind, event.lines(), event.reason(),
                    event.at(), Outcome.FLAGGED, decision.rule().name(), afterPosting));
            state.flag(decision.reason());
            state.stuck("cancel this order in both Ajio and the OMS (" + event.reason() + ")", now());
            publish(null);
        } else {
            boolean customerLate = event.source() == CancellationSource.CUSTOMER;
            state.record(new CancellationRecord(event.eventId(), event.source(), kind, event.lines(), event.reason(),
                    event.at(), customerLate ? Outcome.IGNORED : Outcome.REFUSED, decision.rule().name(),
                    afterPosting));
            if (!customerLate) {
                state.flag(decision.reason());
                state.stuck("Ajio's business team cancelled a " + state.status() + " order: settle it with Ajio",
                        now());
            }
            publish(null);
        }
    }

    /** A seller's or support's cancellation, checked again now that it is its turn. */
    private void applySellerCancellation(CancellationRequest request) {
        CancellationDecision decision = CancellationRule.decide(CancellationSource.SELLER, request.kind(),
                state.facts());
        if (!decision.allowed()) {
            throw UpdateErrors.cancellationNotAllowed(decision.reason(), decision.rule().name());
        }
        boolean afterPosting = state.postedToErp();
        List<LineQuantity> wish = request.kind() == CancellationKind.FULL ? state.openLines()
                : state.toLines(request.lines());
        List<LineQuantity> cancelled;
        try {
            cancelled = cancelAtAjio(wish, request.reason());
        } catch (ActivityFailure failure) {
            throw UpdateErrors.cancellationNotAllowed("Ajio refused the cancellation: " + rootMessage(failure),
                    decision.rule().name());
        }
        state.record(new CancellationRecord(null, CancellationSource.SELLER, request.kind(), cancelled,
                request.reason() + " (by " + request.requestedBy() + ")", now(), Outcome.APPLIED,
                decision.rule().name(), afterPosting));
        if (request.kind() == CancellationKind.FULL && state.flag() != null) {
            state.flag(null);
        }
        afterCancellation(CancellationSource.SELLER, request.kind() == CancellationKind.FULL, request.reason());
    }

    /** Cancels at Ajio what is still open of {@code wish}, after catching up with what Ajio cancelled already. */
    private List<LineQuantity> cancelAtAjio(List<LineQuantity> wish, String reason) {
        List<LineQuantity> done = new ArrayList<>(state.catchUp(ajio("Read the order at Ajio before cancelling")
                .readOrder(client.clientId(), state.orderId())));
        List<LineQuantity> toCancel = wish.stream()
                .map(q -> new LineQuantity(q.lineId(), Math.min(q.quantity(), state.line(q.lineId()).open())))
                .filter(q -> q.quantity() > 0).toList();
        if (!toCancel.isEmpty()) {
            ajio("Cancel quantities at Ajio").cancelQuantities(client.clientId(), state.orderId(), toCancel, reason,
                    idempotencyKey());
            done.addAll(state.cancel(toCancel));
        }
        return done;
    }

    private void cancelWholeOrder(CancellationSource source, String reason) {
        boolean afterPosting = state.postedToErp();
        List<LineQuantity> cancelled = cancelAtAjio(state.openLines(), reason);
        state.record(new CancellationRecord(null, source, CancellationKind.FULL, cancelled, reason, now(),
                Outcome.APPLIED, null, afterPosting));
        afterCancellation(source, true, reason);
    }

    /**
     * What follows every cancellation: stock no longer wanted goes back; after ERP posting the ERP hears of it and
     * finance's report gets the order; a fully cancelled order ends.
     */
    private void afterCancellation(CancellationSource source, boolean full, String reason) {
        reserve();
        if (state.postedToErp()) {
            postToErp(PostingEventType.OUTWARD_ORDER_CANCEL, ErpPayloads.cancellation(state, source, reason));
            erp("Report the order as cancelled after ERP posting").reportCancelledAfterPosting(
                    new CancelledAfterPosting(client.clientId(), state.orderId(), source,
                            full || state.fullyCancelled(), reason, state.erpInvoiceReceived(),
                            state.invoice() == null ? null : state.invoice().documentNumber(), now()));
        }
        if (state.fullyCancelled()) {
            endCancelled("cancelled by " + source + ": " + reason);
        }
        publish(null);
    }

    private void applyCatchUp(AjioOrder atAjio, String reason) {
        List<LineQuantity> caught = state.catchUp(atAjio);
        if (!caught.isEmpty()) {
            state.record(new CancellationRecord(null, CancellationSource.CUSTOMER, state.fullyCancelled()
                    ? CancellationKind.FULL : CancellationKind.PARTIAL, caught, reason, now(), Outcome.APPLIED,
                    CancellationRule.CUSTOMER_BEFORE_ACKNOWLEDGEMENT.name(), false));
            afterCancellation(CancellationSource.CUSTOMER, state.fullyCancelled(), reason);
        }
    }

    private void endCancelled(String note) {
        transition(CANCELLED, note, WaitingFor.NONE, null);
        throw new OrderCancelled();
    }

    /** Inputs that came too late for a story that has ended are refused, so no caller waits for ever. */
    private void refuseWhatIsLeft() {
        for (Pending pending : cancellations) {
            pending.failure = UpdateErrors.notAwaiting("the order is " + state.status());
            pending.done = true;
        }
        cancellations.clear();
    }

    // --- signals, updates, query -------------------------------------------------------------------------------

    @Override
    public OrderState state() {
        return state;
    }

    @Override
    public void ajioCancellation(AjioCancellation cancellation) {
        cancellations.add(Pending.of(cancellation));
    }

    @Override
    public void skuMappingsUploaded() {
        skuMappingsUploaded = true;
    }

    @Override
    public void inventoryUpdated() {
        inventoryUpdated = true;
    }

    @Override
    public void handedOver(HandedOver handedOver) {
        if (handover == null) {
            handover = handedOver;
        }
    }

    @Override
    public void validateSupport(SupportRequest request) {
        if (request.action() == null) {
            throw UpdateErrors.validationFailed("the support action is missing", Map.of("action", "RETRY or SKIP"));
        }
        if (request.action() == SupportAction.SKIP) {
            if (state.stuckStep() == null || !state.stuckStepSkippable()) {
                throw UpdateErrors.notAwaiting(state.stuckStep() == null ? "no refused step to skip"
                        : "the step '" + state.stuckStep() + "' cannot be skipped: the order needs its result");
            }
        } else if (state.stuckStep() == null && state.status() != FAILED && state.status() != UNFULFILLABLE) {
            throw UpdateErrors.notAwaiting("the order is " + state.status() + " and waits for "
                    + state.waitingFor() + ": nothing for support to retry");
        }
    }

    @Override
    public OrderState support(SupportRequest request) {
        state.support(new SupportRecord(request.action(), state.stuckStep() != null ? state.stuckStep()
                : state.status().name(), request.requestedBy(), request.reason(), now()));
        if (state.stuckStep() != null) {
            supportDecision = request.action();
        } else if (state.status() == FAILED) {
            skuMappingsUploaded = true;
        } else {
            inventoryUpdated = true;
        }
        return state;
    }

    @Override
    public void validatePack(PackResult result) {
        if (acceptedPack != null) {
            if (acceptedPack.sameAs(result)) {
                return;
            }
            throw UpdateErrors.conflict("a different pack result was already taken for this order");
        }
        if (state.status() != PROCESSING) {
            throw UpdateErrors.notAwaiting("the order is " + state.status() + ": it takes a pack result only while"
                    + " PROCESSING");
        }
        if (state.flag() != null) {
            throw UpdateErrors.notAwaiting("packing stopped: " + state.flag());
        }
        Map<String, String> problems = PackCheck.problems(state, result);
        if (!problems.isEmpty()) {
            throw UpdateErrors.validationFailed("the pack result does not match the order", problems);
        }
    }

    @Override
    public OrderState pack(PackResult result) {
        acceptedPack = acceptedPack == null ? result : acceptedPack;
        Workflow.await(() -> state.packResult() != null || state.status().isFinal());
        if (state.packResult() == null) {
            throw UpdateErrors.notAwaiting("the order is " + state.status());
        }
        return state;
    }

    @Override
    public void validateCancel(CancellationRequest request) {
        Map<String, String> problems = CancellationCheck.problems(state, request);
        if (!problems.isEmpty()) {
            throw UpdateErrors.validationFailed("the cancellation does not match the order", problems);
        }
        CancellationDecision decision = CancellationRule.decide(CancellationSource.SELLER, request.kind(),
                state.facts());
        if (!decision.allowed()) {
            throw UpdateErrors.cancellationNotAllowed(decision.reason(), decision.rule().name());
        }
    }

    @Override
    public OrderState cancel(CancellationRequest request) {
        Pending pending = Pending.of(request);
        cancellations.add(pending);
        Workflow.await(() -> pending.done);
        if (pending.failure != null) {
            throw pending.failure;
        }
        return state;
    }

    @Override
    public void validateB2bInvoice(EInvoice invoice) {
        if (client.eInvoicingModel() != EInvoicingModel.ERP) {
            throw UpdateErrors.notAwaiting("the order is e-invoiced by the RMS: it takes no ERP invoice");
        }
        if (acceptedInvoice != null) {
            if (acceptedInvoice.sameDocumentAs(invoice)) {
                return;
            }
            throw UpdateErrors.conflict("a different B2B invoice (" + acceptedInvoice.documentNumber()
                    + ") was already received for this order");
        }
        if (state.status().isFinal() || !state.postedToErp()) {
            throw UpdateErrors.notAwaiting("the order is " + state.status()
                    + (state.postedToErp() ? "" : " and not yet posted to the ERP") + ": it takes no invoice now");
        }
        Map<String, String> problems = InvoiceCheck.problems(state, invoice);
        if (!problems.isEmpty()) {
            throw UpdateErrors.validationFailed("the invoice does not match the B2B order", problems);
        }
    }

    @Override
    public OrderState submitB2bInvoice(EInvoice invoice) {
        acceptedInvoice = acceptedInvoice == null ? invoice : acceptedInvoice;
        Workflow.await(() -> state.erpInvoiceReceived() || state.status().isFinal());
        if (!state.erpInvoiceReceived()) {
            throw UpdateErrors.notAwaiting("the order is " + state.status());
        }
        return state;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /**
     * Waits until {@code goal} holds or {@code maxWait} passes, handling cancellations as they come. The timer is
     * named for Temporal Web and cancelled as soon as the goal holds. Answers whether the goal holds.
     */
    private boolean waitUntil(Supplier<Boolean> goal, Duration maxWait, String summary) {
        handleCancellations();
        if (goal.get()) {
            return true;
        }
        if (maxWait.isZero() || maxWait.isNegative()) {
            return false;
        }
        if (fewerActions && maxWait.equals(LONG_WAIT)) {
            // No deadline: no timer. Temporal Web's current details say what the order waits for.
            while (true) {
                publishNow();
                Workflow.await(() -> !cancellations.isEmpty() || goal.get());
                handleCancellations();
                if (goal.get()) {
                    return true;
                }
            }
        }
        List<Promise<Void>> timer = new ArrayList<>(1);
        // A timer cancelled because the goal came first fails its promise; handled here, it is not an error.
        CancellationScope scope = Workflow.newCancellationScope(() -> timer.add(Workflow.newTimer(maxWait,
                TimerOptions.newBuilder().setSummary(summary).build()).exceptionally(cancelled -> null)));
        scope.run();
        try {
            while (true) {
                publishNow();
                Workflow.await(() -> timer.get(0).isCompleted() || !cancellations.isEmpty() || goal.get());
                handleCancellations();
                if (goal.get()) {
                    return true;
                }
                if (timer.get(0).isCompleted()) {
                    return false;
                }
            }
        } finally {
            if (!timer.get(0).isCompleted()) {
                scope.cancel();
            }
        }
    }

    /**
     * Runs a call to an outside system; when the system refuses it (a 4xx no retry can cure) the order waits,
     * visibly, for support to fix the cause and retry, instead of failing silently. A skippable step may also be
     * skipped by support, who did it by hand: then the answer is null.
     */
    private <T> T attempt(String step, boolean skippable, Supplier<T> call) {
        while (true) {
            try {
                return call.get();
            } catch (ActivityFailure failure) {
                if (!isRefusal(failure, AjioActivities.REFUSED) && !isRefusal(failure, RmsActivities.REFUSED)
                        && !isRefusal(failure, ErpActivities.REFUSED)) {
                    throw failure;
                }
                WaitingFor before = state.waitingFor();
                String what = state.waitingForWhat();
                state.stuckAt(step, skippable, rootMessage(failure), now());
                publish(null);
                supportDecision = null;
                waitUntil(() -> supportDecision != null, LONG_WAIT, "Waiting for support: " + step);
                state.unstuck();
                waitingFor(before, what);
                if (supportDecision == SupportAction.SKIP) {
                    return null;
                }
            }
        }
    }

    private <T> T attempt(String step, Supplier<T> call) {
        return attempt(step, false, call);
    }

    private void makeRmsEInvoice() {
        LocalDate today = LocalDate.ofInstant(now(), INDIA);
        String number = oms("Allocate the invoice number").allocateDocumentNumber(client.clientId(),
                DocumentType.INV, state.orderId(), today);
        List<EInvoiceLine> lines = new ArrayList<>();
        for (LineState line : state.lines()) {
            B2bLine b2b = state.b2bLine(line.lineId());
            if (line.open() > 0 && b2b != null) {
                lines.add(new EInvoiceLine(line.lineId(), line.clientSku(), b2b.hsnCode(), line.open(),
                        GstTotals.taxableValue(b2b.unitPrice(), line.open()), b2b.gstRate()));
            }
        }
        EInvoiceRequest request = new EInvoiceRequest(client.supplierGstin(), state.b2bOrder().buyerGstin(),
                DocumentType.INV, number, today, lines, GstTotals.invoiceValue(lines));
        EInvoice invoice = attempt("Make the e-invoice at the RMS", () -> rms("Make the e-invoice " + number
                + " at the RMS").registerEInvoice(client.clientId(), state.orderId(), request));
        state.invoiced(invoice);
        state.document(new DocumentRef(DocumentKind.B2B_INVOICE, invoice.documentNumber(), invoice.irn(), "RMS",
                now()));
    }

    private void reserve() {
        Map<String, Integer> wish = state.openBySku();
        if (!wish.isEmpty()) {
            state.reserved(oms("Soft-reserve inventory").reserveInventory(client.clientId(), state.orderId(), wish));
        }
    }

    private void postToErp(PostingEventType type, JsonNode payload) {
        ErpPosting posting = new ErpPosting(idempotencyKey(), type, state.orderId(), null, now(), payload);
        attempt("Post " + type + " to the ERP", true, () -> {
            erp("Post " + type + " to the ERP").post(client.clientId(), posting);
            return null;
        });
    }

    private void transition(OrderStatus status, String note, WaitingFor whom, String what) {
        StatusChange change = state.moveTo(status, now(), note);
        state.waitFor(whom, what, now());
        publish(change);
    }

    private void waitingFor(WaitingFor whom, String what) {
        state.waitFor(whom, what, now());
        publish(null);
    }

    /**
     * Makes the order's progress visible: search attributes, Temporal Web's details, the read model. From version 1
     * the search attributes and the read model follow at the next wait ({@link #publishNow}), or before the next
     * outside call if what support filters on changed, so a step that changes nothing a search can see costs nothing.
     */
    private void publish(StatusChange change) {
        Workflow.setCurrentDetails(OrderDetails.markdown(state));
        if (!fewerActions) {
            Workflow.upsertTypedSearchAttributes(
                    VmsSearchAttributes.ORDER_STATUS.valueSet(state.status().name()),
                    VmsSearchAttributes.WAITING_FOR.valueSet(state.waitingFor().name()),
                    VmsSearchAttributes.WAITING_SINCE.valueSet(state.waitingSince().atOffset(ZoneOffset.UTC)),
                    VmsSearchAttributes.OVERDUE.valueSet(state.overdue()));
            recorder.recordOrder(OrderRecord.of(state, change));
            return;
        }
        if (change != null) {
            unpublished.add(change);
        }
        publishPending = true;
    }

    /** Upserts the search attributes that changed and writes the read model: one local-activity task. */
    private void publishNow() {
        if (!publishPending) {
            return;
        }
        List<SearchAttributeUpdate<?>> changed = new ArrayList<>();
        if (!state.status().name().equals(shownStatus)) {
            shownStatus = state.status().name();
            changed.add(VmsSearchAttributes.ORDER_STATUS.valueSet(shownStatus));
        }
        if (!state.waitingFor().name().equals(shownWaitingFor) || !state.waitingSince().equals(shownWaitingSince)) {
            shownWaitingFor = state.waitingFor().name();
            shownWaitingSince = state.waitingSince();
            changed.add(VmsSearchAttributes.WAITING_FOR.valueSet(shownWaitingFor));
            changed.add(VmsSearchAttributes.WAITING_SINCE.valueSet(shownWaitingSince.atOffset(ZoneOffset.UTC)));
        }
        if (!Boolean.valueOf(state.overdue()).equals(shownOverdue)) {
            shownOverdue = state.overdue();
            changed.add(VmsSearchAttributes.OVERDUE.valueSet(shownOverdue));
        }
        if (!changed.isEmpty()) {
            Workflow.upsertTypedSearchAttributes(changed.toArray(SearchAttributeUpdate<?>[]::new));
        }
        if (unpublished.isEmpty()) {
            recorder.recordOrder(OrderRecord.of(state, null));
        }
        for (StatusChange change : unpublished) {
            recorder.recordOrder(OrderRecord.of(state, change));
        }
        unpublished.clear();
        publishPending = false;
    }

    /** Whether what support filters on (status, whom the order waits for, overdue) moved since the last upsert. */
    private boolean searchableChangePending() {
        return publishPending && (!state.status().name().equals(shownStatus)
                || !state.waitingFor().name().equals(shownWaitingFor)
                || !Boolean.valueOf(state.overdue()).equals(shownOverdue));
    }

    // --- the steps' stubs: outside calls, and our database (local activities from version 1) -------------------

    private AjioActivities ajio(String summary) {
        beforeOutsideCall();
        return Steps.ajio(summary);
    }

    private RmsActivities rms(String summary) {
        beforeOutsideCall();
        return Steps.rms(summary);
    }

    private ErpActivities erp(String summary) {
        beforeOutsideCall();
        return Steps.erp(summary);
    }

    /** A call that may be retried for hours shows the order as waiting for that system, not the step before. */
    private void beforeOutsideCall() {
        if (searchableChangePending()) {
            publishNow();
        }
    }

    private OmsActivities oms(String summary) {
        return fewerActions ? Workflow.newLocalActivityStub(OmsActivities.class,
                LocalActivityOptions.newBuilder(OmsActivities.RECORD_OPTIONS).setSummary(summary).build())
                : Steps.oms(summary);
    }

    private String holdText() {
        return "acknowledgement hold until " + state.holdUntil();
    }

    private String shortText() {
        return String.join(", ", state.lines().stream().filter(l -> l.shortOfStock() > 0)
                .map(l -> l.shortOfStock() + " x " + l.clientSku()).toList());
    }

    private String describe(List<LineQuantity> quantities) {
        return String.join(", ", quantities.stream()
                .map(q -> q.quantity() + " x " + state.line(q.lineId()).clientSku()).toList());
    }

    private Instant now() {
        return Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }

    /** Made once in the workflow and replayed as is, so every retry of the call carries the same key. */
    private static String idempotencyKey() {
        return Workflow.randomUUID().toString();
    }

    private static boolean isRefusal(ActivityFailure failure, String type) {
        return failure.getCause() instanceof ApplicationFailure application && type.equals(application.getType());
    }

    private static String rootMessage(ActivityFailure failure) {
        return failure.getCause() instanceof ApplicationFailure application ? application.getOriginalMessage()
                : failure.getMessage();
    }

    /** A cancellation waiting for its turn; a seller's update handler waits until it is done. */
    private static final class Pending {
        private AjioCancellation fromAjio;
        private CancellationRequest fromSeller;
        private boolean done;
        private ApplicationFailure failure;

        static Pending of(AjioCancellation cancellation) {
            Pending pending = new Pending();
            pending.fromAjio = cancellation;
            return pending;
        }

        static Pending of(CancellationRequest request) {
            Pending pending = new Pending();
            pending.fromSeller = request;
            return pending;
        }
    }

    /** Unwinds the story once the order is cancelled. */
    private static final class OrderCancelled extends RuntimeException {
        OrderCancelled() {
            super(null, null, false, false);
        }
    }
}
