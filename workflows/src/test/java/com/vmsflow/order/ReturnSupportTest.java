package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.ERP_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.SupportAction;
import com.vmsflow.flow.SupportRecord;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnReceipt;
import com.vmsflow.returns.ReturnRecord;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnWorkflow;
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
 * A return an outside system refuses waits for support as an order does (README, "Support"): Ajio refusing its QC,
 * the ERP its return order, the RMS its credit note put it in {@code WaitingFor = SUPPORT} with the reason, and support
 * retries the step or, for one done by hand, skips it; each action is in the return's trail.
 */
class ReturnSupportTest {

    private static final ClientProfile RMS_CREDIT_NOTES = new ClientProfile("demo-cn", "29AAFCC9980M1ZR",
            EInvoicingModel.RMS, ReturnModel.CREDIT_NOTE_RMS, PostingMode.PUSH, OrderWorld.HOLD, Duration.ofHours(24),
            "DC");

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld();
        world.returns.orders.put("FL-R", Map.of("AJ-TEE-M", "TEE-M"));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** A return of one tee, checked against its order and received: it passed QC. */
    private ReturnWorkflow received(ClientProfile client, String returnId) {
        ReturnWorkflow r = world.startReturn(client, new ReturnExpectation(returnId, "FL-R",
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem("1", "AJ-TEE-M", 1)), world.now()));
        await(r, s -> !s.lines().isEmpty(), "the expectation checked");
        r.receive(new ReturnReceipt(List.of(new ReceivedItem("TEE-M", 1, QcResult.PASS))));
        return r;
    }

    @Test
    void aQcUpdateAjioRefusesWaitsForSupportWhoRetriesItOnceAjioIsFixed() {
        world.ajio.refuseNext.add("updateQc");
        ReturnWorkflow r = received(ERP_CLIENT, "R-QC-RETRY");

        ReturnState stuck = await(r, s -> s.stuckStep() != null, "the refused QC update");
        assertThat(stuck.status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(stuck.waitingFor()).isEqualTo(WaitingFor.SUPPORT);
        assertThat(stuck.stuckStep()).isEqualTo("Send the QC to Ajio");
        assertThat(stuck.problem()).contains("Send the QC to Ajio", "Ajio refused updateQc (422 TEST)");
        assertThat(stuck.qcSentToAjio()).isFalse();
        assertThat(world.returns.records).last().extracting(ReturnRecord::waitingFor).isEqualTo(WaitingFor.SUPPORT);

        r.support(new SupportRequest(SupportAction.RETRY, "support-ravi", "Ajio re-enabled the return"));

        ReturnState awaiting = await(r, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "the posting");
        assertThat(world.ajio.count("updateQc")).as("asked again").isEqualTo(2);
        assertThat(awaiting.waitingFor()).isEqualTo(WaitingFor.ERP);
        assertThat(awaiting.problem()).isNull();
        assertThat(awaiting.stuckStep()).isNull();
        assertThat(awaiting.supportActions()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(SupportAction.RETRY);
            assertThat(a.step()).isEqualTo("Send the QC to Ajio");
            assertThat(a.requestedBy()).isEqualTo("support-ravi");
        });

        r.submitCreditNote(creditNote("CN-QC-1"));
        ReturnState done = WorkflowStub.fromTyped(r).getResult(ReturnState.class);
        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
    }

    @Test
    void aReturnOrderTheErpRefusesIsSkippedWhenSupportHandedItToTheErpByHand() {
        world.erp.refuseNext.add(PostingEventType.RETURN_ORDER_CREATE);
        ReturnWorkflow r = received(ERP_CLIENT, "R-ERP-SKIP");

        ReturnState stuck = await(r, s -> s.stuckStep() != null, "the refused posting");
        assertThat(stuck.status()).as("QC is at Ajio").isEqualTo(ReturnStatus.QC_UPDATED);
        assertThat(stuck.problem()).contains("Post RETURN_ORDER_CREATE to the ERP",
                "the ERP refused RETURN_ORDER_CREATE");
        assertThat(stuck.stuckStepSkippable()).isTrue();

        r.support(new SupportRequest(SupportAction.SKIP, "support-anita", "entered in the ERP by hand"));

        ReturnState awaiting = await(r, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "the ERP's note");
        assertThat(world.erp.postings).as("not posted again").isEmpty();
        assertThat(awaiting.waitingFor()).isEqualTo(WaitingFor.ERP);
        assertThat(awaiting.supportActions()).extracting(SupportRecord::action).containsExactly(SupportAction.SKIP);

        r.submitCreditNote(creditNote("CN-ERP-1"));
        assertThat(WorkflowStub.fromTyped(r).getResult(ReturnState.class).status())
                .isEqualTo(ReturnStatus.COMPLETED);
    }

    @Test
    void aCreditNoteTheRmsRefusesCannotBeSkippedAndIsMadeWhenSupportRetries() {
        world.rms.refuse.set(1);
        ReturnWorkflow r = received(RMS_CREDIT_NOTES, "R-RMS-RETRY");

        ReturnState stuck = await(r, s -> s.stuckStep() != null, "the refused credit note");
        assertThat(stuck.problem()).contains("Make the credit note at the RMS", "buyer GSTIN inactive");
        Throwable skip = catchThrowable(() -> r.support(new SupportRequest(SupportAction.SKIP, "s", "by hand")));
        assertThat(UpdateErrors.Refusal.of(skip)).get().satisfies(refusal -> {
            assertThat(refusal.code()).isEqualTo(UpdateErrors.NOT_AWAITING);
            assertThat(refusal.message()).contains("cannot be skipped: the return needs its result");
        });
        assertThat(r.state().supportActions()).as("a refused action leaves no trace").isEmpty();

        r.support(new SupportRequest(SupportAction.RETRY, "support-ravi", "GSTIN reactivated"));

        ReturnState done = WorkflowStub.fromTyped(r).getResult(ReturnState.class);
        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
        assertThat(done.creditNote().issuer()).isEqualTo("RMS");
        assertThat(world.ajio.count("uploadCreditNote")).isEqualTo(1);
    }

    @Test
    void supportRefusesToActOnAReturnThatWaitsForNothingItCanFix() {
        ReturnWorkflow r = world.startReturn(ERP_CLIENT, new ReturnExpectation("R-NOTHING", "FL-R",
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem("1", "AJ-TEE-M", 1)), world.now()));
        await(r, s -> !s.lines().isEmpty(), "the expectation checked");

        Throwable retry = catchThrowable(() -> r.support(new SupportRequest(SupportAction.RETRY, "s", "?")));
        Throwable none = catchThrowable(() -> r.support(new SupportRequest(null, "s", "?")));

        assertThat(UpdateErrors.Refusal.of(retry)).get().satisfies(refusal -> {
            assertThat(refusal.code()).isEqualTo(UpdateErrors.NOT_AWAITING);
            assertThat(refusal.message()).isEqualTo("the return is EXPECTED and waits for WAREHOUSE: nothing for"
                    + " support to retry");
        });
        assertThat(UpdateErrors.Refusal.of(none)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.VALIDATION_FAILED);
    }

    private ReturnState await(ReturnWorkflow r, Predicate<ReturnState> condition, String what) {
        ReturnState[] state = new ReturnState[1];
        world.awaitThat(() -> condition.test(state[0] = r.state()),
                () -> "waiting for " + what + "; the return is " + state[0].status());
        return state[0];
    }

    private static EInvoice creditNote(String number) {
        LocalDate date = LocalDate.of(2026, 11, 23);
        return new EInvoice(DocumentType.CRN, number, date, Irn.of("27AAPFU0939F1ZV", date, DocumentType.CRN,
                number), "h.p.s", new BigDecimal("587.27"), List.of(new EInvoiceLine(null, "TEE-M", "6109", 1,
                new BigDecimal("559.30"), new BigDecimal("5"))), "ERP");
    }
}
