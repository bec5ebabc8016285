package com.vmsflow.returns;

import static com.vmsflow.ajio.AjioActivities.AJIO;
import static com.vmsflow.erp.ErpActivities.ERP;
import static com.vmsflow.flow.WorkflowClock.now;
import static com.vmsflow.database.DatabaseActivities.DATABASE;
import static com.vmsflow.returns.ReturnActivities.RETURNS;
import static com.vmsflow.rms.RmsActivities.RMS;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.QcItem;
import com.vmsflow.ajio.QcResult;
import com.vmsflow.b2b2c.B2b2cReturn;
import com.vmsflow.b2b2c.CostLine;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.database.ReturnRestock;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.einvoice.GstTotals;
import com.vmsflow.erp.ErpActivities;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.Changes;
import com.vmsflow.flow.IdempotencyKeys;
import com.vmsflow.flow.Progress;
import com.vmsflow.flow.SupportGate;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.TakenOnce;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.flow.Waits.Timers;
import com.vmsflow.flow.Waits;
import com.vmsflow.flow.WorkflowClock;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.json.Json;
import com.vmsflow.rms.RmsActivities;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A return (seed 000, "Return Flow"): checked against its order, received and checked by the warehouse, QC sent
 * to Ajio (FAIL and MISSING go to the report for offline settlement), then settled by the client's return model:
 * a credit note from the ERP or from the RMS, uploaded to Ajio; or, for RSI, nothing more here.
 */
public class ReturnWorkflowImpl implements ReturnWorkflow {

    /** The outside systems whose refusals wait for support. */
    private static final List<String> REFUSALS = List.of(AjioActivities.REFUSED, ErpActivities.REFUSED,
            RmsActivities.REFUSED);

    /**
     * From version 1 a refusal from Ajio, the ERP or the RMS puts the return in {@code WaitingFor = SUPPORT} with the
     * reason, as it does an order, instead of failing it; support retries or skips the step. The marker is recorded
     * at the first refusal: a return that meets none has none, and returns that failed before replay as they ran.
     */
    static final String REFUSALS_WAIT_FOR_SUPPORT = "returns-refusals-wait-for-support";

    /**
     * From version 1 the received items go back into stock by their QC (PASS to GOOD, FAIL to QC_FAIL) as soon as
     * the receipt is taken; returns received before the change restocked nothing and replay so.
     */
    static final String RESTOCK_BY_QC = "returns-restock-by-qc";

    private final ClientProfile client;
    private final ReturnState state;
    private final Progress<String> progress;
    private final Waits waits = Waits.with(Timers.SDK_AWAIT);
    private final SupportGate support;
    private final TakenOnce<ReturnReceipt> warehouseReceipt = new TakenOnce<>(ReturnReceipt::sameAs);
    private final TakenOnce<EInvoice> erpCreditNote = new TakenOnce<>(EInvoice::sameDocumentAs);

    @WorkflowInit
    public ReturnWorkflowImpl(NewReturn input) {
        this.client = input.client();
        this.state = ReturnState.of(input);
        ReturnActivities readModel = RETURNS.readModelWriter();
        this.progress = Progress.<String>describedBy(() -> ReturnDetails.markdown(state))
                .waiting(state)
                // A move without a note of its own (support's gate) is noted by what the return waits for.
                .readModel(note -> readModel.recordReturn(new ReturnRecord(client.clientId(), state.returnId(),
                        state.orderId(), state.type(), client.marketplaceReturnModel(), state.status(), state.waitingFor(),
                        note == null ? state.waitingForWhat() : note, now())));
        // Support's wait came with its marker, so it has no legacy timer to keep: none at all, as an order's.
        this.support = new SupportGate(state, progress, Waits.with(Timers.NAMED), REFUSALS,
                this::refusalsWaitForSupport);
    }

