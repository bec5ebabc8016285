package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.ERP_CLIENT;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.ajio.QcItem;
import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.ajio.RsiItem;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnReceipt;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.returns.RtoRequest;
import com.vmsflow.returns.RtoState;
import com.vmsflow.returns.RtoWorkflow;
import com.vmsflow.rsi.NewRsiDocument;
import com.vmsflow.rsi.RsiDocumentWorkflow;
import com.vmsflow.rsi.RsiState;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Returns as seed 000 tells them, for each return model: the expectation from Ajio, the warehouse's receipt and QC,
 * QC to Ajio (FAIL and MISSING reported for offline settlement), then a credit note from the ERP or the RMS, or
 * Ajio's RSI document; and RTOs that came back without an expectation.
 */
class ReturnFlowsTest {

    private static final ClientProfile RMS_CREDIT_NOTES = new ClientProfile("demo-cn", "29AAFCC9980M1ZR",
            com.vmsflow.client.EInvoicingModel.RMS, ReturnModel.CREDIT_NOTE_RMS,
            com.vmsflow.client.PostingMode.PUSH, OrderWorld.HOLD, Duration.ofHours(24), "DC");

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld();
        world.returns.orders.put("FL-R", Map.of("AJ-TEE-M", "TEE-M", "AJ-JEANS-32", "JEANS-32"));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private ReturnExpectation expectation(String returnId, ReturnType type, int tees) {
        return new ReturnExpectation(returnId, "FL-R", type, List.of(new ReturnItem("1", "AJ-TEE-M", tees)),
                world.now());
    }

    private static ReturnReceipt receipt(ReceivedItem... items) {
        return new ReturnReceipt(List.of(items));
    }

    private ReturnState await(ReturnWorkflow r, Predicate<ReturnState> condition, String what) {
        long deadline = System.currentTimeMillis() + 15_000;
        ReturnState state = r.state();
        while (!condition.test(state)) {
            assertThat(System.currentTimeMillis()).as("waiting for %s; the return is %s", what, state.status())
                    .isLessThan(deadline);
            sleep();
            state = r.state();
        }
        return state;
    }

    @Test
    void aCustomerReturnIsCreditedByTheErpForWhatPassedQc() {
        ReturnWorkflow r = world.startReturn(ERP_CLIENT, expectation("R1", ReturnType.CUSTOMER_RETURN, 2));
        await(r, s -> s.status() == ReturnStatus.EXPECTED && !s.lines().isEmpty(), "the expectation checked");

        r.receive(receipt(new ReceivedItem("TEE-M", 1, QcResult.PASS), new ReceivedItem("TEE-M", 1, QcResult.FAIL)));

        ReturnState awaiting = await(r, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "the posting");
        assertThat(world.ajio.arguments("updateQc")).containsExactly(List.of(new QcItem("AJ-TEE-M", 1, QcResult.PASS),
                new QcItem("AJ-TEE-M", 1, QcResult.FAIL)));
        assertThat(world.returns.qcExceptions).singleElement().satisfies(q -> {
            assertThat(q.qc()).isEqualTo(QcResult.FAIL);
            assertThat(q.sku()).isEqualTo("TEE-M");
        });
        ErpPosting posting = world.erp.postings.get(0);
        assertThat(posting.eventType()).isEqualTo(PostingEventType.RETURN_ORDER_CREATE);
        assertThat(posting.returnId()).isEqualTo("R1");
        assertThat(posting.payload().get("items").get(0).get("quantity").asInt()).as("what passed QC").isEqualTo(1);
        assertThat(awaiting.waitingFor()).isEqualTo(WaitingFor.ERP);

        EInvoice tooMuch = creditNote("CN1", 2);
        Throwable refused = catchThrowable(() -> r.submitCreditNote(tooMuch));
        assertThat(UpdateErrors.Refusal.of(refused)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.VALIDATION_FAILED);
        // The upload held, so that the second note meets the return still running (an ended return's resends are
        // answered by the gateway from its record: ReturnsApiTest).
        world.ajio.holdCreditNoteUploads = new java.util.concurrent.CountDownLatch(1);
        try {
            r.submitCreditNote(creditNote("CN1", 1));
            Throwable other = catchThrowable(() -> r.submitCreditNote(creditNote("CN2", 1)));
            assertThat(UpdateErrors.Refusal.of(other)).get().extracting(UpdateErrors.Refusal::code)
                    .isEqualTo(UpdateErrors.CONFLICT);
        } finally {
            world.ajio.holdCreditNoteUploads.countDown();
        }

        ReturnState done = WorkflowStub.fromTyped(r).getResult(ReturnState.class);
        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
        EInvoice uploaded = (EInvoice) world.ajio.arguments("uploadCreditNote").get(0);
        assertThat(uploaded.documentNumber()).isEqualTo("CN1");
        assertThat(uploaded.lines()).extracting(EInvoiceLine::sku).as("Ajio's channel SKUs").containsExactly("AJ-TEE-M");
    }

