package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.HOLD;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.flow.SupportAction;
import com.vmsflow.flow.SupportRecord;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What support does in Temporal Web's stead: an order an outside system refused waits, visibly, for support to
 * retry the step or (for a step done by hand) skip it; each action is recorded in the order.
 */
class SupportActionsTest {

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

    private ForwardOrderWorkflow processing(String orderId) {
        world.ajio.create(orderId, world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get(orderId).view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);
        return order;
    }

    @Test
    void anInvoiceUploadAjioRefusesWaitsForSupportWhoUploadsItByHandAndSkipsTheStep() {
        world.ajio.refuseNext.add("uploadB2bInvoice");
        ForwardOrderWorkflow order = processing("SA1");
        order.pack(new PackResult(List.of(new PackLine("TEE-M", 1, 0, 0))));

        OrderState stuck = world.await(order, s -> s.stuckStep() != null, "the refused step");
        assertThat(stuck.waitingFor()).isEqualTo(WaitingFor.SUPPORT);
        assertThat(stuck.problem()).contains("Upload the B2B invoice to Ajio", "Ajio refused uploadB2bInvoice");
        assertThat(world.database.records.get(world.database.records.size() - 1).waitingFor()).isEqualTo(WaitingFor.SUPPORT);

        order.support(new SupportRequest(SupportAction.SKIP, "support-anita", "uploaded in Ajio's seller panel"));

        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);
        assertThat(packed.supportActions()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(SupportAction.SKIP);
            assertThat(r.step()).isEqualTo("Upload the B2B invoice to Ajio");
            assertThat(r.requestedBy()).isEqualTo("support-anita");
        });
        assertThat(world.ajio.count("uploadB2bInvoice")).as("not called again").isEqualTo(1);
        assertThat(packed.waitingFor()).isEqualTo(WaitingFor.WAREHOUSE);
    }

    @Test
    void aRefusedAcknowledgementCannotBeSkippedButIsRetriedWhenSupportSaysSo() {
        world.ajio.refuseNext.add("acknowledge");
        world.ajio.create("SA2", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("SA2").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        world.pass(HOLD);
        world.await(order, s -> s.stuckStep() != null, "the refused acknowledgement");

        Throwable skip = catchThrowable(() -> order.support(new SupportRequest(SupportAction.SKIP, "s", "no")));
        assertThat(UpdateErrors.Refusal.of(skip)).get().satisfies(r -> {
            assertThat(r.code()).isEqualTo(UpdateErrors.NOT_AWAITING);
            assertThat(r.message()).contains("cannot be skipped");
        });
        assertThat(order.state().supportActions()).as("a refused action leaves no trace").isEmpty();

        order.support(new SupportRequest(SupportAction.RETRY, "support-ravi", "Ajio fixed the seller account"));

        world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(world.ajio.count("acknowledge")).isEqualTo(2);
    }

    @Test
    void supportRetriesAFailedOrderNowAndRefusesToRetryOneThatWaitsForNothingItCanFix() {
        world.ajio.create("SA3", world.now(), "AJ-SOCKS", 1, "299.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("SA3").view());
        world.awaitStatus(order, OrderStatus.FAILED);
        world.database.mappings.put("AJ-SOCKS", "SOCKS");
        world.database.onHand.put("SOCKS", 3);

        order.support(new SupportRequest(SupportAction.RETRY, "support-anita", "mapping fixed in the catalogue"));

        OrderState fulfillable = world.awaitStatus(order, OrderStatus.FULFILLABLE);
        assertThat(fulfillable.supportActions()).extracting(SupportRecord::step).containsExactly("FAILED");
        Throwable nothing = catchThrowable(() -> order.support(new SupportRequest(SupportAction.RETRY, "s", "?")));
        assertThat(UpdateErrors.Refusal.of(nothing)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.NOT_AWAITING);
    }
}