    @Override
    public ReturnState run(NewReturn input) {
        expected();
        ExpectationCheck check = RETURNS.step("Check the return against its order")
                .checkExpectation(client.clientId(), input.expectation());
        if (!check.accepted()) {
            refuse(check.refusal());
            return state;
        }
        state.lines(check.lines());
        awaitReceipt();
        if (restocksByQc()) {
            restock();
        }
        sendQcToAjio();
        if (client.b2b2c() != null) {
            bookBackFromThePartner(check.b2b2cInvoiceNumber());
        }
        List<EInvoiceLine> passed = passedLines();
        if (passed.isEmpty()) {
            complete("nothing passed QC: no credit note; FAIL and MISSING are settled offline with Ajio");
            return state;
        }
        switch (client.marketplaceReturnModel()) {
            case CREDIT_NOTE_ERP -> {
                postReturnOrderToErp(passed);
                uploadCreditNote(awaitErpCreditNote());
            }
            case CREDIT_NOTE_RMS -> uploadCreditNote(makeRmsCreditNote(check.buyerGstin(), passed));
            case RSI -> {
                // Ajio's RSI document settles it; the RSI document workflow accepts it and reports its items.
            }
        }
        complete(client.marketplaceReturnModel() == ReturnModel.RSI ? "QC at Ajio; settled by Ajio's RSI document"
                : "credit note " + state.creditNote().documentNumber() + " at Ajio");
        Workflow.await(Workflow::isEveryHandlerFinished);
        return state;
    }

    private void expected() {
        transition(ReturnStatus.EXPECTED, "Ajio expects a " + state.type() + " of order " + state.orderId(),
                WaitingFor.NONE, null);
    }

    private void refuse(String reason) {
        state.refused(reason);
        transition(ReturnStatus.REFUSED, reason, WaitingFor.NONE, null);
    }

    private void awaitReceipt() {
        waitingFor(WaitingFor.WAREHOUSE, "the return's receipt and QC");
        // a return may take weeks to come back
        waits.noDeadline("Waiting for the return's receipt and QC", warehouseReceipt::isTaken);
        state.received(warehouseReceipt.taken());
        transition(ReturnStatus.RECEIVED, "received: " + describe(warehouseReceipt.taken()), WaitingFor.AJIO,
                "QC update");
    }

    /** One item per SKU and QC result that has a pool: MISSING came back not at all. */
    private void restock() {
        List<ReturnRestock> items = new ArrayList<>();
        for (String sku : state.receipt().items().stream().map(ReceivedItem::sku).distinct().toList()) {
            for (QcResult qc : QcResult.values()) {
                int quantity = state.receipt().quantity(sku, qc);
                StockPool pool = StockPool.forReturn(qc);
                if (quantity > 0 && pool != null) {
                    items.add(new ReturnRestock(sku + ":" + qc, sku, quantity, pool));
                }
            }
        }
        if (!items.isEmpty()) {
            DATABASE.step("Restock the returned items by their QC").restockReturn(client.clientId(),
                    state.returnId(), state.orderId(), items);
        }
    }

    /** QC goes to Ajio per channel SKU; what failed or is missing goes to the report for offline settlement. */
    private void sendQcToAjio() {
        Map<String, QcItem> byChannelSkuAndQc = new LinkedHashMap<>();
        List<QcException> exceptions = new ArrayList<>();
        for (ReceivedItem item : state.receipt().items()) {
            ReturnLine line = state.line(item.sku());
            byChannelSkuAndQc.merge(line.channelSku() + "|" + item.qc(),
                    new QcItem(line.channelSku(), item.quantity(), item.qc()),
                    (a, b) -> new QcItem(a.channelSku(), a.quantity() + b.quantity(), a.qc()));
            if (item.qc() != QcResult.PASS) {
                exceptions.add(new QcException(client.clientId(), state.returnId(), state.orderId(), item.sku(),
                        line.channelSku(), item.quantity(), item.qc(), now()));
            }
        }
        List<QcItem> qc = List.copyOf(byChannelSkuAndQc.values());
        support.perform("Send the QC to Ajio", true, () -> AJIO.step("Send the QC of return " + state.returnId()
                + " to Ajio").updateQc(client.marketplaceAccount(), state.returnId(), qc, IdempotencyKeys.next()));
        if (!exceptions.isEmpty()) {
            RETURNS.step("Report QC FAIL and MISSING items").reportQcExceptions(exceptions);
        }
        state.qcSent();
        transition(ReturnStatus.QC_UPDATED, "QC at Ajio" + (exceptions.isEmpty() ? ""
                : "; " + exceptions.size() + " FAIL/MISSING line(s) reported for offline settlement"),
                WaitingFor.NONE, null);
    }

