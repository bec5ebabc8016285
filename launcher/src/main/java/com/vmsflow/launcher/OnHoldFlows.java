package com.vmsflow.launcher;

import static com.vmsflow.launcher.Demo.RMS;
import static com.vmsflow.launcher.Demo.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Demo.Flow;
import com.vmsflow.launcher.Demo.Outcome;
import com.vmsflow.sandbox.ajio.order.NewOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The demo's ONHOLD orders (seed 004, issue 17): an order Ajio says must not be dispatched before a time is held
 * after its allocation and released by itself when the time passes; a replacement is held until Ajio says the
 * original's return was picked up. Both then go on to COMPLETED like any order.
 */
final class OnHoldFlows extends DemoFlows {

    /** Far enough ahead that the order is allocated and acknowledged first, short enough for a demo. */
    private static final Duration FIRST_DISPATCH_AFTER = Duration.ofMinutes(10);
    private static final Duration MOVED_DISPATCH_AFTER = Duration.ofSeconds(5);

    OnHoldFlows(Demo demo) {
        super(demo);
    }

    void addTo(Map<String, Flow> flows) {
        flows.put("ONHOLD · released at Ajio's dispatch-after time", this::releasedAtItsTime);
        flows.put("ONHOLD · replacement released at the return pickup", this::replacementReleasedAtPickup);
    }

    private void releasedAtItsTime(List<Outcome> outcomes) {
        // Far ahead at first, whatever the acknowledgement hold (20 s locally): then Ajio moves it near, and the
        // order's timer follows the moved time.
        Instant first = Instant.now().plus(FIRST_DISPATCH_AFTER).truncatedTo(ChronoUnit.SECONDS);
        String order = sandbox.createOrder(RMS, new NewOrder(null, null, List.of(line("AJ-TEE-M", 1, "799.00")),
                null, first, null)).orderId();
        demo.progress(RMS, order, "ordered on Ajio, not to be dispatched before " + first);
        JsonNode held = demo.awaitStatus(RMS, order, "ONHOLD");
        demo.progress(RMS, order, "on hold (" + held.path("onHoldReason").asText() + ") until "
                + held.path("onHoldUntil").asText());
        Instant dispatchAfter = Instant.now().plus(MOVED_DISPATCH_AFTER).truncatedTo(ChronoUnit.SECONDS);
        sandbox.moveDispatchAfter(RMS, order, dispatchAfter);
        demo.progress(RMS, order, "Ajio moved its dispatch-after time to " + dispatchAfter);
        JsonNode released = demo.awaitStatus(RMS, order, "PROCESSING");
        Instant releasedAt = releasedAt(released);
        outcomes.add(completed(order, released, releasedAt != null && !releasedAt.isBefore(dispatchAfter),
                "held until " + dispatchAfter + " (Ajio moved it from " + first + "), released by itself at "
                        + releasedAt));
    }

    private void replacementReleasedAtPickup(List<Outcome> outcomes) {
        String original = demo.newOrder(RMS, line("AJ-JEANS-32", 1, "1999.00"));
        String order = sandbox.createOrder(RMS, new NewOrder(null, null, List.of(line("AJ-JEANS-32", 1, "1999.00")),
                null, null, original)).orderId();
        demo.progress(RMS, order, "ordered on Ajio: a replacement of " + original);
        demo.awaitStatus(RMS, order, "ONHOLD");
        Demo.sleep(java.time.Duration.ofSeconds(3));
        boolean stillHeld = gateway.get("dev-support", "/v1/clients/" + RMS + "/orders/" + order).body()
                .path("status").asText().equals("ONHOLD");
        demo.progress(RMS, order, stillHeld ? "3 s on, no word from Ajio: still ONHOLD" : "released without Ajio's word");
        sandbox.returnPickedUp(RMS, order);
        demo.progress(RMS, order, "Ajio: the return of " + original + " was picked up");
        JsonNode released = demo.awaitStatus(RMS, order, "PROCESSING");
        outcomes.add(completed(order, released, stillHeld && releasedAt(released) != null,
                "held until Ajio said the return of " + original + " was picked up, then released"));
    }

    /** Packs and hands over the released order; the row reads ONHOLD → its final status. */
    private Outcome completed(String order, JsonNode released, boolean heldAsAjioSaid, String note) {
        demo.packAll(RMS, released);
        demo.awaitStatus(RMS, order, "PACKED");
        demo.handover(RMS, order);
        Outcome finished = demo.finish(RMS, order, "COMPLETED", note);
        return new Outcome("", RMS, order, "ONHOLD → COMPLETED",
                (heldAsAjioSaid ? "ONHOLD → " : "not held as Ajio said → ") + finished.actual(), note);
    }

    /** When the hold ended: the status change after ONHOLD in the order's history, or null. */
    private static Instant releasedAt(JsonNode order) {
        JsonNode history = order.path("history");
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i - 1).path("status").asText().equals("ONHOLD")) {
                return Instant.parse(history.get(i).path("at").asText());
            }
        }
        return null;
    }
}