    @Test
    void theSameReceiptWithItsItemsInAnotherOrderAnswersAsTheFirstTimeAndAnotherIsAConflict() {
        ReturnWorkflow r = world.startReturn(ERP_CLIENT, expectation("R10", ReturnType.CUSTOMER_RETURN, 2));
        await(r, s -> s.status() == ReturnStatus.EXPECTED && !s.lines().isEmpty(), "the expectation checked");
        r.receive(receipt(new ReceivedItem("TEE-M", 1, QcResult.PASS), new ReceivedItem("TEE-M", 1, QcResult.FAIL)));
        ReturnState awaiting = await(r, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "the posting");

        ReturnState again = r.receive(receipt(new ReceivedItem("TEE-M", 1, QcResult.FAIL),
                new ReceivedItem("TEE-M", 1, QcResult.PASS)));
        Throwable other = catchThrowable(() -> r.receive(receipt(new ReceivedItem("TEE-M", 2, QcResult.PASS))));

        assertThat(again.receipt()).isEqualTo(awaiting.receipt());
        assertThat(UpdateErrors.Refusal.of(other)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.CONFLICT);
        assertThat(world.ajio.count("updateQc")).as("QC went to Ajio once").isEqualTo(1);
    }

    @Test
    void theSameCreditNoteWithItsAmountsWrittenOtherwiseAnswersAsTheFirstTimeAndAChangedAmountIsAConflict() {
        ReturnWorkflow r = world.startReturn(ERP_CLIENT, expectation("R9", ReturnType.CUSTOMER_RETURN, 1));
        await(r, s -> s.status() == ReturnStatus.EXPECTED && !s.lines().isEmpty(), "the expectation checked");
        r.receive(receipt(new ReceivedItem("TEE-M", 1, QcResult.PASS)));
        await(r, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "the posting");
        world.ajio.holdCreditNoteUploads = new java.util.concurrent.CountDownLatch(1);
        try {
            ReturnState first = r.submitCreditNote(creditNote("CN9", "1118.60", "5", "1174.53"));
            // As an ERP in JavaScript writes it, while the return still runs (its upload held).
            ReturnState again = r.submitCreditNote(creditNote("CN9", "1118.6", "5.0", "1174.530"));
            Throwable changed = catchThrowable(() -> r.submitCreditNote(creditNote("CN9", "1118.60", "12",
                    "1252.83")));

            assertThat(again.status()).isEqualTo(first.status());
            assertThat(UpdateErrors.Refusal.of(changed)).get().extracting(UpdateErrors.Refusal::code)
                    .isEqualTo(UpdateErrors.CONFLICT);
        } finally {
            world.ajio.holdCreditNoteUploads.countDown();
        }
        ReturnState done = WorkflowStub.fromTyped(r).getResult(ReturnState.class);
        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
        assertThat(done.creditNote().lines().get(0).taxableValue()).as("the first note kept as it was")
                .isEqualTo(new BigDecimal("1118.60"));
        assertThat(world.ajio.count("uploadCreditNote")).as("uploaded once").isEqualTo(1);
    }

    @Test
    void aReturnOfAnRmsCreditNoteClientGetsAnRmsCreditNote() {
        ReturnWorkflow r = world.startReturn(RMS_CREDIT_NOTES, expectation("R2", ReturnType.CUSTOMER_RETURN, 1));
        await(r, s -> !s.lines().isEmpty(), "the expectation checked");

        r.receive(receipt(new ReceivedItem("TEE-M", 1, QcResult.PASS)));

        ReturnState done = WorkflowStub.fromTyped(r).getResult(ReturnState.class);
        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
        assertThat(world.rms.requests).singleElement().satisfies(request -> {
            assertThat(request.documentType()).isEqualTo(DocumentType.CRN);
            assertThat(request.buyerGstin()).isEqualTo("07AAGFF2194N1Z1");
            assertThat(request.lines()).singleElement().satisfies(l -> assertThat(l.taxableValue())
                    .isEqualByComparingTo("559.30"));
        });
        assertThat(done.creditNote().irn()).isEqualTo(Irn.of("29AAFCC9980M1ZR", done.creditNote().documentDate(),
                DocumentType.CRN, done.creditNote().documentNumber()));
        assertThat(world.ajio.count("uploadCreditNote")).isEqualTo(1);
        assertThat(world.erp.postings).isEmpty();
    }