    /**
     * B2B2C (seed 002, step 6): what came back from the customer (passed or failed QC; not what is missing) is the
     * brand's again: its ERP books it back from the partner at the cost price it was invoiced at.
     */
    private void bookBackFromThePartner(String b2b2cInvoiceNumber) {
        List<CostLine> back = new ArrayList<>();
        for (ReturnLine line : state.lines()) {
            int units = state.receipt().quantity(line.sku(), QcResult.PASS)
                    + state.receipt().quantity(line.sku(), QcResult.FAIL);
            if (units > 0) {
                BigDecimal unit = client.b2b2c().costPrice().unitFor(line.sku(), line.sellingPrice())
                        .orElse(BigDecimal.ZERO);
                back.add(new CostLine(line.lineId(), line.sku(), line.channelSku(), line.hsnCode(), units, unit,
                        GstTotals.taxableValue(unit, units), line.gstRate()));
            }
        }
        if (back.isEmpty()) {
            return;
        }
        JsonNode payload = Json.mapper().valueToTree(B2b2cReturn.of(client.b2b2c(), state.orderId(), state.returnId(),
                "returned by the customer (" + state.type() + ")", b2b2cInvoiceNumber, back));
        ErpPosting posting = new ErpPosting(IdempotencyKeys.next(), PostingEventType.B2B2C_RETURN, state.orderId(),
                state.returnId(), now(), payload);
        support.perform("Post B2B2C_RETURN to the ERP", true,
                () -> ERP.step("Post B2B2C_RETURN to the ERP").post(client.clientId(), posting));
    }

    /** The credit note covers what passed QC, at the B2B price the order was invoiced at. */
    private List<EInvoiceLine> passedLines() {
        List<EInvoiceLine> lines = new ArrayList<>();
        for (ReturnLine line : state.lines()) {
            int passed = state.receipt().quantity(line.sku(), QcResult.PASS);
            if (passed > 0) {
                lines.add(new EInvoiceLine(line.lineId(), line.sku(), line.hsnCode(), passed,
                        GstTotals.taxableValue(line.unitPrice(), passed), line.gstRate()));
            }
        }
        return lines;
    }

    private void postReturnOrderToErp(List<EInvoiceLine> passed) {
        JsonNode payload = Json.mapper().valueToTree(new ReturnOrderPayload(state.returnId(), state.orderId(),
                state.type().name(), passed.stream().map(l -> new ReturnOrderPayload.Item(l.sku(),
                        state.line(l.sku()).channelSku(), l.hsnCode(), l.quantity(), l.taxableValue(), l.gstRate()))
                        .toList()));
        ErpPosting posting = new ErpPosting(IdempotencyKeys.next(), PostingEventType.RETURN_ORDER_CREATE,
                state.orderId(), state.returnId(), now(), payload);
        support.perform("Post RETURN_ORDER_CREATE to the ERP", true,
                () -> ERP.step("Post RETURN_ORDER_CREATE to the ERP").post(client.clientId(), posting));
        transition(ReturnStatus.AWAITING_CREDIT_NOTE, "posted to the ERP (RETURN_ORDER_CREATE)", WaitingFor.ERP,
                "the ERP's credit note");
    }

    /** The ERP has no deadline here; the order's report shows the return waiting. */
    private EInvoice awaitErpCreditNote() {
        waits.noDeadline("Waiting for the ERP's credit note", erpCreditNote::isTaken);
        state.creditNote(erpCreditNote.taken());
        return erpCreditNote.taken();
    }

    private EInvoice makeRmsCreditNote(String buyerGstin, List<EInvoiceLine> passed) {
        LocalDate today = WorkflowClock.todayInIndia();
        String number = DATABASE.step("Allocate the credit note number").allocateDocumentNumber(
                client.marketplaceAccount(), DocumentType.CRN, state.returnId(), today);
        EInvoiceRequest request = new EInvoiceRequest(client.marketplaceGstin(), buyerGstin, DocumentType.CRN, number,
                today, passed, GstTotals.invoiceValue(passed));
        EInvoice note = support.attempt("Make the credit note at the RMS", () -> RMS.step("Make the credit note "
                + number + " at the RMS").registerEInvoice(client.clientId(), state.returnId(), request));
        state.creditNote(note);
        return note;
    }

