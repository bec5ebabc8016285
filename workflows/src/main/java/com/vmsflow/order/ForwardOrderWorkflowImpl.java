package com.vmsflow.order;

import static com.vmsflow.ajio.AjioActivities.AJIO;
import static com.vmsflow.erp.ErpActivities.ERP;
import static com.vmsflow.flow.WorkflowClock.now;
import static com.vmsflow.database.DatabaseActivities.DATABASE;
import static com.vmsflow.order.OrderStatus.CANCELLED;
import static com.vmsflow.order.OrderStatus.COMPLETED;
import static com.vmsflow.order.OrderStatus.FAILED;
import static com.vmsflow.order.OrderStatus.FULFILLABLE;
import static com.vmsflow.order.OrderStatus.HANDED_OVER;
import static com.vmsflow.order.OrderStatus.ONHOLD;
import static com.vmsflow.order.OrderStatus.PACKED;
import static com.vmsflow.order.OrderStatus.PROCESSING;
import static com.vmsflow.order.OrderStatus.UNFULFILLABLE;
import static com.vmsflow.rms.RmsActivities.RMS;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.AjioOrderUpdate;
import com.vmsflow.ajio.B2bLine;
import com.vmsflow.ajio.B2bOrder;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.ajio.ShippingDocuments;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.einvoice.GstTotals;
import com.vmsflow.erp.ErpActivities;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.Changes;
import com.vmsflow.flow.Failures;
import com.vmsflow.flow.IdempotencyKeys;
import com.vmsflow.flow.Progress.Publishing;
import com.vmsflow.flow.Progress;
import com.vmsflow.flow.SupportAction;
import com.vmsflow.flow.SupportGate;
import com.vmsflow.flow.SupportRecord;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.TakenOnce;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.flow.Waits.Timers;
import com.vmsflow.flow.Waits;
import com.vmsflow.flow.WorkflowClock;
import com.vmsflow.database.DatabaseActivities;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.database.SkuMapping;
import com.vmsflow.order.cancellation.CancellationDecision;
import com.vmsflow.order.cancellation.CancellationRule;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.rms.RmsActivities;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The life of one Ajio forward order (BRIEF, "Forward order"; seed 000, "Forward Flow"). {@link #run} is the story;
 * the rest are its steps and the handlers of its inputs. The machinery is the {@code flow} package's: the order's
 * progress, its waits, the support gate; its cancellations queue in the {@link CancellationInbox}, which the story
 * works through whenever it waits.
 */
public class ForwardOrderWorkflowImpl implements ForwardOrderWorkflow {

    /** A safety net for a nudge signal that never comes: look again at least this often. */
    private static final Duration RECHECK = Duration.ofHours(6);
    /** The outside systems whose refusals wait for support. */
    private static final List<String> REFUSALS = List.of(AjioActivities.REFUSED, RmsActivities.REFUSED,
            ErpActivities.REFUSED);

    /**
     * From version 1 an order costs fewer Temporal actions (docs/bench.md, "Cost"): its database steps are local
     * activities, its waits on the warehouse have no 30-day timer, and its progress is published once per wait
     * (search attributes only where one changed) instead of at every step. Histories from before replay without.
     */
    static final String FEWER_ACTIONS = "fewer-actions";

    /**
     * From version 1 a handover signalled while the order is not PACKED is refused by the order itself (kept in its
     * state, shown in its details), not only by the gateway's check of the read model, which may lag. The marker is
     * recorded at the first such handover: an order handed over when PACKED has none, and orders that took an early
     * handover before the change replay as they ran.
     */
    static final String HANDOVER_ONLY_WHEN_PACKED = "handover-only-when-packed";

    /**
     * From version 1 a flag that stops packing keeps the order waiting for support until support cancels it in full
     * (seed 001, a partial Ajio business cancellation of a Model 1 order): the story's next steps, such as the ERP's
     * e-invoice releasing it for picking, no longer hand it to someone else's queue. The marker is recorded at the
     * first such step: orders never flagged have none, and flagged orders that moved on before the change replay as
     * they ran.
     */
    static final String FLAG_KEEPS_SUPPORT_WAITING = "flag-keeps-support-waiting";

    /**
     * From version 1 an allocated order the channel says must not be processed yet (a dispatch-after time ahead, a
     * replacement whose original's return is not picked up) is ONHOLD until that ends or support releases it (seed
     * 004). The marker is recorded at the first hold: orders with no such word from Ajio have none, and replay as
     * they ran.
     */
    static final String CHANNEL_HOLD = "onhold-until-the-channel-says";

    private final ClientProfile client;
    private final OrderState state;
    private final Progress<StatusChange> progress;
    private final Waits waits;
    private final SupportGate support;
    private final CancellationInbox cancellations;
    /** Whether the order's database steps run as local activities (version 1 of {@link #FEWER_ACTIONS}). */
    private boolean localDatabaseSteps;

    private boolean skuMappingsUploaded;
    private boolean inventoryUpdated;
    private final TakenOnce<PackResult> packResult = new TakenOnce<>(PackResult::sameAs);
    private List<LineQuantity> missingAtPacking = List.of();
    private final TakenOnce<EInvoice> erpInvoice = new TakenOnce<>(EInvoice::sameDocumentAs);
    private final TakenOnce<EInvoice> b2b2cInvoice = new TakenOnce<>(EInvoice::sameDocumentAs);
    private HandedOver handover;
    /** Set by an order-updates event, so the hold looks again (a moved time, a pickup). */
    private boolean holdChanged;
    /** Support's RELEASE_HOLD. */
    private SupportRequest holdReleasedBy;

    @WorkflowInit
    public ForwardOrderWorkflowImpl(NewOrder order) {
        this.client = order.client();
        this.state = OrderState.of(order);
        DatabaseActivities readModel = DATABASE.readModelWriter();
        this.progress = Progress.<StatusChange>describedBy(() -> OrderDetails.markdown(state))
                .status(VmsSearchAttributes.ORDER_STATUS, () -> state.status().name())
                .waiting(state)
                .overdue(state::overdue)
                .readModel(change -> readModel.recordOrder(OrderRecord.of(state, change)));
        this.cancellations = new CancellationInbox(client, state, new StepsForCancellations());
        this.waits = Waits.with(Timers.NAMED).beforeEachWait(progress::publishNow)
                .inbox(cancellations::hasWork, cancellations::workThrough);
        this.support = new SupportGate(state, progress, waits, REFUSALS, () -> true).resumingWith(this::waitFor);
    }

    @Override
    public OrderState run(NewOrder order) {
        boolean fewerActions = costsFewerActions();
        localDatabaseSteps = fewerActions;
        progress.publishing(fewerActions ? Publishing.ONCE_PER_WAIT : Publishing.AT_EVERY_STEP);
        waits.timers(fewerActions ? Timers.NAMED : Timers.NAMED_WITH_LONG_WAITS);
        try {
            fetchedFromAjio();
            mapChannelSkus();
            softReserveInventory();
            holdAcknowledgement();
            acknowledgeToAjio();
            holdWhileTheChannelSaysNotYet();
            fetchB2bOrder();
            if (client.marketplaceInvoicing() == EInvoicingModel.ERP) {
                postOrderToErp();
                awaitErpInvoice();
            }
            releaseForPicking();
            awaitPackResult();
            if (client.b2b2c() != null) {
                invoiceThePartnerAtCostPrice();
            }
            invoiceAndLabelAtPacking();
            awaitHandover();
            if (client.marketplaceInvoicing() == EInvoicingModel.ERP) {
                postCompletionToErp();
            }
            complete();
        } catch (OrderCancelled cancelled) {
            // The order ended at one of its steps; its history says by whom and why.
        }
        cancellations.refuseWhatIsLeft();
        progress.publishNow();
        Workflow.await(Workflow::isEveryHandlerFinished);
        return state;
    }

    /** Orders started before the change have no marker and replay as they ran: every step published at once. */
    protected boolean costsFewerActions() {
        return Changes.taken(FEWER_ACTIONS);
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
            SkuMapping mapping = database("Map channel SKUs to client SKUs").mapChannelSkus(client.clientId(), channelSkus);
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
            waits.upTo(RECHECK, "Waiting for the SKU mapping upload", () -> skuMappingsUploaded);
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
            boolean restocked = waits.upTo(Duration.between(now(), state.holdUntil()),
                    "Acknowledgement hold: customers may cancel until " + state.holdUntil(),
                    () -> inventoryUpdated && !state.fullyReserved());
            if (restocked) {
                reserve();
                if (state.fullyReserved()) {
                    transition(FULFILLABLE, "stock added: inventory soft-reserved", WaitingFor.NONE, holdText());
                }
            }
        }
        waits.workThroughInbox();
    }

    /**
     * Reads the order at Ajio first, so a cancellation Ajio took in the last moments of the hold is not lost, then
     * acknowledges each line with what is reserved: a line without stock is acknowledged with 0 (rejected).
     * Ajio stops customer cancellation here.
     */
    private void acknowledgeToAjio() {
        while (true) {
            AjioOrder atAjio = ajio("Read the order at Ajio before acknowledging").readOrder(client.marketplaceAccount(),
                    state.orderId());
            cancellations.applyCatchUp(atAjio, "cancelled at Ajio before the acknowledgement");
            state.channelHold(atAjio);
            List<LineQuantity> acknowledgement = state.lines().stream()
                    .map(l -> new LineQuantity(l.lineId(), Math.min(l.reserved(), l.open()))).toList();
            try {
                support.attempt("Acknowledge the order to Ajio", () -> ajio("Acknowledge the order to Ajio")
                        .acknowledge(client.marketplaceAccount(), state.orderId(), acknowledgement, IdempotencyKeys.next()));
            } catch (ActivityFailure failure) {
                if (Failures.isOfType(failure, AjioActivities.QUANTITY_CHANGED)) {
                    continue; // a customer cancelled between our read and our acknowledgement: read again
                }
                throw failure;
            }
            state.recordAcknowledgement(acknowledgement);
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

    /**
     * ONHOLD (seed 004): allocated and acknowledged, but Ajio says not yet. A dispatch-after time holds it on a
     * durable timer that follows the time when Ajio moves it; a replacement waits for Ajio's word that the original's
     * return was picked up. Released by itself when the reason ends, or early by support's RELEASE_HOLD. Cancellations
     * are applied meanwhile as for a FULFILLABLE order.
     */
    private void holdWhileTheChannelSaysNotYet() {
        if (state.holdReason(now()) == null || !holdsOnTheChannelsWord()) {
            return;
        }
        HoldReason reason = state.holdReason(now());
        HoldReason waited = reason;
        state.onHold(reason, reason == HoldReason.DISPATCH_AFTER ? state.dispatchAfter() : null);
        transition(ONHOLD, "on hold: " + holdWords(reason), whomTheHoldWaitsFor(reason), holdWords(reason));
        while (holdReleasedBy == null) {
            waited = reason;
            holdChanged = false;
            if (reason == HoldReason.DISPATCH_AFTER) {
                waits.upTo(Duration.between(now(), state.dispatchAfter()), "On hold until Ajio's dispatch-after time "
                        + state.dispatchAfter(), () -> holdChanged || holdReleasedBy != null);
            } else {
                waits.noDeadline("On hold: replacement of order " + state.replacementOf()
                        + ", until Ajio says its return was picked up", () -> holdChanged || holdReleasedBy != null);
            }
            reason = state.holdReason(now());
            if (reason == null) {
                break;
            }
            state.onHold(reason, reason == HoldReason.DISPATCH_AFTER ? state.dispatchAfter() : null);
            waitingFor(whomTheHoldWaitsFor(reason), holdWords(reason));
        }
        String note = holdReleasedBy != null
                ? "hold released early by support (" + holdReleasedBy.requestedBy() + "): " + holdReleasedBy.reason()
                : waited == HoldReason.RETURN_PICKUP
                        ? "released: the return of order " + state.replacementOf() + " was picked up"
                        : "released: Ajio's dispatch-after time " + state.dispatchAfter() + " has passed";
        state.holdReleased();
        transition(FULFILLABLE, note, WaitingFor.NONE, null);
    }

    /** A time holds the order by itself (like the acknowledgement hold); a pickup is Ajio's to tell. */
    private static WaitingFor whomTheHoldWaitsFor(HoldReason reason) {
        return reason == HoldReason.RETURN_PICKUP ? WaitingFor.AJIO : WaitingFor.NONE;
    }

    /** Asked at an order's first hold: orders with none replay as they ran. */
    protected boolean holdsOnTheChannelsWord() {
        return Changes.taken(CHANNEL_HOLD);
    }

    /** Why the order is held, in words: Temporal Web's details and the order's {@code waitingForWhat}. */
    private String holdWords(HoldReason reason) {
        return switch (reason) {
            case DISPATCH_AFTER -> "Ajio's dispatch-after time " + state.dispatchAfter()
                    + ": not released for picking before it";
            case RETURN_PICKUP -> "Ajio's word that the return of order " + state.replacementOf()
                    + " (the one this replaces) was picked up from the customer";
        };
    }

    private void fetchB2bOrder() {
        B2bOrder b2b = support.attempt("Fetch the B2B order", () -> ajio("Fetch the B2B order from Ajio")
                .fetchB2bOrder(client.marketplaceAccount(), state.orderId()));
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

    private void awaitErpInvoice() {
        awaitTheErp("Waiting for the ERP's B2B e-invoice", erpInvoice::isTaken);
        EInvoice invoice = InvoiceCheck.onOrderLines(state, erpInvoice.taken());
        state.erpInvoiceReceived(invoice);
        state.invoiced(invoice);
        state.markOverdue(false);
        state.document(new DocumentRef(DocumentKind.B2B_INVOICE, invoice.documentNumber(), invoice.irn(), "ERP",
                now()));
    }

    /** Past the client's deadline the order is flagged overdue, and keeps waiting: it is never dropped. */
    private void awaitTheErp(String summary, Supplier<Boolean> answered) {
        if (!waits.upTo(client.erpInvoiceDeadline(), summary, answered)) {
            state.markOverdue(true);
            progress.moved(null);
            waits.noDeadline(summary, answered);
        }
        state.markOverdue(false);
    }

    private void releaseForPicking() {
        transition(PROCESSING, "released for picking", WaitingFor.WAREHOUSE, "the pack result");
    }

    /** The warehouse has no deadline. */
    private void awaitPackResult() {
        waits.noDeadline("Waiting for the warehouse's pack result", packResult::isTaken);
        missingAtPacking = state.applyPack(packResult.taken());
    }

    /**
     * B2B2C (seed 002, step 3): before any marketplace call the brand invoices its partner for what was packed, at
     * its cost price. What was not found or was damaged is cancelled first, as Model 2 does (the marketplace's B2B
     * invoice is the partner's, made by the RMS); then the pack confirmation goes to the brand's ERP, which sends its
     * e-invoice back, or the RMS makes it where the brand's model is RMS. Without it the order is never invoiced at
     * the marketplace, so never PACKED nor handed over.
     */
    private void invoiceThePartnerAtCostPrice() {
        if (!missingAtPacking.isEmpty()) {
            cancellations.cancelMissingAtPacking(missingAtPacking);
            missingAtPacking = List.of();
        }
        state.bookToPartner();
        EInvoice invoice;
        if (client.eInvoicingModel() == EInvoicingModel.ERP) {
            state.markB2b2cPosted();
            postToErp(PostingEventType.B2B2C_PACK_CONFIRMATION, ErpPayloads.b2b2cPackConfirmation(state,
                    client.b2b2c()));
            waitingFor(WaitingFor.ERP, "the brand's B2B2C e-invoice to " + client.b2b2c().partnerClientId());
            awaitTheErp("Waiting for the brand's B2B2C e-invoice to its partner", b2b2cInvoice::isTaken);
            invoice = b2b2cInvoice.taken();
        } else {
            invoice = makeRmsB2b2cEInvoice();
        }
        state.b2b2cInvoiced(invoice);
        state.document(new DocumentRef(DocumentKind.B2B2C_INVOICE, invoice.documentNumber(), invoice.irn(),
                client.eInvoicingModel().name(), now()));
    }

    /**
     * At packing: Model 1 cancels the whole order when anything is missing (the ERP's e-invoice cannot be partly
     * cancelled at Ajio), else uploads the ERP's invoice and cancels what it does not cover; Model 2 cancels just
     * what is missing and has the RMS make the e-invoice. Then the B2C invoice and the label: PACKED.
     */
    private void invoiceAndLabelAtPacking() {
        waitingFor(WaitingFor.AJIO, "invoicing at Ajio");
        if (client.marketplaceInvoicing() == EInvoicingModel.ERP) {
            if (!missingAtPacking.isEmpty()) {
                cancellations.cancelWholeOrder(CancellationSource.SELLER, "not found or damaged at packing: "
                        + describe(missingAtPacking) + "; Model 1 cancels the whole order");
            }
            List<LineQuantity> notInvoiced = state.lines().stream().filter(l -> l.open() > l.invoiced())
                    .map(l -> new LineQuantity(l.lineId(), l.open() - l.invoiced())).toList();
            if (!notInvoiced.isEmpty()) {
                cancellations.cancelAtAjio(notInvoiced, "not on the ERP's e-invoice");
                cancellations.afterCancellation(CancellationSource.SELLER, false, "not on the ERP's e-invoice");
            }
        } else {
            if (!missingAtPacking.isEmpty()) {
                cancellations.cancelMissingAtPacking(missingAtPacking);
            }
            makeRmsEInvoice();
        }
        EInvoice invoice = state.invoice();
        support.perform("Upload the B2B invoice to Ajio", true, () -> ajio("Upload the B2B invoice "
                + invoice.documentNumber() + " to Ajio").uploadB2bInvoice(client.marketplaceAccount(), state.orderId(),
                invoice, IdempotencyKeys.next()));
        ShippingDocuments documents = support.attempt("Fetch the B2C invoice and the shipping label", true,
                () -> ajio("Fetch the B2C invoice and the shipping label")
                        .fetchShippingDocuments(client.marketplaceAccount(), state.orderId()));
        if (documents != null) {
            state.document(new DocumentRef(DocumentKind.B2C_INVOICE, documents.b2cInvoiceNumber(), null, "AJIO",
                    now()));
            state.document(new DocumentRef(DocumentKind.SHIPPING_LABEL, documents.awbNumber(), null, "AJIO", now()));
        }
        transition(PACKED, "B2B invoice " + invoice.documentNumber() + " at Ajio; " + (documents == null
                ? "label fetched by hand (support skipped the step)" : "label " + documents.awbNumber()),
                WaitingFor.WAREHOUSE, "the handover to a courier");
    }

    /** The warehouse has no deadline. */
    private void awaitHandover() {
        waits.noDeadline("Waiting for the handover to a courier", () -> handover != null);
        state.handedOver(handover);
        state.document(new DocumentRef(DocumentKind.MANIFEST, handover.manifestId(), null, "AJIO", now()));
        database("Stock leaves with the courier").consumeReservation(client.clientId(), state.orderId());
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

    // --- the steps' parts --------------------------------------------------------------------------------------

    private void makeRmsEInvoice() {
        LocalDate today = WorkflowClock.todayInIndia();
        String number = database("Allocate the invoice number").allocateDocumentNumber(client.marketplaceAccount(),
                DocumentType.INV, state.orderId(), today);
        List<EInvoiceLine> lines = new ArrayList<>();
        for (LineState line : state.lines()) {
            B2bLine b2b = state.b2bLine(line.lineId());
            if (line.open() > 0 && b2b != null) {
                lines.add(new EInvoiceLine(line.lineId(), line.clientSku(), b2b.hsnCode(), line.open(),
                        GstTotals.taxableValue(b2b.unitPrice(), line.open()), b2b.gstRate()));
            }
        }
        EInvoiceRequest request = new EInvoiceRequest(client.marketplaceGstin(), state.b2bOrder().buyerGstin(),
                DocumentType.INV, number, today, lines, GstTotals.invoiceValue(lines));
        EInvoice invoice = support.attempt("Make the e-invoice at the RMS", () -> rms("Make the e-invoice " + number
                + " at the RMS").registerEInvoice(client.clientId(), state.orderId(), request));
        state.invoiced(invoice);
        state.document(new DocumentRef(DocumentKind.B2B_INVOICE, invoice.documentNumber(), invoice.irn(), "RMS",
                now()));
    }

    /** The brand's e-invoice to its partner made by the RMS: the units booked, at cost price, in the brand's series. */
    private EInvoice makeRmsB2b2cEInvoice() {
        LocalDate today = WorkflowClock.todayInIndia();
        String number = database("Allocate the B2B2C invoice number").allocateDocumentNumber(client.clientId(),
                DocumentType.INV, state.orderId(), today);
        List<EInvoiceLine> lines = ErpPayloads.costLines(state, client.b2b2c(), state.b2b2cBooked()).stream()
                .map(l -> new EInvoiceLine(l.lineId(), l.sku(), l.hsnCode(), l.quantity(), l.taxableValue(),
                        l.gstRate())).toList();
        EInvoiceRequest request = new EInvoiceRequest(client.supplierGstin(), client.b2b2c().partnerGstin(),
                DocumentType.INV, number, today, lines, GstTotals.invoiceValue(lines));
        return support.attempt("Make the B2B2C e-invoice at the RMS", () -> rms("Make the B2B2C e-invoice " + number
                + " to " + client.b2b2c().partnerClientId() + " at the RMS").registerB2b2cEInvoice(client.clientId(),
                state.orderId(), request));
    }

    private void reserve() {
        Map<String, Integer> wish = state.openBySku();
        if (!wish.isEmpty()) {
            state.reserved(database("Soft-reserve inventory").reserveInventory(client.clientId(), state.orderId(), wish));
        }
    }

    private void postToErp(PostingEventType type, JsonNode payload) {
        ErpPosting posting = new ErpPosting(IdempotencyKeys.next(), type, state.orderId(), null, now(), payload);
        support.perform("Post " + type + " to the ERP", true,
                () -> erp("Post " + type + " to the ERP").post(client.clientId(), posting));
    }

    private void transition(OrderStatus status, String note, WaitingFor whom, String what) {
        StatusChange change = state.moveTo(status, now(), note);
        waitFor(whom, what);
        progress.moved(change);
    }

    private void waitingFor(WaitingFor whom, String what) {
        waitFor(whom, what);
        progress.moved(null);
    }

    /**
     * Whom the order waits for after a step. While a flag stops packing it waits for support, whatever the step:
     * only support's full cancellation settles it, and support's queue must keep it until then.
     */
    private void waitFor(WaitingFor whom, String what) {
        if (whom != WaitingFor.SUPPORT && flagStopsPacking() && flagKeepsSupportWaiting()) {
            if (state.waitingFor() != WaitingFor.SUPPORT) { // the inbox raised the flag with support's wait; keep it so
                state.stuck(state.flag() + "; support cancels the order in full", now());
            }
            return;
        }
        state.waitFor(whom, what, now());
    }

    /** A flag raised before packing: the pack result is refused until a full cancellation clears it. */
    private boolean flagStopsPacking() {
        return state.flag() != null && state.status().notYetPacked();
    }

    /** Asked while a flag stops packing: flagged orders that moved on before the change replay as they ran. */
    protected boolean flagKeepsSupportWaiting() {
        return Changes.taken(FLAG_KEEPS_SUPPORT_WAITING);
    }

    private void endCancelled(String note) {
        transition(CANCELLED, note, WaitingFor.NONE, null);
        throw new OrderCancelled();
    }

    /** An outside call that may be retried for hours shows the order as waiting for that system. */
    private AjioActivities ajio(String summary) {
        progress.beforeOutsideCall();
        return AJIO.step(summary);
    }

    private RmsActivities rms(String summary) {
        progress.beforeOutsideCall();
        return RMS.step(summary);
    }

    private ErpActivities erp(String summary) {
        progress.beforeOutsideCall();
        return ERP.step(summary);
    }

    /** Our database: local activities from version 1 of {@link #FEWER_ACTIONS}. */
    private DatabaseActivities database(String summary) {
        return localDatabaseSteps ? DATABASE.localStep(summary) : DATABASE.step(summary);
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

    // --- signals, updates, query -------------------------------------------------------------------------------

    @Override
    public OrderState state() {
        return state;
    }

    @Override
    public void ajioCancellation(AjioCancellation cancellation) {
        cancellations.add(cancellation);
    }

    @Override
    public void ajioOrderUpdate(AjioOrderUpdate update) {
        if (state.channelUpdate(update)) {
            holdChanged = true;
        }
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
        if (handover != null) {
            return;
        }
        if (!state.status().readyForHandover() && refusesHandoverUnlessPacked()) {
            state.refusedHandover(new RefusedHandover(handedOver, state.status(), now()));
            progress.showDetails();
            return;
        }
        handover = handedOver;
    }

    /** Asked at a handover the order is not PACKED for: orders that took one before the change replay as they ran. */
    protected boolean refusesHandoverUnlessPacked() {
        return Changes.taken(HANDOVER_ONLY_WHEN_PACKED);
    }

    /**
     * Beyond the support gate's refused steps, a FAILED or UNFULFILLABLE order retries its own wait now, and an
     * ONHOLD order may be released early.
     */
    @Override
    public void validateSupport(SupportRequest request) {
        if (request.action() == SupportAction.RELEASE_HOLD && state.status() == ONHOLD) {
            return;
        }
        boolean retriesItsWait = request.action() == SupportAction.RETRY
                && (state.status() == FAILED || state.status() == UNFULFILLABLE);
        if (!retriesItsWait) {
            support.validate(request);
        }
    }

    @Override
    public OrderState support(SupportRequest request) {
        if (request.action() == SupportAction.RELEASE_HOLD) {
            state.support(new SupportRecord(request.action(), ONHOLD.name(), request.requestedBy(), request.reason(),
                    now()));
            holdReleasedBy = request;
            Workflow.await(() -> state.status() != ONHOLD);
            return state;
        }
        if (!support.take(request)) {
            if (state.status() == FAILED) {
                skuMappingsUploaded = true;
            } else {
                inventoryUpdated = true;
            }
        }
        return state;
    }

    @Override
    public void validatePack(PackResult result) {
        if (packResult.repeats(result, first -> "a different pack result was already taken for this order")) {
            return;
        }
        if (state.status() != PROCESSING) {
            throw UpdateErrors.notAwaiting("the order is " + state.status() + ": it takes a pack result only while"
                    + " PROCESSING");
        }
        if (state.flag() != null) {
            throw UpdateErrors.notAwaiting("packing stopped: " + state.flag());
        }
        UpdateErrors.refuseIfAny(PackCheck.problems(state, result), "the pack result does not match the order");
    }

    @Override
    public OrderState pack(PackResult result) {
        packResult.take(result);
        Workflow.await(() -> state.packResult() != null || state.status().isFinal());
        if (state.packResult() == null) {
            throw UpdateErrors.notAwaiting("the order is " + state.status());
        }
        return state;
    }

    @Override
    public void validateCancel(CancellationRequest request) {
        UpdateErrors.refuseIfAny(CancellationCheck.problems(state, request),
                "the cancellation does not match the order");
        CancellationDecision decision = CancellationRule.decide(CancellationSource.SELLER, request.kind(),
                state.facts());
        if (!decision.allowed()) {
            throw UpdateErrors.cancellationNotAllowed(decision.reason(), decision.rule().name());
        }
    }

    @Override
    public OrderState cancel(CancellationRequest request) {
        cancellations.submit(request);
        return state;
    }

    @Override
    public void validateB2bInvoice(EInvoice invoice) {
        if (client.marketplaceInvoicing() != EInvoicingModel.ERP) {
            throw UpdateErrors.notAwaiting("the order is e-invoiced by the RMS: it takes no ERP invoice");
        }
        if (erpInvoice.repeats(invoice, first -> "a different B2B invoice (" + first.documentNumber()
                + ") was already received for this order")) {
            return;
        }
        if (state.status().isFinal() || !state.postedToErp()) {
            throw UpdateErrors.notAwaiting("the order is " + state.status()
                    + (state.postedToErp() ? "" : " and not yet posted to the ERP") + ": it takes no invoice now");
        }
        UpdateErrors.refuseIfAny(InvoiceCheck.problems(state, invoice), "the invoice does not match the B2B order");
    }

    @Override
    public OrderState submitB2bInvoice(EInvoice invoice) {
        erpInvoice.take(invoice);
        Workflow.await(() -> state.erpInvoiceReceived() || state.status().isFinal());
        if (!state.erpInvoiceReceived()) {
            throw UpdateErrors.notAwaiting("the order is " + state.status());
        }
        return state;
    }

    @Override
    public void validateB2b2cInvoice(EInvoice invoice) {
        if (client.b2b2c() == null) {
            throw UpdateErrors.notAwaiting("the order is the client's own, not a partner's (B2B2C): it takes no B2B2C"
                    + " invoice");
        }
        if (client.eInvoicingModel() != EInvoicingModel.ERP) {
            throw UpdateErrors.notAwaiting("the brand is e-invoiced by the RMS: the RMS makes its invoice to the"
                    + " partner");
        }
        if (b2b2cInvoice.repeats(invoice, first -> "a different B2B2C invoice (" + first.documentNumber()
                + ") was already received for this order")) {
            return;
        }
        if (state.status().isFinal() || !state.b2b2cPosted()) {
            throw UpdateErrors.notAwaiting("the order is " + state.status() + (state.b2b2cPosted() ? ""
                    : " and its pack confirmation is not yet posted to the ERP") + ": it takes no B2B2C invoice now");
        }
        UpdateErrors.refuseIfAny(B2b2cInvoiceCheck.problems(state, client.b2b2c(), invoice),
                "the invoice does not match the packed order and the partner's terms");
    }

    @Override
    public OrderState submitB2b2cInvoice(EInvoice invoice) {
        b2b2cInvoice.take(invoice);
        Workflow.await(() -> state.b2b2cInvoice() != null || state.status().isFinal());
        if (state.b2b2cInvoice() == null) {
            throw UpdateErrors.notAwaiting("the order is " + state.status());
        }
        return state;
    }

    /** What applying a cancellation needs of the story. */
    private final class StepsForCancellations implements CancellationInbox.Order {
        @Override
        public AjioActivities ajio(String summary) {
            return ForwardOrderWorkflowImpl.this.ajio(summary);
        }

        @Override
        public ErpActivities erp(String summary) {
            return ForwardOrderWorkflowImpl.this.erp(summary);
        }

        @Override
        public void reserve() {
            ForwardOrderWorkflowImpl.this.reserve();
        }

        @Override
        public void postToErp(PostingEventType type, JsonNode payload) {
            ForwardOrderWorkflowImpl.this.postToErp(type, payload);
        }

        @Override
        public void moved() {
            progress.moved(null);
        }

        @Override
        public void endCancelled(String note) {
            ForwardOrderWorkflowImpl.this.endCancelled(note);
        }
    }

    /** Unwinds the story once the order is cancelled. */
    private static final class OrderCancelled extends RuntimeException {
        OrderCancelled() {
            super(null, null, false, false);
        }
    }
}
