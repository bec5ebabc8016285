package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.HOLD;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.ajio.AjioOrderUpdate;
import com.vmsflow.flow.SupportAction;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ONHOLD orders (seed 004): an allocated order Ajio says must not be processed yet, because of a dispatch-after time
 * or because it replaces an order whose return is not picked up, is not released for picking until the reason ends
 * or support releases it.
 */
class OnHoldOrdersTest {

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld();
        world.database.mappings.put("AJ-TEE-M", "TEE-M");
        world.database.onHand.put("TEE-M", 10);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** An order Ajio gives a dispatch-after time {@code after} from now. */
    private ForwardOrderWorkflow dispatchAfter(String orderId, Duration after) {
        world.ajio.create(orderId, world.now(), "AJ-TEE-M", 1, "799.00");
        world.ajio.orders.get(orderId).dispatchAfter = world.now().plus(after);
        return world.start(RMS_CLIENT, world.ajio.orders.get(orderId).view());
    }

    private ForwardOrderWorkflow replacementOf(String orderId, String original) {
        world.ajio.create(orderId, world.now(), "AJ-TEE-M", 1, "799.00");
        world.ajio.orders.get(orderId).replacementOf = original;
        return world.start(RMS_CLIENT, world.ajio.orders.get(orderId).view());
    }

    @Test
    void anOrderWithADispatchAfterTimeIsHeldAfterItsAcknowledgementAndReleasedForPickingWhenTheTimePasses() {
        ForwardOrderWorkflow order = dispatchAfter("OH1", Duration.ofHours(30));
        Instant dispatchAfter = world.ajio.orders.get("OH1").dispatchAfter;
        world.pass(HOLD);

        OrderState held = world.awaitStatus(order, OrderStatus.ONHOLD);
        assertThat(held.acknowledged()).as("allocated and acknowledged first").isTrue();
        assertThat(held.onHoldReason()).isEqualTo(HoldReason.DISPATCH_AFTER);
        assertThat(held.onHoldUntil()).isEqualTo(dispatchAfter);
        assertThat(held.waitingForWhat()).contains("dispatch-after time " + dispatchAfter,
                "not released for picking");
        assertThat(OrderDetails.markdown(held)).contains("On hold (DISPATCH_AFTER) until **" + dispatchAfter + "**");

        world.pass(Duration.ofHours(20));
        assertThat(order.state().status()).as("still held before its time").isEqualTo(OrderStatus.ONHOLD);

        world.pass(Duration.ofHours(7));
        OrderState released = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(released.onHoldReason()).isNull();
        assertThat(released.onHoldUntil()).isNull();
        assertThat(released.history()).extracting(StatusChange::status).containsSubsequence(OrderStatus.ONHOLD,
                OrderStatus.FULFILLABLE, OrderStatus.PROCESSING);
        assertThat(released.history()).anySatisfy(c -> assertThat(c.note())
                .isEqualTo("released: Ajio's dispatch-after time " + dispatchAfter + " has passed"));
        assertThat(world.now()).isAfterOrEqualTo(dispatchAfter);
    }

    @Test
    void aDispatchAfterTimeAlreadyPastAtTheAcknowledgementHoldsNothing() {
        ForwardOrderWorkflow order = dispatchAfter("OH2", Duration.ofHours(1));
        world.pass(HOLD);

        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(processing.history()).extracting(StatusChange::status).doesNotContain(OrderStatus.ONHOLD);
    }

    @Test
    void theTimerFollowsADispatchAfterTimeAjioMovesLaterThenEarlier() {
        ForwardOrderWorkflow order = dispatchAfter("OH3", Duration.ofHours(10));
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.ONHOLD);

        Instant later = world.now().plus(Duration.ofDays(3));
        order.ajioOrderUpdate(new AjioOrderUpdate("OU-1", "OH3", AjioOrderUpdate.Type.DISPATCH_AFTER_CHANGED, later,
                world.now()));
        world.await(order, s -> later.equals(s.onHoldUntil()), "the moved time");
        world.pass(Duration.ofHours(12));
        assertThat(order.state().status()).as("the first time passed, the moved one not").isEqualTo(OrderStatus.ONHOLD);

        Instant earlier = world.now().plus(Duration.ofHours(2));
        order.ajioOrderUpdate(new AjioOrderUpdate("OU-2", "OH3", AjioOrderUpdate.Type.DISPATCH_AFTER_CHANGED,
                earlier, world.now()));
        order.ajioOrderUpdate(new AjioOrderUpdate("OU-1", "OH3", AjioOrderUpdate.Type.DISPATCH_AFTER_CHANGED, later,
                world.now()));
        world.await(order, s -> earlier.equals(s.onHoldUntil()), "the time moved earlier; the repeated event dropped");
        world.pass(Duration.ofHours(3));

