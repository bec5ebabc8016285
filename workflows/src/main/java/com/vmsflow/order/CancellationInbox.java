package com.vmsflow.order;

import static com.vmsflow.flow.WorkflowClock.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.erp.CancelledAfterPosting;
import com.vmsflow.erp.ErpActivities;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.Failures;
import com.vmsflow.flow.IdempotencyKeys;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.order.CancellationRecord.Outcome;
import com.vmsflow.order.cancellation.CancellationDecision;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.order.cancellation.CancellationRule;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.order.cancellation.Verdict;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * An order's cancellations and the SOPs' rules for them (seed 001, {@link CancellationRule}). They may arrive at any
 * wait, from Ajio's feed (a signal) or from a seller or support (an update, which waits for its turn): they queue
 * here, and the story works through them whenever it waits, so every change of the order happens on the workflow's
 * main thread, in order. The story's own cancellations (at packing) are applied here too.
 */
final class CancellationInbox {

    /** What applying a cancellation needs of the order's story: its outside calls, its ERP postings, its progress. */
    interface Order {
        AjioActivities ajio(String summary);

        ErpActivities erp(String summary);

        /** Sets the soft reservation to what is still open. */
        void reserve();

        void postToErp(PostingEventType type, JsonNode payload);

        /** Something support or a search may see changed (no status change). */
        void moved();

        /** Moves the order to CANCELLED and ends the story (throws). */
        void endCancelled(String note);
    }

    private final ClientProfile client;
    private final OrderState state;
    private final Order order;
    private final Deque<Pending> pending = new ArrayDeque<>();

    CancellationInbox(ClientProfile client, OrderState state, Order order) {
        this.client = client;
        this.state = state;
        this.order = order;
    }

    // --- the inbox ---------------------------------------------------------------------------------------------

    /** A customer or Ajio-business cancellation from Ajio's feed: applied at the story's next wait. */
    void add(AjioCancellation cancellation) {
        pending.add(Pending.of(cancellation));
    }

    /** A seller's or support's cancellation: waits for its turn; throws the refusal when the rules forbid it then. */
    void submit(CancellationRequest request) {
        Pending mine = Pending.of(request);
        pending.add(mine);
        Workflow.await(() -> mine.done);
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    boolean hasWork() {
        return !pending.isEmpty();
    }

    /** Works through the cancellations that arrived, oldest first; ends the story when the order is cancelled. */
    void workThrough() {
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            try {
                if (next.fromAjio != null) {
                    applyAjioCancellation(next.fromAjio);
                } else {
                    applySellerCancellation(next.fromSeller);
                }
            } catch (ApplicationFailure refusal) {
                next.failure = refusal;
            } finally {
                next.done = true;
            }
        }
    }

    /** Inputs that came too late for a story that has ended are refused, so no caller waits for ever. */
    void refuseWhatIsLeft() {
        for (Pending left : pending) {
            left.failure = UpdateErrors.notAwaiting("the order is " + state.status());
            left.done = true;
        }
        pending.clear();
    }