    @Test
    void anRsiClientsReturnEndsWithItsQcAtAjio() {
        ReturnWorkflow r = world.startReturn(RMS_CLIENT, expectation("R3", ReturnType.CUSTOMER_RETURN, 1));
        await(r, s -> !s.lines().isEmpty(), "the expectation checked");

        r.receive(receipt(new ReceivedItem("TEE-M", 1, QcResult.PASS)));

        assertThat(WorkflowStub.fromTyped(r).getResult(ReturnState.class).status())
                .isEqualTo(ReturnStatus.COMPLETED);
        assertThat(world.ajio.count("updateQc")).isEqualTo(1);
        assertThat(world.ajio.count("uploadCreditNote")).isZero();
        assertThat(world.rms.requests).isEmpty();
    }

    @Test
    void itemsThatFailedQcOrAreMissingGoToTheReportAndGetNoCreditNote() {
        ReturnWorkflow r = world.startReturn(ERP_CLIENT, new ReturnExpectation("R4", "FL-R",
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem("1", "AJ-TEE-M", 1),
                new ReturnItem("2", "AJ-JEANS-32", 1)), world.now()));
        await(r, s -> !s.lines().isEmpty(), "the expectation checked");

        r.receive(receipt(new ReceivedItem("TEE-M", 1, QcResult.FAIL), new ReceivedItem("JEANS-32", 1,
                QcResult.MISSING)));