    /** Ajio knows the items by its channel SKUs. */
    private void uploadCreditNote(EInvoice note) {
        List<EInvoiceLine> ajioLines = note.lines().stream().map(l -> new EInvoiceLine(l.lineId(),
                state.line(l.sku()).channelSku(), l.hsnCode(), l.quantity(), l.taxableValue(), l.gstRate())).toList();
        EInvoice atAjio = new EInvoice(note.documentType(), note.documentNumber(), note.documentDate(), note.irn(),
                note.signedQrCode(), note.totalValue(), ajioLines, note.issuer());
        support.perform("Upload the credit note to Ajio", true, () -> AJIO.step("Upload credit note "
                + note.documentNumber() + " to Ajio").uploadCreditNote(client.marketplaceAccount(), state.returnId(), atAjio,
                IdempotencyKeys.next()));
        state.markCreditNoteUploaded();
    }

    private void complete(String note) {
        transition(ReturnStatus.COMPLETED, note, WaitingFor.NONE, null);
    }

    // --- updates and query -------------------------------------------------------------------------------------

    @Override
    public ReturnState state() {
        return state;
    }

    @Override
    public void validateReceive(ReturnReceipt receipt) {
        if (warehouseReceipt.repeats(receipt,
                first -> "a different receipt was already taken for return " + state.returnId())) {
            return;
        }
        if (state.status() != ReturnStatus.EXPECTED || state.lines().isEmpty()) {
            throw UpdateErrors.notAwaiting("the return is " + state.status()
                    + (state.refusal() == null ? "" : " (" + state.refusal() + ")") + ": it takes no receipt now");
        }
        UpdateErrors.refuseIfAny(ReceiptCheck.problems(state, receipt), "the receipt does not match the return");
    }

    @Override
    public ReturnState receive(ReturnReceipt receipt) {
        warehouseReceipt.take(receipt);
        return state;
    }

    @Override
    public void validateCreditNote(EInvoice creditNote) {
        if (client.marketplaceReturnModel() != ReturnModel.CREDIT_NOTE_ERP) {
            throw UpdateErrors.notAwaiting("the client settles returns by " + client.marketplaceReturnModel()
                    + ": it takes no ERP credit note");
        }
        if (erpCreditNote.repeats(creditNote, first -> "a different credit note (" + first.documentNumber()
                + ") was already received for return " + state.returnId())) {
            return;
        }
        if (state.status() != ReturnStatus.AWAITING_CREDIT_NOTE) {
            throw UpdateErrors.notAwaiting("the return is " + state.status() + ": it takes no credit note now");
        }
        UpdateErrors.refuseIfAny(CreditNoteCheck.problems(state, creditNote),
                "the credit note does not match the return");
    }

    @Override
    public ReturnState submitCreditNote(EInvoice creditNote) {
        erpCreditNote.take(creditNote);
        return state;
    }

    @Override
    public void validateSupport(SupportRequest request) {
        support.validate(request);
    }

    @Override
    public ReturnState support(SupportRequest request) {
        support.take(request);
        return state;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Asked once the receipt is taken: returns received before the change replay without the restock. */
    protected boolean restocksByQc() {
        return Changes.taken(RESTOCK_BY_QC);
    }

    /** Asked at a refusal: returns that failed on one before the change replay as they ran. */
    protected boolean refusalsWaitForSupport() {
        return Changes.taken(REFUSALS_WAIT_FOR_SUPPORT);
    }

    private void transition(ReturnStatus status, String note, WaitingFor whom, String what) {
        state.moveTo(status, now(), note);
        state.waitFor(whom, what, now());
        progress.moved(note);
    }

    private void waitingFor(WaitingFor whom, String what) {
        state.waitFor(whom, what, now());
        progress.moved(what);
    }

    private static String describe(ReturnReceipt receipt) {
        return String.join(", ", receipt.items().stream().map(i -> i.quantity() + " x " + i.sku() + " " + i.qc())
                .toList());
    }
}
