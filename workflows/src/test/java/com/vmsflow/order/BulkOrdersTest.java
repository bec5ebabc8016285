package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.ERP_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.bulk.BulkAction;
import com.vmsflow.bulk.BulkLine;
import com.vmsflow.bulk.BulkOrderRequest;
import com.vmsflow.bulk.BulkOrderState;
import com.vmsflow.bulk.BulkOrderStatus;
import com.vmsflow.bulk.BulkOrderWorkflow;
import com.vmsflow.bulk.BulkOrderWorkflowImpl;
import com.vmsflow.bulk.BulkPack;
import com.vmsflow.bulk.FulfilmentType;
import com.vmsflow.bulk.NewBulkOrder;
import com.vmsflow.bulk.QcStatus;
import com.vmsflow.bulk.ShipTo;
import com.vmsflow.bulk.Shortage;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.inventory.StockPool;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk B2B outward orders (seed 004: "How to allocate Inventory to a Bulk order", "Why bulk order ... remains
 * Unfulfillable", "How could I de-allocate items from a bulk Order"), the real workflow on the test server with
 * the bulk stock and the ERP in memory.
 */
class BulkOrdersTest {

    private static final ShipTo BUYER = new ShipTo("Trends Retail", "12 MG Road", "Bengaluru", "560001", "IN");

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld(BulkOrderWorkflowImpl.class);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private BulkOrderWorkflow place(String bulkOrderId, FulfilmentType type, QcStatus qc, BulkLine... lines) {
        BulkOrderRequest order = new BulkOrderRequest(bulkOrderId, type, qc, "WH-BLR", BUYER, List.of(lines));
        BulkOrderWorkflow starter = world.client.newWorkflowStub(BulkOrderWorkflow.class,
                BulkOrderWorkflow.startOptions(TaskQueues.VMSFLOW, ERP_CLIENT.clientId(), order));
        WorkflowClient.start(starter::run, new NewBulkOrder(ERP_CLIENT, order));
        String id = BulkOrderWorkflow.idFor(ERP_CLIENT.clientId(), bulkOrderId);
        world.track(id);
        return world.client.newWorkflowStub(BulkOrderWorkflow.class, id);
    }

    private static BulkAction by(String who) {
        return new BulkAction(who);
    }

    private List<ErpPosting> postings(String bulkOrderId) {
        return world.erp.postings.stream().filter(p -> bulkOrderId.equals(p.orderId())).toList();
    }

    private BulkOrderState finished(BulkOrderWorkflow order) {
        return WorkflowStub.fromTyped(order).getResult(BulkOrderState.class);
    }

    @Test
    void aBlockCompleteOrderShortOfStockAllocatesNothingSaysWhyPerSkuAndIsFulfillableOnceStockArrivedAndAllocated() {
        world.bulk.stock("KURTA-M", StockPool.GOOD, 3);
        world.bulk.stock("KURTA-M", StockPool.QC_FAIL, 4);
        world.bulk.stock("STOLE", StockPool.GOOD, 10);
        BulkOrderWorkflow order = place("BO-1", FulfilmentType.BLOCK_COMPLETE, QcStatus.PASS,
                new BulkLine("KURTA-M", 5), new BulkLine("STOLE", 2));

        BulkOrderState created = order.state();
        assertThat(created.status()).isEqualTo(BulkOrderStatus.CREATED);
        assertThat(created.waitingFor()).as("allocation is a manual trigger").isEqualTo(WaitingFor.SELLER);
        assertThat(world.bulk.poolsAsked).as("nothing allocated before the seller asks").isEmpty();

        BulkOrderState unfulfillable = order.allocate(by("SELLER@demo-erp#1"));
        assertThat(unfulfillable.status()).isEqualTo(BulkOrderStatus.UNFULFILLABLE);
        assertThat(unfulfillable.lines()).as("all or nothing: not even the STOLEs are held")
                .allSatisfy(l -> assertThat(l.reserved()).isZero());
        assertThat(world.bulk.held("BO-1", "STOLE", StockPool.GOOD)).isZero();
        assertThat(unfulfillable.shortages()).singleElement().satisfies(s -> {
            assertThat(s.sku()).isEqualTo("KURTA-M");
            assertThat(s.wanted()).isEqualTo(5);
            assertThat(s.availableInPool()).isEqualTo(3);
            assertThat(s.availableElsewhere()).containsEntry(StockPool.QC_FAIL, 4).containsEntry(StockPool.RECYCLE, 0);
        });
        assertThat(unfulfillable.waitingForWhat()).contains("KURTA-M wanted 5, 3 in the pool", "QC_FAIL 4");

        world.bulk.stock("KURTA-M", StockPool.GOOD, 2); // a GRN: the order waits for the seller's allocate all the same
        assertThat(order.state().status()).isEqualTo(BulkOrderStatus.UNFULFILLABLE);

        BulkOrderState fulfillable = order.allocate(by("SUPPORT#2"));
        assertThat(fulfillable.status()).isEqualTo(BulkOrderStatus.FULFILLABLE);
        assertThat(fulfillable.shortages()).isEmpty();
        assertThat(world.bulk.held("BO-1", "KURTA-M", StockPool.GOOD)).isEqualTo(5);
        assertThat(world.bulk.held("BO-1", "STOLE", StockPool.GOOD)).isEqualTo(2);
        assertThat(fulfillable.waitingFor()).isEqualTo(WaitingFor.WAREHOUSE);

        BulkOrderState packed = order.pack(new BulkPack(List.of(new BulkLine("KURTA-M", 5), new BulkLine("STOLE", 2))));
        assertThat(packed.status()).isEqualTo(BulkOrderStatus.PACKED);
        order.dispatch(by("WAREHOUSE@demo-erp#3"));

        BulkOrderState done = finished(order);
        assertThat(done.status()).isEqualTo(BulkOrderStatus.COMPLETED);
        assertThat(done.history()).extracting(c -> c.status()).containsExactly(BulkOrderStatus.CREATED,
                BulkOrderStatus.UNFULFILLABLE, BulkOrderStatus.FULFILLABLE, BulkOrderStatus.PACKED,
                BulkOrderStatus.DISPATCHED, BulkOrderStatus.COMPLETED);
        assertThat(postings("BO-1")).as("one ERP posting for the outward order").singleElement().satisfies(p -> {
            assertThat(p.eventType()).isEqualTo(PostingEventType.BULK_ORDER_DISPATCH);
            assertThat(p.messageId()).isEqualTo(done.erpMessageId());
            assertThat(dispatched(p.payload())).containsEntry("KURTA-M", 5).containsEntry("STOLE", 2);
        });
        assertThat(world.bulk.onHand("KURTA-M", StockPool.GOOD)).as("the stock left").isZero();
        assertThat(world.bulk.onHand("STOLE", StockPool.GOOD)).isEqualTo(8);
        assertThat(world.bulk.onHand("KURTA-M", StockPool.QC_FAIL)).as("other pools untouched").isEqualTo(4);
        assertThat(world.bulk.records).as("the read model saw it end").last()
                .satisfies(r -> assertThat(r.status()).isEqualTo(BulkOrderStatus.COMPLETED));
    }

    @Test
    void aPartialOrderAllocatesWhatThereIsAndCompletedShortReleasesWhatWasNotPackedAndIsDispatchedShort() {
        world.bulk.stock("JACKET", StockPool.GOOD, 3);
        BulkOrderWorkflow order = place("BO-2", FulfilmentType.PARTIAL, QcStatus.PASS, new BulkLine("JACKET", 5));

        BulkOrderState partly = order.allocate(by("SELLER@demo-erp#1"));
        assertThat(partly.status()).isEqualTo(BulkOrderStatus.PARTIALLY_FULFILLABLE);
        assertThat(partly.line("JACKET").reserved()).isEqualTo(3);
        assertThat(partly.shortages()).singleElement().satisfies(s -> assertThat(s.availableInPool()).isEqualTo(3));

        world.bulk.stock("JACKET", StockPool.GOOD, 1);
        assertThat(order.allocate(by("SELLER@demo-erp#1")).line("JACKET").reserved())
                .as("a later allocate takes more").isEqualTo(4);

        assertThat(order.pack(new BulkPack(List.of(new BulkLine("JACKET", 2)))).status())
                .as("packed 2 of the 4 allocated: still open").isEqualTo(BulkOrderStatus.PARTIALLY_FULFILLABLE);
        BulkOrderState completed = order.complete(by("SELLER@demo-erp#1"));
        assertThat(completed.status()).isEqualTo(BulkOrderStatus.PACKED);
        assertThat(completed.line("JACKET").reserved()).isEqualTo(2);
        assertThat(world.bulk.held("BO-2", "JACKET", StockPool.GOOD)).as("what was not packed is released")
                .isEqualTo(2);
        assertThat(refusal(() -> order.allocate(by("SELLER@demo-erp#1")))).as("nothing more is allocated")
                .isEqualTo(UpdateErrors.NOT_AWAITING);

        order.dispatch(by("WAREHOUSE@demo-erp#3"));
        BulkOrderState done = finished(order);
        assertThat(done.status()).isEqualTo(BulkOrderStatus.COMPLETED);
        assertThat(done.line("JACKET").dispatched()).isEqualTo(2);
        assertThat(postings("BO-2")).singleElement().satisfies(p -> assertThat(dispatched(p.payload()))
                .containsEntry("JACKET", 2));
        assertThat(world.bulk.onHand("JACKET", StockPool.GOOD)).as("4 on hand, 2 dispatched").isEqualTo(2);
    }

    @Test
    void aCompleteWithNothingPackedReleasesEverythingAndEndsTheOrderWithoutAPosting() {
        world.bulk.stock("SAREE", StockPool.GOOD, 4);
        BulkOrderWorkflow order = place("BO-3", FulfilmentType.PARTIAL, QcStatus.PASS, new BulkLine("SAREE", 6));
        order.allocate(by("SELLER@demo-erp#1"));

        order.complete(by("SELLER@demo-erp#1"));

        assertThat(finished(order).status()).isEqualTo(BulkOrderStatus.COMPLETED);
        assertThat(world.bulk.held("BO-3", "SAREE", StockPool.GOOD)).isZero();
        assertThat(postings("BO-3")).as("nothing left the warehouse").isEmpty();
    }

    @Test
    void wrongStatusActionsAreRefusedAndChangeNothing() {
        world.bulk.stock("DUPATTA", StockPool.GOOD, 5);
        BulkOrderWorkflow order = place("BO-4", FulfilmentType.BLOCK_COMPLETE, QcStatus.PASS,
                new BulkLine("DUPATTA", 4));

        assertThat(refusal(() -> order.pack(new BulkPack(List.of(new BulkLine("DUPATTA", 4))))))
                .as("nothing allocated to pack").isEqualTo(UpdateErrors.NOT_AWAITING);
        assertThat(refusal(() -> order.dispatch(by("WAREHOUSE")))).isEqualTo(UpdateErrors.NOT_AWAITING);

        order.allocate(by("SELLER"));
        assertThat(refusal(() -> order.allocate(by("SELLER")))).as("FULFILLABLE: all allocated")
                .isEqualTo(UpdateErrors.NOT_AWAITING);
        assertThat(refusal(() -> order.pack(new BulkPack(List.of(new BulkLine("DUPATTA", 5))))))
                .as("above what is allocated").isEqualTo(UpdateErrors.VALIDATION_FAILED);
        assertThat(refusal(() -> order.pack(new BulkPack(List.of(new BulkLine("KURTA", 1))))))
                .as("not on the order").isEqualTo(UpdateErrors.VALIDATION_FAILED);
        assertThat(refusal(() -> order.dispatch(by("WAREHOUSE")))).as("not packed yet")
                .isEqualTo(UpdateErrors.NOT_AWAITING);

        BulkOrderState unchanged = order.state();
        assertThat(unchanged.status()).isEqualTo(BulkOrderStatus.FULFILLABLE);
        assertThat(unchanged.line("DUPATTA").packed()).isZero();
        assertThat(unchanged.history()).hasSize(2);

        order.pack(new BulkPack(List.of(new BulkLine("DUPATTA", 4))));
        order.dispatch(by("WAREHOUSE"));
        assertThat(finished(order).status()).isEqualTo(BulkOrderStatus.COMPLETED);
    }

    @Test
    void aQcFailOrderIsServedFromQcFailOnlyWhateverGoodStockThereIs() {
        world.bulk.stock("TEE", StockPool.GOOD, 10);
        world.bulk.stock("TEE", StockPool.QC_FAIL, 2);
        BulkOrderWorkflow order = place("BO-5", FulfilmentType.BLOCK_COMPLETE, QcStatus.FAIL, new BulkLine("TEE", 3));

        BulkOrderState short_ = order.allocate(by("SELLER"));
        assertThat(short_.status()).isEqualTo(BulkOrderStatus.UNFULFILLABLE);
        assertThat(short_.shortages()).singleElement().satisfies((Shortage s) -> {
            assertThat(s.availableInPool()).isEqualTo(2);
            assertThat(s.availableElsewhere()).containsEntry(StockPool.GOOD, 10);
        });
        assertThat(world.bulk.held("BO-5", "TEE", StockPool.GOOD)).isZero();

        world.bulk.stock("TEE", StockPool.QC_FAIL, 1); // support moved one from RECYCLE, say
        assertThat(order.allocate(by("SUPPORT")).status()).isEqualTo(BulkOrderStatus.FULFILLABLE);
        assertThat(world.bulk.held("BO-5", "TEE", StockPool.QC_FAIL)).isEqualTo(3);
        assertThat(world.bulk.held("BO-5", "TEE", StockPool.GOOD)).isZero();
        assertThat(world.bulk.poolsAsked).containsOnly(StockPool.QC_FAIL);
    }

    @Test
    void aRefusedErpPostingWaitsForSupportAndIsPostedOnceWhenSupportRetries() {
        world.bulk.stock("CAP", StockPool.GOOD, 1);
        BulkOrderWorkflow order = place("BO-6", FulfilmentType.BLOCK_COMPLETE, QcStatus.PASS, new BulkLine("CAP", 1));
        order.allocate(by("SELLER"));
        order.pack(new BulkPack(List.of(new BulkLine("CAP", 1))));
        world.erp.refuseNext.add(PostingEventType.BULK_ORDER_DISPATCH);

        order.dispatch(by("WAREHOUSE"));
        world.awaitThat(() -> order.state().stuckStep() != null, () -> "waiting for support");
        BulkOrderState stuck = order.state();
        assertThat(stuck.waitingFor()).isEqualTo(WaitingFor.SUPPORT);
        assertThat(stuck.status()).isEqualTo(BulkOrderStatus.DISPATCHED);

        order.support(new com.vmsflow.flow.SupportRequest(com.vmsflow.flow.SupportAction.RETRY, "SUPPORT#2",
                "the ERP knows the event type now"));
        assertThat(finished(order).status()).isEqualTo(BulkOrderStatus.COMPLETED);
        assertThat(postings("BO-6")).hasSize(1);
        assertThat(world.erp.refused).singleElement().satisfies(r ->
                assertThat(r.messageId()).as("the retry carries the same message id")
                        .isEqualTo(postings("BO-6").get(0).messageId()));
    }

    private static Map<String, Integer> dispatched(JsonNode payload) {
        Map<String, Integer> bySku = new java.util.LinkedHashMap<>();
        payload.path("lines").forEach(l -> bySku.put(l.path("sku").asText(), l.path("dispatched").asInt()));
        return bySku;
    }

    private static String refusal(Runnable update) {
        Throwable thrown = catchThrowable(update::run);
        return UpdateErrors.Refusal.of(thrown).map(UpdateErrors.Refusal::code).orElse(null);
    }
}
