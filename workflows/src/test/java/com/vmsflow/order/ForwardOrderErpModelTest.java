package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.ERP_CLIENT;
import static com.vmsflow.order.OrderWorld.HOLD;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.SupportAction;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.order.cancellation.CancellationSource;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowStub;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forward orders of a Model 1 client (e-invoicing through the client's ERP), as seed 000 tells them: the B2B order
 * is posted to the ERP, its e-invoice comes back on the API, it is uploaded to Ajio at packing, and the ERP hears
 * of completion and of every cancellation after posting.
 */
class ForwardOrderErpModelTest {

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld().withTeesAndJeans(10);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private ForwardOrderWorkflow postedOrder(String orderId) {
        world.ajio.create(orderId, world.now(), "AJ-TEE-M", 2, "799.00", "AJ-JEANS-32", 1, "1999.00");
        ForwardOrderWorkflow order = world.start(ERP_CLIENT, world.ajio.orders.get(orderId).view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        world.pass(HOLD);
        // Posted counts from the moment the posting is sent; waiting for the ERP, from when it was delivered.
        world.await(order, s -> s.postedToErp() && s.waitingFor() == WaitingFor.ERP,
                "the posting delivered to the ERP");
        return order;
    }

    @Test
    void anOrderIsPostedToTheErpInvoicedByItAndCompletedWithTheErpTold() {
        ForwardOrderWorkflow order = postedOrder("FE1");
        ErpPosting create = world.erp.postings.get(0);
        assertThat(create.eventType()).isEqualTo(PostingEventType.OUTWARD_ORDER_CREATE);
        assertThat(create.payload().get("poNumber").asText()).isEqualTo("PO-FE1");
        assertThat(create.payload().get("lines")).hasSize(2);
        assertThat(create.payload().get("lines").get(0).get("sku").asText()).isEqualTo("TEE-M");
        OrderState waiting = order.state();
        assertThat(waiting.status()).as("not released before the ERP's invoice").isEqualTo(OrderStatus.FULFILLABLE);
        assertThat(waiting.waitingFor()).isEqualTo(WaitingFor.ERP);

        EInvoice invoice = CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, waiting);
        OrderState invoiced = order.submitB2bInvoice(invoice);
        assertThat(invoiced.erpInvoiceReceived()).isTrue();
        assertThat(order.submitB2bInvoice(invoice).erpInvoiceReceived()).as("the same invoice again").isTrue();
        world.awaitStatus(order, OrderStatus.PROCESSING);

        order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0), new PackLine("JEANS-32", 1, 0, 0))));
        world.awaitStatus(order, OrderStatus.PACKED);
        EInvoice uploaded = (EInvoice) world.ajio.arguments("uploadB2bInvoice").get(0);
        assertThat(uploaded.irn()).isEqualTo(invoice.irn());
        assertThat(uploaded.lines()).extracting(EInvoiceLine::lineId).containsExactly("1", "2");
        assertThat(world.rms.requests).as("Model 1 never asks the RMS").isEmpty();

        order.handedOver(new HandedOver("H1", "MF-1", "Delhivery", world.now()));
        assertThat(world.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(world.erp.eventTypes("FE1")).containsExactly(PostingEventType.OUTWARD_ORDER_CREATE,
                PostingEventType.OUTWARD_ORDER_COMPLETE);
        assertThat(world.erp.postings).extracting(ErpPosting::messageId).doesNotHaveDuplicates();
    }

    @Test
    void aDifferentInvoiceForAnInvoicedOrderIsAConflictAndChangesNothing() {
        ForwardOrderWorkflow order = postedOrder("FE2");
        EInvoice first = CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, order.state());
        order.submitB2bInvoice(first);
        EInvoice second = new EInvoice(first.documentType(), "EI-OTHER", first.documentDate(), first.irn(),
                first.signedQrCode(), first.totalValue(), first.lines(), "ERP");

        Throwable refused = catchThrowable(() -> order.submitB2bInvoice(second));

        assertThat(UpdateErrors.Refusal.of(refused)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.CONFLICT);
        assertThat(order.state().invoice().documentNumber()).isEqualTo(first.documentNumber());
    }

    /** The ERP's invoice of FE8/FE9's two lines, amounts written as given. */
    private static EInvoice invoiceWritten(OrderState order, String teeValue, String teeRate, String jeansValue,
                                           String jeansRate, String total, boolean jeansFirst) {
        EInvoice base = CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, order);
        EInvoiceLine tees = new EInvoiceLine(null, "TEE-M", null, 2, new BigDecimal(teeValue),
                new BigDecimal(teeRate));
        EInvoiceLine jeans = new EInvoiceLine(null, "JEANS-32", null, 1, new BigDecimal(jeansValue),
                new BigDecimal(jeansRate));
        return new EInvoice(base.documentType(), base.documentNumber(), base.documentDate(), base.irn(),
                base.signedQrCode(), new BigDecimal(total), jeansFirst ? List.of(jeans, tees) : List.of(tees, jeans),
                "ERP");
    }

    @Test
    void theSameInvoiceWithItsAmountsWrittenOtherwiseAnswersAsTheFirstTimeAndAChangedAmountIsAConflict() {
        ForwardOrderWorkflow order = postedOrder("FE8");
        EInvoice first = invoiceWritten(order.state(), "1118.60", "5", "1999.00", "12", "3413.37", false);
        OrderState answered = order.submitB2bInvoice(first);
        EInvoice taken = order.state().invoice();

        // As an ERP in JavaScript writes it: 1118.6, 5.0, 1999, 12.00; and its lines in another order.
        EInvoice again = invoiceWritten(order.state(), "1118.6", "5.0", "1999", "12.00", "3413.370", true);
        OrderState answeredAgain = order.submitB2bInvoice(again);
        Throwable changed = catchThrowable(() -> order.submitB2bInvoice(
                invoiceWritten(order.state(), "1118.61", "5", "1999.00", "12", "3413.37", false)));

        assertThat(answeredAgain.erpInvoiceReceived()).isEqualTo(answered.erpInvoiceReceived()).isTrue();
        assertThat(order.state().invoice()).as("the first invoice kept as it was").isEqualTo(taken);
        assertThat(UpdateErrors.Refusal.of(changed)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.CONFLICT);
        assertThat(order.state().invoice()).isEqualTo(taken);
    }

    @Test
    void theSamePackResultWithItsLinesInAnotherOrderAnswersAsTheFirstTimeAndAnotherIsAConflict() {
        ForwardOrderWorkflow order = postedOrder("FE9");
        order.submitB2bInvoice(CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, order.state()));
        world.awaitStatus(order, OrderStatus.PROCESSING);
        order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0), new PackLine("JEANS-32", 1, 0, 0))));
        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);

        OrderState again = order.pack(new PackResult(List.of(new PackLine("JEANS-32", 1, 0, 0),
                new PackLine("TEE-M", 2, 0, 0))));
        Throwable other = catchThrowable(() -> order.pack(new PackResult(List.of(new PackLine("TEE-M", 1, 0, 1),
                new PackLine("JEANS-32", 1, 0, 0)))));

        assertThat(again.packResult()).isEqualTo(packed.packResult());
        assertThat(UpdateErrors.Refusal.of(other)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.CONFLICT);
        assertThat(order.state().packResult()).isEqualTo(packed.packResult());
        assertThat(world.ajio.count("uploadB2bInvoice")).as("uploaded once").isEqualTo(1);
    }

    @Test
    void anInvoiceAboveTheB2bQuantityIsRefusedFieldByField() {
        ForwardOrderWorkflow order = postedOrder("FE3");
        EInvoice good = CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, order.state());
        EInvoiceLine tooMany = good.lines().get(0);
        EInvoice bad = new EInvoice(good.documentType(), good.documentNumber(), good.documentDate(), good.irn(),
                good.signedQrCode(), good.totalValue(), List.of(new EInvoiceLine(null, tooMany.sku(), null, 3,
                tooMany.taxableValue(), tooMany.gstRate())), "ERP");

        Throwable refused = catchThrowable(() -> order.submitB2bInvoice(bad));

        assertThat(UpdateErrors.Refusal.of(refused)).get().satisfies(r -> {
            assertThat(r.code()).isEqualTo(UpdateErrors.VALIDATION_FAILED);
            assertThat(r.details()).containsKey("lines[0].quantity");
        });
        assertThat(order.state().erpInvoiceReceived()).isFalse();
    }

    @Test
    void anRmsModelOrderTakesNoErpInvoice() {
        world.ajio.create("FE4", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FE4").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        EInvoice invoice = new EInvoice(DocumentType.INV, "EI1", LocalDate.of(2026, 11, 23),
                Irn.of(ERP_CLIENT.supplierGstin(), LocalDate.of(2026, 11, 23), DocumentType.INV, "EI1"), "h.p.s",
                new BigDecimal("839.00"), List.of(new EInvoiceLine(null, "TEE-M", "6109", 1,
                new BigDecimal("799.00"), new BigDecimal("5"))), "ERP");

        Throwable refused = catchThrowable(() -> order.submitB2bInvoice(invoice));

        assertThat(UpdateErrors.Refusal.of(refused)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.NOT_AWAITING);
    }

    @Test
    void anItemNotFoundAtPackingCancelsTheWholeOrderAndTellsTheErp() {
        ForwardOrderWorkflow order = postedOrder("FE5");
        order.submitB2bInvoice(CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, order.state()));
        world.awaitStatus(order, OrderStatus.PROCESSING);

        order.pack(new PackResult(List.of(new PackLine("TEE-M", 1, 1, 0), new PackLine("JEANS-32", 1, 0, 0))));

        OrderState done = world.result(order);
        assertThat(done.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.ajio.arguments("cancelQuantities")).containsExactly(
                List.of(new LineQuantity("1", 2), new LineQuantity("2", 1)));
        assertThat(world.ajio.count("uploadB2bInvoice")).isZero();
        assertThat(world.erp.eventTypes("FE5")).containsExactly(PostingEventType.OUTWARD_ORDER_CREATE,
                PostingEventType.OUTWARD_ORDER_CANCEL);
        assertThat(world.erp.report).singleElement().satisfies(row -> {
            assertThat(row.orderId()).isEqualTo("FE5");
            assertThat(row.invoiceReceived()).isTrue();
            assertThat(row.full()).isTrue();
        });
        assertThat(world.database.reserved("FE5", "TEE-M")).isZero();
    }

    @Test
    void quantitiesTheErpDidNotInvoiceAreCancelledAtAjioAtPacking() {
        ForwardOrderWorkflow order = postedOrder("FE6");
        EInvoice full = CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, order.state());
        EInvoice onlyTees = new EInvoice(full.documentType(), full.documentNumber(), full.documentDate(),
                full.irn(), full.signedQrCode(), full.totalValue(), List.of(full.lines().get(0)), "ERP");
        order.submitB2bInvoice(onlyTees);
        world.awaitStatus(order, OrderStatus.PROCESSING);

        order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0), new PackLine("JEANS-32", 1, 0, 0))));

        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);
        assertThat(world.ajio.arguments("cancelQuantities")).containsExactly(List.of(new LineQuantity("2", 1)));
        assertThat(packed.line("2").open()).isZero();
        assertThat(world.erp.eventTypes("FE6")).contains(PostingEventType.OUTWARD_ORDER_CANCEL);
    }

    @Test
    void anErpThatStaysSilentPastTheDeadlineLeavesTheOrderWaitingButOverdue() {
        ForwardOrderWorkflow order = postedOrder("FE7");

        world.pass(Duration.ofHours(25));

        OrderState overdue = world.await(order, OrderState::overdue, "the overdue flag");
        assertThat(overdue.status()).isEqualTo(OrderStatus.FULFILLABLE);
        assertThat(overdue.waitingFor()).isEqualTo(WaitingFor.ERP);
        assertThat(world.database.records.get(world.database.records.size() - 1).overdue()).isTrue();

        order.submitB2bInvoice(CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, overdue));
        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(processing.overdue()).isFalse();
    }

    /**
     * Seed 001: a partial Ajio business cancellation after ERP posting is flagged; packing then fails and support
     * cancels the order in full. The ERP's e-invoice arriving meanwhile moves the order on to PROCESSING, but not out
     * of support's sight: while the flag stands the order waits for SUPPORT, in its state, its search attribute and
     * its read-model row (what support's queue reads), and says why.
     */
    @Test
    void aFlaggedOrderStaysWithSupportWhenTheErpInvoiceComesUntilSupportCancelsItInFull() {
        ForwardOrderWorkflow order = postedOrder("FE-FLAG");
        world.ajio.businessCancels("FE-FLAG", "1", 1);
        order.ajioCancellation(new AjioCancellation("ev-FE-FLAG", "FE-FLAG", CancellationSource.AJIO_BUSINESS,
                false, List.of(new LineQuantity("1", 1)), "SLA breach", world.now()));
        OrderState flagged = world.await(order, s -> s.flag() != null, "the flag");
        assertThat(flagged.waitingFor()).isEqualTo(WaitingFor.SUPPORT);

        order.submitB2bInvoice(CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, flagged));

        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(processing.erpInvoiceReceived()).isTrue();
        assertThat(processing.flag()).contains("cancel this order in both Ajio and the OMS");
        assertThat(processing.waitingFor()).as("still in support's queue").isEqualTo(WaitingFor.SUPPORT);
        assertThat(processing.waitingForWhat()).contains("cancel this order in both Ajio and the OMS");
        assertThat(processing.problem()).contains("cancel this order in both Ajio and the OMS");
        world.awaitThat(() -> lastRecord("FE-FLAG").status() == OrderStatus.PROCESSING,
                () -> "the read model at PROCESSING");
        assertThat(lastRecord("FE-FLAG").waitingFor()).as("the read model support's queue reads")
                .isEqualTo(WaitingFor.SUPPORT);
        assertThat(lastRecord("FE-FLAG").flag()).isEqualTo(processing.flag());
        WorkflowStub stub = WorkflowStub.fromTyped(order);
        assertThat(stub.describe().getTypedSearchAttributes().get(VmsSearchAttributes.WAITING_FOR))
                .isEqualTo(WaitingFor.SUPPORT.name());
        assertThat(stub.query("__temporal_workflow_metadata", WorkflowMetadata.class).getCurrentDetails())
                .contains("Waiting for **SUPPORT**").contains("cancel this order in both Ajio and the OMS");

        Throwable pack = catchThrowable(() -> order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0),
                new PackLine("JEANS-32", 1, 0, 0)))));
        assertThat(UpdateErrors.Refusal.of(pack)).get().satisfies(r ->
                assertThat(r.message()).contains("packing stopped").contains("cancel this order in both Ajio"));

        OrderState cancelled = order.cancel(new CancellationRequest(CancellationKind.FULL, List.of(),
                "cancelled in Ajio and the OMS as the SOP says", "SUPPORT"));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.flag()).as("support's full cancellation clears the flag").isNull();
        assertThat(cancelled.waitingFor()).isEqualTo(WaitingFor.NONE);
        assertThat(world.result(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.erp.eventTypes("FE-FLAG")).containsExactly(PostingEventType.OUTWARD_ORDER_CREATE,
                PostingEventType.OUTWARD_ORDER_CANCEL);
        assertThat(world.erp.report).singleElement().satisfies(row -> {
            assertThat(row.invoiceReceived()).isTrue();
            assertThat(row.full()).isTrue();
        });
    }

    /**
     * Support retrying a refused step puts the order back to the wait it had before the refusal; a flag raised while
     * support looked keeps it waiting for support instead, through the retried posting and the ERP's invoice.
     */
    @Test
    void aFlagRaisedWhileSupportLooksAtARefusedErpPostingOutlastsSupportsRetry() {
        world.erp.refuseNext.add(PostingEventType.OUTWARD_ORDER_CREATE);
        world.ajio.create("FE-FLAG2", world.now(), "AJ-TEE-M", 2, "799.00", "AJ-JEANS-32", 1, "1999.00");
        ForwardOrderWorkflow order = world.start(ERP_CLIENT, world.ajio.orders.get("FE-FLAG2").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        world.pass(HOLD);
        world.await(order, s -> s.stuckStep() != null, "the refused ERP posting");
        world.ajio.businessCancels("FE-FLAG2", "1", 1);
        order.ajioCancellation(new AjioCancellation("ev-FE-FLAG2", "FE-FLAG2", CancellationSource.AJIO_BUSINESS,
                false, List.of(new LineQuantity("1", 1)), "tech issue", world.now()));
        world.await(order, s -> s.flag() != null, "the flag");

        order.support(new SupportRequest(SupportAction.RETRY, "support-anita", "ERP fixed"));

        // The stuck step clears as the retry begins: the posting is done once the ERP has it.
        world.awaitThat(() -> !world.erp.eventTypes("FE-FLAG2").isEmpty(), () -> "the posting retried");
        OrderState posted = world.await(order, s -> s.stuckStep() == null, "the posting retried");
        assertThat(world.erp.eventTypes("FE-FLAG2")).containsExactly(PostingEventType.OUTWARD_ORDER_CREATE);
        assertThat(posted.waitingFor()).as("the flag's wait, not the ERP's").isEqualTo(WaitingFor.SUPPORT);
        assertThat(posted.problem()).isEqualTo("cancel this order in both Ajio and the OMS (tech issue)");
        assertThat(lastRecord("FE-FLAG2").waitingFor()).isEqualTo(WaitingFor.SUPPORT);
        order.submitB2bInvoice(CancellationTableWorkflowTest.erpInvoice(ERP_CLIENT, posted));
        assertThat(world.awaitStatus(order, OrderStatus.PROCESSING).waitingFor()).isEqualTo(WaitingFor.SUPPORT);

        order.cancel(new CancellationRequest(CancellationKind.FULL, List.of(), "SOP", "SUPPORT"));
        assertThat(world.result(order).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    private OrderRecord lastRecord(String orderId) {
        List<OrderRecord> mine = world.database.records.stream().filter(r -> r.orderId().equals(orderId)).toList();
        return mine.get(mine.size() - 1);
    }
}
