package com.vmsflow.gateway.testing;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.QcItem;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.ajio.RtoItem;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.order.FakeAjio;
import com.vmsflow.order.FakeErp;
import com.vmsflow.returns.ExpectationCheck;
import com.vmsflow.returns.NewReturn;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnActivitiesImpl;
import com.vmsflow.returns.ReturnLine;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.returns.ReturnWorkflowImpl;
import com.vmsflow.returns.RtoWorkflowImpl;
import com.vmsflow.store.ReturnRepository;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.worker.Worker;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;

/**
 * The real return and RTO workflows on the harness's worker, with VMS Flow's own records real (the returns read
 * model and the QC report in the test database) and a stand-in for the forward order (a return's order is ours unless
 * its id starts with {@value #NOT_OURS}; channel SKU = client SKU). Ajio and the ERP are the workflows module's fakes,
 * which here also record what the return flows (and the bulk orders' dispatches) asked of them.
 */
public final class ReturnStandIns {

    public static final String NOT_OURS = "NOT-OURS";

    /** Ajio's QC updates, credit note uploads and RTO requests, and the ERP's postings, in the order they came. */
    public static final List<String> CALLS = new CopyOnWriteArrayList<>();

    /** Returns whose next QC update Ajio refuses (a 4xx), once each. */
    public static final Set<String> REFUSE_QC_ONCE = ConcurrentHashMap.newKeySet();

    /** Bulk orders whose next BULK_ORDER_DISPATCH posting the ERP refuses (a 4xx), once each. */
    public static final Set<String> REFUSE_BULK_DISPATCH_ONCE = ConcurrentHashMap.newKeySet();

    private ReturnStandIns() {
    }

    /** Registers the return workflows and their records on the harness's worker; before the environment starts. */
    static void register(Worker worker, WorkflowClient client, Jdbi jdbi) {
        worker.registerWorkflowImplementationTypes(ReturnWorkflowImpl.class, RtoWorkflowImpl.class);
        worker.registerActivitiesImplementations(new Returns(client, new ReturnRepository(jdbi)));
    }

    /** How often a call was made, e.g. {@code calls("updateQc R-1")}. */
    public static long calls(String call) {
        return CALLS.stream().filter(call::equals).count();
    }

    /**
     * Starts the workflow of an Ajio return expectation of {@code quantityBySku} (line ids 1, 2...) for a client of
     * the harness, and waits until it has been checked against its order.
     */
    public static ReturnWorkflow startReturn(WorkflowClient client, String clientId, String returnId, String orderId,
                                             ReturnType type, Map<String, Integer> quantityBySku) {
        List<ReturnItem> items = new ArrayList<>();
        quantityBySku.forEach((sku, quantity) -> items.add(new ReturnItem(String.valueOf(items.size() + 1), sku,
                quantity)));
        ReturnWorkflow workflow = client.newWorkflowStub(ReturnWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(ReturnWorkflow.idFor(clientId, returnId))
                .setTaskQueue(TaskQueues.VMSFLOW)
                .build());
        WorkflowClient.start(workflow::run, new NewReturn(GatewayHarness.client(clientId).toProfile(),
                new ReturnExpectation(returnId, orderId, type, items, Instant.parse("2026-11-23T09:00:00Z"))));
        await(workflow, s -> !s.history().isEmpty() && (!s.lines().isEmpty() || s.refusal() != null),
                "checked against its order");
        return workflow;
    }

    /** Waits until the return's state satisfies the condition; answers that state. */
    public static ReturnState await(ReturnWorkflow workflow, Predicate<ReturnState> condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        ReturnState state = null;
        while (System.currentTimeMillis() < deadline) {
            state = workflow.state();
            if (state != null && condition.test(state)) {
                return state;
            }
            GatewayHarness.sleep(20);
        }
        throw new AssertionError("the return is not " + what + ": " + (state == null ? "no state" : state.status()));
    }

    /** The real records; the order stand-in answers for the forward order and its B2B figures. */
    static final class Returns extends ReturnActivitiesImpl {

        Returns(WorkflowClient workflows, ReturnRepository returns) {
            super(workflows, returns);
        }

        @Override
        public ExpectationCheck checkExpectation(String clientId, ReturnExpectation expectation) {
            if (expectation.orderId().startsWith(NOT_OURS)) {
                return new ExpectationCheck("order " + expectation.orderId() + " is not an order of " + clientId,
                        null, List.of());
            }
            return new ExpectationCheck(null, "07AAGFF2194N1Z1", expectation.items().stream()
                    .map(i -> new ReturnLine(i.lineId(), i.channelSku(), i.channelSku(), i.quantity(),
                            new BigDecimal("999.00"), new BigDecimal("12"), "6109"))
                    .toList());
        }

        @Override
        public List<RtoItem> rtoItems(String clientId, String orderId, List<ReceivedItem> items) {
            return items.stream().map(i -> new RtoItem(i.sku(), i.quantity())).toList();
        }
    }

    /** The workflows module's Ajio, which also writes the return flows' calls to {@link #CALLS}. */
    static final class Ajio extends FakeAjio {

        @Override
        public void updateQc(String clientId, String returnId, List<QcItem> items, String idempotencyKey) {
            CALLS.add("updateQc " + returnId);
            if (REFUSE_QC_ONCE.remove(returnId)) {
                throw ApplicationFailure.newNonRetryableFailure("Ajio refused the QC of " + returnId
                        + " (422 RETURN_CLOSED)", AjioActivities.REFUSED);
            }
            super.updateQc(clientId, returnId, items, idempotencyKey);
        }

        @Override
        public void uploadCreditNote(String clientId, String returnId, EInvoice creditNote, String idempotencyKey) {
            CALLS.add("uploadCreditNote " + returnId + " " + creditNote.documentNumber() + " "
                    + creditNote.lines().get(0).sku());
            super.uploadCreditNote(clientId, returnId, creditNote, idempotencyKey);
        }

        @Override
        public void requestRto(String clientId, String orderId, List<RtoItem> items, String idempotencyKey) {
            CALLS.add("requestRto " + orderId + " " + items);
            super.requestRto(clientId, orderId, items, idempotencyKey);
        }
    }

    /** The workflows module's ERP, which also writes the return flows' postings to {@link #CALLS}. */
    static final class Erp extends FakeErp {

        @Override
        public void post(String clientId, ErpPosting posting) {
            if (posting.returnId() != null) {
                CALLS.add("post " + posting.eventType() + " " + posting.returnId());
            } else if (posting.eventType() == com.vmsflow.erp.PostingEventType.BULK_ORDER_DISPATCH) {
                if (REFUSE_BULK_DISPATCH_ONCE.remove(posting.orderId())) {
                    throw ApplicationFailure.newNonRetryableFailure("the ERP refused BULK_ORDER_DISPATCH of "
                            + posting.orderId() + " (400 TEST)", com.vmsflow.erp.ErpActivities.REFUSED);
                }
                CALLS.add("post " + posting.eventType() + " " + posting.orderId());
            }
            super.post(clientId, posting);
        }
    }
}