    // --- the SOPs ----------------------------------------------------------------------------------------------

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
            List<LineQuantity> cancelled = state.catchUp(order.ajio("Read the order after Ajio's cancellation")
                    .readOrder(client.marketplaceAccount(), state.orderId()));
            state.record(new CancellationRecord(event.eventId(), event.source(), kind, cancelled, event.reason(),
                    event.at(), Outcome.APPLIED, decision.rule().name(), afterPosting));
            afterCancellation(event.source(), event.full(), event.reason());
        } else if (decision.verdict() == Verdict.FLAGGED) {
            state.record(new CancellationRecord(event.eventId(), event.source(), kind, event.lines(), event.reason(),
                    event.at(), Outcome.FLAGGED, decision.rule().name(), afterPosting));
            state.flag(decision.reason());
            state.stuck("cancel this order in both Ajio and the OMS (" + event.reason() + ")", now());
            order.moved();
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
            order.moved();
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
            throw UpdateErrors.cancellationNotAllowed("Ajio refused the cancellation: " + Failures.message(failure),
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
    List<LineQuantity> cancelAtAjio(List<LineQuantity> wish, String reason) {
        List<LineQuantity> done = new ArrayList<>(state.catchUp(order.ajio("Read the order at Ajio before cancelling")
                .readOrder(client.marketplaceAccount(), state.orderId())));
        List<LineQuantity> toCancel = wish.stream()
                .map(q -> new LineQuantity(q.lineId(), Math.min(q.quantity(), state.line(q.lineId()).open())))
                .filter(q -> q.quantity() > 0).toList();
        if (!toCancel.isEmpty()) {
            order.ajio("Cancel quantities at Ajio").cancelQuantities(client.marketplaceAccount(), state.orderId(), toCancel,
                    reason, IdempotencyKeys.next());
            done.addAll(state.cancel(toCancel));
        }
        return done;
    }

    /** The seller cancels the whole order (Model 1, something missing at packing). */
    void cancelWholeOrder(CancellationSource source, String reason) {
        boolean afterPosting = state.postedToErp();
        List<LineQuantity> cancelled = cancelAtAjio(state.openLines(), reason);
        state.record(new CancellationRecord(null, source, CancellationKind.FULL, cancelled, reason, now(),
                Outcome.APPLIED, null, afterPosting));
        afterCancellation(source, true, reason);
    }

    /** The seller cancels what the warehouse did not find or found damaged (Model 2, before the RMS e-invoice). */
    void cancelMissingAtPacking(List<LineQuantity> missing) {
        String reason = "not found or damaged at packing";
        List<LineQuantity> cancelled = cancelAtAjio(missing, reason);
        state.record(new CancellationRecord(null, CancellationSource.SELLER, CancellationKind.PARTIAL, cancelled,
                reason, now(), Outcome.APPLIED, null, false));
        afterCancellation(CancellationSource.SELLER, false, reason);
    }

    /** What Ajio cancelled that we had not heard of (a customer, before the acknowledgement) becomes ours too. */
    void applyCatchUp(AjioOrder atAjio, String reason) {
        List<LineQuantity> caught = state.catchUp(atAjio);
        if (!caught.isEmpty()) {
            state.record(new CancellationRecord(null, CancellationSource.CUSTOMER, state.fullyCancelled()
                    ? CancellationKind.FULL : CancellationKind.PARTIAL, caught, reason, now(), Outcome.APPLIED,
                    CancellationRule.CUSTOMER_BEFORE_ACKNOWLEDGEMENT.name(), false));
            afterCancellation(CancellationSource.CUSTOMER, state.fullyCancelled(), reason);
        }
    }

    /**
     * What follows every cancellation: stock no longer wanted goes back; after ERP posting the ERP hears of it and
     * finance's report gets the order; after a B2B2C pack confirmation the brand's ERP books the units back from the
     * partner (B2B2C_RETURN); a fully cancelled order ends.
     */
    void afterCancellation(CancellationSource source, boolean full, String reason) {
        order.reserve();
        if (state.b2b2cPosted()) {
            Map<String, Integer> back = state.takeUnitsBackFromPartner();
            if (!back.isEmpty()) {
                order.postToErp(PostingEventType.B2B2C_RETURN, ErpPayloads.b2b2cReturn(state, client.b2b2c(), null,
                        "cancelled by " + source + " after the pack confirmation: " + reason, back));
            }
        }
        if (state.postedToErp()) {
            order.postToErp(PostingEventType.OUTWARD_ORDER_CANCEL, ErpPayloads.cancellation(state, source, reason));
            order.erp("Report the order as cancelled after ERP posting").reportCancelledAfterPosting(
                    new CancelledAfterPosting(client.clientId(), state.orderId(), source,
                            full || state.fullyCancelled(), reason, state.erpInvoiceReceived(),
                            state.invoice() == null ? null : state.invoice().documentNumber(), now()));
        }
        if (state.fullyCancelled()) {
            order.endCancelled("cancelled by " + source + ": " + reason);
        }
        order.moved();
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
}
