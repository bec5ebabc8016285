package com.vmsflow.bulk;

import static com.vmsflow.bulk.BulkOrderActivities.BULK;
import static com.vmsflow.erp.ErpActivities.ERP;
import static com.vmsflow.flow.WorkflowClock.now;

import com.vmsflow.client.ClientProfile;
import com.vmsflow.erp.ErpActivities;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.IdempotencyKeys;
import com.vmsflow.flow.Progress;
import com.vmsflow.flow.Progress.Publishing;
import com.vmsflow.flow.SupportGate;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.flow.Waits;
import com.vmsflow.flow.Waits.Timers;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.json.Json;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A bulk B2B outward order (seed 004: "How to allocate Inventory to a Bulk order", "Why bulk order ... remains
 * Unfulfillable", "How could I de-allocate items from a bulk Order"). It is CREATED and allocates nothing by itself:
 * stock is allocated when the seller or support asks, from the pool its QC status names at its location, all of it
 * at once for BLOCK_COMPLETE, what there is for PARTIAL. The warehouse packs what is allocated; the seller may
 * complete it, which releases what is not packed; once packed it is dispatched and posted to the ERP, once.
 *
 * <p>Every request is taken on the story's thread, in the order it came, so each step runs once, between waits.
 */
public class BulkOrderWorkflowImpl implements BulkOrderWorkflow {

    private final ClientProfile client;
    private final BulkOrderState state;
    private final Progress<Void> progress;
    private final Waits waits;
    private final SupportGate support;
    /** The requests taken, oldest first, each waiting for the story to take it. */
    private final List<Request> requests = new ArrayList<>();

    @WorkflowInit
    public BulkOrderWorkflowImpl(NewBulkOrder input) {
        this.client = input.client();
        this.state = BulkOrderState.of(input, now());
        BulkOrderActivities readModel = BULK.readModelWriter();
        this.progress = Progress.<Void>describedBy(() -> BulkOrderDetails.markdown(state))
                .status(VmsSearchAttributes.ORDER_STATUS, () -> state.status().name())
                .waiting(state)
                .readModel(change -> readModel.recordBulkOrder(state))
                .publishing(Publishing.ONCE_PER_WAIT);
        this.waits = Waits.with(Timers.NAMED).beforeEachWait(progress::publishNow);
        this.support = new SupportGate(state, progress, waits, List.of(ErpActivities.REFUSED), () -> true);
    }

    @Override
    public BulkOrderState run(NewBulkOrder input) {
        created();
        // Allocate, pack and complete come as the seller, support and the warehouse ask, until it is dispatched.
        while (state.status() != BulkOrderStatus.DISPATCHED && state.status() != BulkOrderStatus.COMPLETED) {
            waits.noDeadline(waitSummary(), () -> !requests.isEmpty());
            take(requests.remove(0));
        }
        if (state.status() == BulkOrderStatus.DISPATCHED) {
            postDispatchToErp();
            transition(BulkOrderStatus.COMPLETED, "dispatched and posted to the ERP", WaitingFor.NONE, null);
        }
        requests.forEach(r -> r.refuse(UpdateErrors.notAwaiting("bulk order " + state.bulkOrderId() + " is "
                + state.status() + " and takes no more input")));
        requests.clear();
        progress.publishNow();
        Workflow.await(Workflow::isEveryHandlerFinished);
        return state;
    }

    // --- the story, step by step -------------------------------------------------------------------------------

    /** Seed 004: "Once a B2B order is placed, the initial status of an Order will be CREATED." Nothing is allocated. */
    private void created() {
        transition(BulkOrderStatus.CREATED, "placed by the seller: " + describe(state.order().lines()) + " from "
                + pool() + " at " + state.order().location() + " (" + state.order().fulfilmentType() + ")",
                WaitingFor.SELLER, "the seller's allocate (POST .../allocate): allocation is a manual trigger");
    }

    /**
     * The seed's "retry": one allocation round, all of it or nothing for BLOCK_COMPLETE, what there is for PARTIAL.
     * What stays short says why, per SKU.
     */
    private void allocateFromItsPool(BulkAction action) {
        int round = state.allocationRounds() + 1;
        boolean allOrNothing = state.order().fulfilmentType() == FulfilmentType.BLOCK_COMPLETE;
        Allocation allocation = BULK.step("Allocate " + describe(state.order().lines()) + " from " + pool() + " at "
                + state.order().location() + " (round " + round + ", " + state.order().fulfilmentType() + ")")
                .allocate(client.clientId(), state.bulkOrderId(), round, pool(), state.order().location(),
                        state.wantedBySku(), allOrNothing);
        state.allocated(allocation);
        BulkOrderStatus next = state.standing();
        String by = " (allocate by " + action.requestedBy() + ")";
        switch (next) {
            case FULFILLABLE -> transition(next, "every unit allocated from " + pool() + by, WaitingFor.WAREHOUSE,
                    "picking and packing");
            case PARTIALLY_FULFILLABLE -> transition(next, "allocated what there is; short: " + shortText() + by,
                    WaitingFor.WAREHOUSE, "packing what is allocated; the seller allocates again for the rest ("
                            + shortText() + ") or completes the order");
            default -> transition(BulkOrderStatus.UNFULFILLABLE, (allOrNothing ? "not all of it can be allocated,"
                    + " so nothing is: " : "nothing to allocate: ") + shortText() + by, WaitingFor.SELLER,
                    "stock in " + pool() + " at " + state.order().location() + " for " + shortText()
                            + "; then the seller allocates again");
        }
    }

    /** The warehouse's packed quantities; PACKED once everything that will go is packed. */
    private void takePackedQuantities(BulkPack pack) {
        state.packed(pack.lines());
        BulkOrderStatus next = state.standing();
        if (next == BulkOrderStatus.PACKED) {
            transition(next, "packed: " + describe(packedLines()), WaitingFor.WAREHOUSE, "the dispatch");
        } else {
            waitingFor(WaitingFor.WAREHOUSE, "packing: " + describe(packedLines()) + " packed so far");
        }
    }

    /**
     * Seed 004: "mark the order as complete to release the allocated item". What is allocated but not packed goes
     * back to stock, nothing more is allocated; what is packed is dispatched, and with nothing packed the order ends.
     */
    private void completeBySeller(BulkAction action) {
        if (state.completedBySeller()) {
            return;
        }
        BULK.step("Release what is allocated but not packed").release(client.clientId(), state.bulkOrderId(),
                state.packedBySku());
        state.closeBySeller();
        String by = " (complete by " + action.requestedBy() + ")";
        if (state.anythingPacked()) {
            transition(BulkOrderStatus.PACKED, "completed by the seller: what was not packed is released; "
                    + describe(packedLines()) + " to dispatch" + by, WaitingFor.WAREHOUSE, "the dispatch");
        } else {
            transition(BulkOrderStatus.COMPLETED, "completed by the seller with nothing packed: everything allocated"
                    + " is released" + by, WaitingFor.NONE, null);
        }
    }

    /** The packed units leave the warehouse. */
    private void dispatchWhatIsPacked(BulkAction action) {
        BULK.step("Stock leaves with the dispatch").consume(client.clientId(), state.bulkOrderId(),
                state.packedBySku());
        state.dispatched();
        transition(BulkOrderStatus.DISPATCHED, "dispatched: " + describe(dispatchedLines()) + " (by "
                + action.requestedBy() + ")", WaitingFor.ERP, "the ERP's receipt of BULK_ORDER_DISPATCH");
    }

    /** Like every outward order's: one posting, PUSH or PULL as the client is set, under one message id. */
    private void postDispatchToErp() {
        state.erpMessageId(IdempotencyKeys.next());
        ErpPosting posting = new ErpPosting(state.erpMessageId(), PostingEventType.BULK_ORDER_DISPATCH,
                state.bulkOrderId(), null, now(), Json.mapper().valueToTree(BulkDispatchPayload.of(state)));
        progress.beforeOutsideCall();
        support.perform("Post BULK_ORDER_DISPATCH to the ERP", true, () -> ERP.step("Post BULK_ORDER_DISPATCH to"
                + " the ERP").post(client.clientId(), posting));
    }

    // --- requests, updates and query ---------------------------------------------------------------------------

    /** A request the story takes on its own thread: asked again then (another may have come first), then done. */
    private static final class Request {
        private final Supplier<ApplicationFailure> check;
        private final Runnable step;
        private boolean done;
        private ApplicationFailure refusal;

        Request(Supplier<ApplicationFailure> check, Runnable step) {
            this.check = check;
            this.step = step;
        }

        void refuse(ApplicationFailure refusal) {
            this.refusal = refusal;
            this.done = true;
        }
    }

    private void take(Request request) {
        ApplicationFailure refusal = request.check.get();
        if (refusal != null) {
            request.refuse(refusal);
            return;
        }
        request.step.run();
        request.done = true;
    }

    /** Queues the request for the story and answers the order once the story took it (or refused it then). */
    private BulkOrderState asked(Supplier<ApplicationFailure> check, Runnable step) {
        Request request = new Request(check, step);
        requests.add(request);
        Workflow.await(() -> request.done);
        if (request.refusal != null) {
            throw request.refusal;
        }
        return state;
    }

    private static void refuseIf(ApplicationFailure refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }

    @Override
    public BulkOrderState state() {
        return state;
    }

    @Override
    public void validateAllocate(BulkAction action) {
        refuseIf(BulkOrderCheck.allocate(state));
    }

    @Override
    public BulkOrderState allocate(BulkAction action) {
        return asked(() -> BulkOrderCheck.allocate(state), () -> allocateFromItsPool(action));
    }

    @Override
    public void validateComplete(BulkAction action) {
        refuseIf(BulkOrderCheck.complete(state));
    }

    @Override
    public BulkOrderState complete(BulkAction action) {
        return asked(() -> BulkOrderCheck.complete(state), () -> completeBySeller(action));
    }

    @Override
    public void validatePack(BulkPack pack) {
        refuseIf(BulkOrderCheck.pack(state, pack));
    }

    @Override
    public BulkOrderState pack(BulkPack pack) {
        return asked(() -> BulkOrderCheck.pack(state, pack), () -> takePackedQuantities(pack));
    }

    @Override
    public void validateDispatch(BulkAction action) {
        refuseIf(BulkOrderCheck.dispatch(state));
    }

    @Override
    public BulkOrderState dispatch(BulkAction action) {
        return asked(() -> BulkOrderCheck.dispatch(state), () -> dispatchWhatIsPacked(action));
    }

    @Override
    public void validateSupport(SupportRequest request) {
        support.validate(request);
    }

    @Override
    public BulkOrderState support(SupportRequest request) {
        support.take(request);
        return state;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private StockPool pool() {
        return state.order().qcStatus().pool();
    }

    private String waitSummary() {
        return switch (state.status()) {
            case CREATED, UNFULFILLABLE -> "Waiting for the seller's allocate";
            case PARTIALLY_FULFILLABLE -> "Waiting for packing, another allocate or the seller's complete";
            case FULFILLABLE -> "Waiting for the warehouse's packing";
            default -> "Waiting for the dispatch";
        };
    }

    private void transition(BulkOrderStatus status, String note, WaitingFor whom, String what) {
        state.moveTo(status, now(), note);
        waitingFor(whom, what);
    }

    private void waitingFor(WaitingFor whom, String what) {
        state.waitFor(whom, what, now());
        state.revised();
        progress.moved(null);
    }

    private String shortText() {
        return String.join("; ", state.shortages().stream().map(BulkOrderDetails::shortage).toList());
    }

    private List<BulkLine> packedLines() {
        return state.lines().stream().filter(l -> l.packed() > 0).map(l -> new BulkLine(l.sku(), l.packed()))
                .toList();
    }

    private List<BulkLine> dispatchedLines() {
        return state.lines().stream().filter(l -> l.dispatched() > 0)
                .map(l -> new BulkLine(l.sku(), l.dispatched())).toList();
    }

    private static String describe(List<BulkLine> lines) {
        return String.join(", ", lines.stream().map(l -> l.quantity() + " x " + l.sku()).toList());
    }
}