        OrderState released = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(world.now()).isBefore(later);
        assertThat(released.dispatchAfter()).isEqualTo(earlier);
    }

    @Test
    void aReplacementWaitsForAjiosWordThatTheOriginalsReturnWasPickedUp() {
        ForwardOrderWorkflow order = replacementOf("OH4", "FL-ORIGINAL");
        world.pass(HOLD);

        OrderState held = world.awaitStatus(order, OrderStatus.ONHOLD);
        assertThat(held.onHoldReason()).isEqualTo(HoldReason.RETURN_PICKUP);
        assertThat(held.onHoldUntil()).isNull();
        assertThat(held.waitingFor()).isEqualTo(WaitingFor.AJIO);
        assertThat(held.waitingForWhat()).contains("return of order FL-ORIGINAL", "picked up");

        world.pass(Duration.ofDays(5));
        assertThat(order.state().status()).as("no timer releases a replacement").isEqualTo(OrderStatus.ONHOLD);

        order.ajioOrderUpdate(new AjioOrderUpdate("OU-9", "OH4", AjioOrderUpdate.Type.RETURN_PICKED_UP, null,
                world.now()));
        OrderState released = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(released.originalReturnPickedUp()).isTrue();
        assertThat(released.history()).anySatisfy(c -> assertThat(c.note())
                .isEqualTo("released: the return of order FL-ORIGINAL was picked up"));
    }

    @Test
    void aReplacementWhoseReturnAjioTookBeforeTheAcknowledgementIsNotHeld() {
        world.ajio.create("OH5", world.now(), "AJ-TEE-M", 1, "799.00");
        world.ajio.orders.get("OH5").replacementOf = "FL-ORIGINAL";
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("OH5").view());
        world.ajio.orders.get("OH5").originalReturnPickedUp = true; // read again before the acknowledgement
        world.pass(HOLD);

        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(processing.history()).extracting(StatusChange::status).doesNotContain(OrderStatus.ONHOLD);
    }

    @Test
    void supportReleasesAHoldEarlyAndTheReleaseIsRecorded() {
        ForwardOrderWorkflow order = dispatchAfter("OH6", Duration.ofDays(2));
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.ONHOLD);

        OrderState released = order.support(new SupportRequest(SupportAction.RELEASE_HOLD, "support-anita",
                "the customer asked for it today; Ajio agreed"));

        assertThat(released.status()).isNotEqualTo(OrderStatus.ONHOLD);
        assertThat(world.awaitStatus(order, OrderStatus.PROCESSING).supportActions()).singleElement()
                .satisfies(r -> {
                    assertThat(r.action()).isEqualTo(SupportAction.RELEASE_HOLD);
                    assertThat(r.step()).isEqualTo("ONHOLD");
                    assertThat(r.requestedBy()).isEqualTo("support-anita");
                });
        assertThat(order.state().history()).anySatisfy(c -> assertThat(c.note())
                .isEqualTo("hold released early by support (support-anita): the customer asked for it today;"
                        + " Ajio agreed"));
    }

    @Test
    void releaseHoldIsRefusedForAnOrderThatIsNotOnHold() {
        world.ajio.create("OH7", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("OH7").view());
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);

        Throwable refused = catchThrowable(() -> order.support(new SupportRequest(SupportAction.RELEASE_HOLD,
                "support-anita", "release it")));

        assertThat(UpdateErrors.Refusal.of(refused)).get().satisfies(r -> {
            assertThat(r.code()).isEqualTo(UpdateErrors.NOT_AWAITING);
            assertThat(r.message()).isEqualTo("the order is PROCESSING, not ONHOLD: there is no hold to release");
        });
        assertThat(order.state().supportActions()).as("a refused action leaves no trace").isEmpty();
    }

    @Test
    void aHeldOrderTakesNoPackResult() {
        ForwardOrderWorkflow order = dispatchAfter("OH8", Duration.ofDays(2));
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.ONHOLD);

        Throwable refused = catchThrowable(() -> order.pack(new PackResult(java.util.List.of(
                new PackLine("TEE-M", 1, 0, 0)))));

        assertThat(UpdateErrors.Refusal.of(refused)).get().satisfies(r ->
                assertThat(r.message()).contains("the order is ONHOLD"));
    }
}