        assertThat(WorkflowStub.fromTyped(r).getResult(ReturnState.class).status())
                .isEqualTo(ReturnStatus.COMPLETED);
        assertThat(world.returns.qcExceptions).extracting(q -> q.sku() + ":" + q.qc())
                .containsExactly("TEE-M:FAIL", "JEANS-32:MISSING");
        assertThat(world.erp.postings).as("nothing to credit").isEmpty();
    }

    @Test
    void aReturnForAnOrderThatIsNotOursIsRecordedAndRefused() {
        ReturnWorkflow r = world.startReturn(ERP_CLIENT, new ReturnExpectation("R5", "FL-NOT-OURS",
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem("1", "AJ-TEE-M", 1)), world.now()));

        ReturnState refused = WorkflowStub.fromTyped(r).getResult(ReturnState.class);

        assertThat(refused.status()).isEqualTo(ReturnStatus.REFUSED);
        assertThat(refused.refusal()).contains("FL-NOT-OURS", "not an order of demo-erp");
        assertThat(world.returns.records).last().satisfies(rec -> assertThat(rec.status())
                .isEqualTo(ReturnStatus.REFUSED));
    }

    @Test
    void anRtoWithoutExpectationAsksAjioAgainUntilTheExpectationComesThenContinuesWithItsReceipt() {
        RtoWorkflow rto = signalWithStartRto("FL-R", receipt(new ReceivedItem("TEE-M", 2, QcResult.PASS)));
        awaitRto(rto, s -> s.timesAsked() == 1, "the first request");
        assertThat(world.ajio.arguments("requestRto")).containsExactly(List.of(new com.vmsflow.ajio.RtoItem(
                "AJ-TEE-M", 2)));

        world.pass(Duration.ofMinutes(31));
        awaitRto(rto, s -> s.timesAsked() == 2, "asking again");

        ReturnWorkflow r = world.startReturn(RMS_CLIENT, expectation("R-RTO1", ReturnType.RTO, 2));
        await(r, s -> !s.lines().isEmpty(), "the RTO expectation checked");
        rto.expectationArrived("R-RTO1");

        assertThat(WorkflowStub.fromTyped(rto).getResult(RtoState.class).delivered()).isTrue();
        ReturnState done = WorkflowStub.fromTyped(r).getResult(ReturnState.class);
        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
        assertThat(done.receipt().items()).singleElement().satisfies(i -> assertThat(i.quantity()).isEqualTo(2));
    }

    @Test
    void anRtoWhoseExpectationArrivedBeforeTheReceiptGoesStraightToIt() {
        ReturnWorkflow r = world.startReturn(RMS_CLIENT, expectation("R-RTO2", ReturnType.RTO, 1));
        await(r, s -> !s.lines().isEmpty(), "the RTO expectation checked");

        RtoWorkflow rto = signalWithStartRto("FL-R", receipt(new ReceivedItem("TEE-M", 1, QcResult.PASS)));

        RtoState done = WorkflowStub.fromTyped(rto).getResult(RtoState.class);
        assertThat(done.returnId()).isEqualTo("R-RTO2");
        assertThat(done.timesAsked()).as("Ajio was not asked").isZero();
        assertThat(world.ajio.count("requestRto")).isZero();
        assertThat(WorkflowStub.fromTyped(r).getResult(ReturnState.class).status())
                .isEqualTo(ReturnStatus.COMPLETED);
    }

    @Test
    void anRsiDocumentIsAcceptedEvenWithItemsNotReceivedYet() {
        world.rsi.knownReturns.addAll(List.of("R10", "R11"));
        world.rsi.receivedReturns.add("R10");
        RsiDocument document = new RsiDocument("RSI-1", world.now(), List.of(
                new RsiItem("R10", "FL-R", "AJ-TEE-M", 1, new BigDecimal("559.30")),
                new RsiItem("R11", "FL-R", "AJ-JEANS-32", 1, new BigDecimal("1399.30"))));

        RsiState accepted = startRsi(document).run(new NewRsiDocument("demo-rms", document));

        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.recorded().notYetReceived()).isEqualTo(1);
        assertThat(accepted.recorded().linkedToReturns()).isEqualTo(2);
        assertThat(world.rsi.accepted).containsExactly("RSI-1");
    }

    @Test
    void anRsiAcceptanceThatAjioThrottlesIsRetriedUntilAccepted() {
        world.ajio.throttleRsi.set(3);
        RsiDocument document = new RsiDocument("RSI-2", world.now(), List.of(
                new RsiItem("R12", "FL-R", "AJ-TEE-M", 1, new BigDecimal("559.30"))));

        RsiState accepted = startRsi(document).run(new NewRsiDocument("demo-rms", document));

        assertThat(accepted.accepted()).isTrue();
        assertThat(world.ajio.count("acceptRsiDocument")).as("three 429s, then accepted").isEqualTo(4);
    }

    private RsiDocumentWorkflow startRsi(RsiDocument document) {
        world.track(RsiDocumentWorkflow.idFor("demo-rms", document.documentId()));
        return world.client.newWorkflowStub(RsiDocumentWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW)
                .setWorkflowId(RsiDocumentWorkflow.idFor("demo-rms", document.documentId())).build());
    }

    private RtoWorkflow signalWithStartRto(String orderId, ReturnReceipt receipt) {
        RtoWorkflow rto = world.client.newWorkflowStub(RtoWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(RtoWorkflow.idFor("demo-rms", orderId)).build());
        BatchRequest batch = world.client.newSignalWithStartRequest();
        batch.add(rto::run, new RtoRequest("demo-rms", orderId, Duration.ofMinutes(30)));
        batch.add(rto::receiptArrived, receipt);
        world.client.signalWithStart(batch);
        world.track(RtoWorkflow.idFor("demo-rms", orderId));
        return world.client.newWorkflowStub(RtoWorkflow.class, RtoWorkflow.idFor("demo-rms", orderId));
    }

    private RtoState awaitRto(RtoWorkflow rto, Predicate<RtoState> condition, String what) {
        long deadline = System.currentTimeMillis() + 15_000;
        RtoState state = rto.state();
        while (!condition.test(state)) {
            assertThat(System.currentTimeMillis()).as("waiting for %s", what).isLessThan(deadline);
            sleep();
            state = rto.state();
        }
        return state;
    }

    private static EInvoice creditNote(String number, String taxableValue, String gstRate, String total) {
        LocalDate date = LocalDate.of(2026, 11, 23);
        return new EInvoice(DocumentType.CRN, number, date, Irn.of("27AAPFU0939F1ZV", date, DocumentType.CRN,
                number), "h.p.s", new BigDecimal(total), List.of(new EInvoiceLine(null, "TEE-M", "6109", 1,
                new BigDecimal(taxableValue), new BigDecimal(gstRate))), "ERP");
    }

    private static EInvoice creditNote(String number, int quantity) {
        LocalDate date = LocalDate.of(2026, 11, 23);
        return new EInvoice(DocumentType.CRN, number, date, Irn.of("27AAPFU0939F1ZV", date, DocumentType.CRN,
                number), "h.p.s", new BigDecimal("587.27"), List.of(new EInvoiceLine(null, "TEE-M", "6109", quantity,
                new BigDecimal("559.30"), new BigDecimal("5"))), "ERP");
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
