package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.HOLD;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.CancellationRecord.Outcome;
import com.vmsflow.order.cancellation.CancellationSource;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forward orders of a Model 2 client (e-invoicing through the RMS), as seed 000 tells them: fetched, soft-reserved,
 * held four hours for customer cancellations, acknowledged, released for picking, packed with the RMS e-invoice,
 * handed over on a manifest.
 */
class ForwardOrderRmsModelTest {

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld().withTeesAndJeans(10);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void anOrderGoesFromAjioToCompletedWithTheRmsMakingItsEInvoice() {
        world.ajio.create("FL1", world.now(), "AJ-TEE-M", 2, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL1").view());

        OrderState held = world.awaitStatus(order, OrderStatus.FULFILLABLE);
        assertThat(held.line("1").clientSku()).isEqualTo("TEE-M");
        assertThat(world.database.reserved("FL1", "TEE-M")).isEqualTo(2);
        assertThat(world.ajio.count("acknowledge")).as("held for the customer's window").isZero();

        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(world.ajio.arguments("acknowledge")).containsExactly(List.of(new LineQuantity("1", 2)));
        assertThat(world.ajio.count("fetchB2bOrder")).isEqualTo(1);

        OrderState packed = order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0))));
        assertThat(packed.packResult()).isNotNull();
        OrderState atPacked = world.awaitStatus(order, OrderStatus.PACKED);
        EInvoiceRequest request = world.rms.requests.get(0);
        assertThat(request.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
        assertThat(request.supplierGstin()).isEqualTo("29AAFCC9980M1ZR");
        EInvoice uploaded = (EInvoice) world.ajio.arguments("uploadB2bInvoice").get(0);
        assertThat(uploaded.irn()).isEqualTo(Irn.of("29AAFCC9980M1ZR", request.documentDate(),
                request.documentType(), request.documentNumber()));
        assertThat(atPacked.documents()).extracting(DocumentRef::type)
                .containsExactly(DocumentKind.B2B_INVOICE, DocumentKind.B2C_INVOICE, DocumentKind.SHIPPING_LABEL);
        assertThat(atPacked.waitingFor()).isEqualTo(WaitingFor.WAREHOUSE);

        order.handedOver(new HandedOver("H1", "MF-1", "Delhivery", world.now()));
        OrderState done = world.result(order);

        assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(done.manifestId()).isEqualTo("MF-1");
        assertThat(done.history()).extracting(StatusChange::status).containsExactly(OrderStatus.CREATED,
                OrderStatus.FULFILLABLE, OrderStatus.FULFILLABLE, OrderStatus.PROCESSING, OrderStatus.PACKED,
                OrderStatus.HANDED_OVER, OrderStatus.COMPLETED);
        assertThat(world.database.consumed).containsExactly("FL1");
        assertThat(world.database.onHand.get("TEE-M")).isEqualTo(8);
        assertThat(world.database.records.get(world.database.records.size() - 1).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(world.ajio.count("acknowledge")).isEqualTo(1);
        assertThat(world.ajio.count("uploadB2bInvoice")).isEqualTo(1);
        assertThat(world.erp.postings).as("Model 2 posts nothing to the ERP").isEmpty();
    }

    @Test
    void aHandoverSignalledBeforeTheOrderIsPackedIsRefusedByTheOrderWhichWaitsForItsOwn() {
        world.ajio.create("HO-EARLY", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("HO-EARLY").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);

        order.handedOver(new HandedOver("H-EARLY", "MF-EARLY", "Delhivery", world.now()));

        OrderState refused = world.await(order, s -> !s.refusedHandovers().isEmpty(), "the refused handover");
        assertThat(refused.refusedHandovers()).singleElement().satisfies(r -> {
            assertThat(r.handover().manifestId()).isEqualTo("MF-EARLY");
            assertThat(r.status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(r.reason()).isEqualTo("the order was PROCESSING: a handover takes PACKED orders only");
        });
        assertThat(refused.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(refused.manifestId()).isNull();

        order.pack(new PackResult(List.of(new PackLine("TEE-M", 1, 0, 0))));
        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);
        assertThat(packed.waitingFor()).as("still waiting for its own handover").isEqualTo(WaitingFor.WAREHOUSE);
        order.handedOver(new HandedOver("H-1", "MF-1", "Delhivery", world.now()));
        OrderState done = world.result(order);

        assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(done.manifestId()).isEqualTo("MF-1");
        assertThat(done.refusedHandovers()).extracting(r -> r.handover().handoverId()).containsExactly("H-EARLY");
    }

    @Test
    void aReadModelThatCannotBeWrittenForAWhileDelaysTheOrderButNeverFailsIt() {
        world.ajio.create("FL-DB", world.now(), "AJ-TEE-M", 1, "799.00");
        world.database.recordFailures.set(4);
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL-DB").view());

        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        // The state moves within the workflow task; its read-model write is that task's last local activity.
        world.awaitThat(() -> world.database.records.stream().anyMatch(r -> r.change() != null
                && r.change().status() == OrderStatus.FULFILLABLE), () -> "the FULFILLABLE change in the read model");

        assertThat(world.database.recordFailures.get()).as("every failed write was tried again").isZero();
        assertThat(world.database.records).filteredOn(r -> r.change() != null).extracting(r -> r.change().status())
                .as("every status change reached the read model").containsExactly(OrderStatus.CREATED,
                        OrderStatus.FULFILLABLE);
    }

    @Test
    void theHoldCountsFromAjiosOrderTimeSoALateFetchDoesNotLengthenIt() {
        Instant createdThreeHoursAgo = world.now().minus(Duration.ofHours(3));
        world.ajio.create("FL2", createdThreeHoursAgo, "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL2").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        world.pass(Duration.ofMinutes(61));

        world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(world.ajio.count("acknowledge")).isEqualTo(1);
    }

    @Test
    void aCustomerWhoCancelsTheWholeOrderDuringTheHoldStopsItBeforeAnyAcknowledgement() {
        world.ajio.create("FL3", world.now(), "AJ-TEE-M", 2, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL3").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        world.pass(Duration.ofHours(1));
        assertThat(world.ajio.customerCancels("FL3", "1", 2)).isTrue();
        order.ajioCancellation(new AjioCancellation("c-1", "FL3", CancellationSource.CUSTOMER, true,
                List.of(new LineQuantity("1", 2)), "changed my mind", world.now()));

        OrderState done = world.result(order);
        assertThat(done.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.ajio.count("acknowledge")).as("no acknowledgement sent").isZero();
        assertThat(world.database.reserved("FL3", "TEE-M")).as("reservation released").isZero();
        assertThat(done.cancellations()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(CancellationSource.CUSTOMER);
            assertThat(c.outcome()).isEqualTo(Outcome.APPLIED);
        });
    }

    @Test
    void aCustomerWhoCancelsPartOfTheOrderDuringTheHoldGetsTheRestAcknowledged() {
        world.ajio.create("FL4", world.now(), "AJ-TEE-M", 3, "799.00", "AJ-JEANS-32", 1, "1999.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL4").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        world.ajio.customerCancels("FL4", "1", 1);
        order.ajioCancellation(new AjioCancellation("c-2", "FL4", CancellationSource.CUSTOMER, false,
                List.of(new LineQuantity("1", 1)), "ordered too many", world.now()));
        // The state shows the cancellation as soon as it is taken; the stock goes back by an activity after it.
        world.await(order, s -> s.line("1").cancelled() == 1 && world.database.reserved("FL4", "TEE-M") <= 2,
                "the partial cancellation and the stock given back");
        assertThat(world.database.reserved("FL4", "TEE-M")).isEqualTo(2);

        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(world.ajio.arguments("acknowledge")).containsExactly(
                List.of(new LineQuantity("1", 2), new LineQuantity("2", 1)));
    }

    @Test
    void aCancellationAjioTookInTheLastMomentsOfTheHoldIsReadBeforeTheAcknowledgement() {
        world.ajio.create("FL5", world.now(), "AJ-TEE-M", 2, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL5").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        world.ajio.customerCancels("FL5", "1", 1); // the feed has not relayed it yet
        world.pass(HOLD);

        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(world.ajio.arguments("acknowledge")).containsExactly(List.of(new LineQuantity("1", 1)));
        assertThat(processing.line("1").cancelled()).isEqualTo(1);
        assertThat(world.database.reserved("FL5", "TEE-M")).isEqualTo(1);

        // When the feed's event arrives later it changes nothing: Ajio's own figures were already applied.
        order.ajioCancellation(new AjioCancellation("c-3", "FL5", CancellationSource.CUSTOMER, false,
                List.of(new LineQuantity("1", 1)), "late event", world.now()));
        OrderState after = world.await(order, s -> s.cancellations().size() == 2, "the late event recorded");
        assertThat(after.line("1").cancelled()).isEqualTo(1);
        assertThat(after.cancellations().get(1).outcome()).isEqualTo(Outcome.IGNORED);
    }

    @Test
    void aCustomerCancellationAfterTheAcknowledgementIsIgnoredAndRecorded() {
        world.ajio.create("FL6", world.now(), "AJ-TEE-M", 2, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL6").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);

        order.ajioCancellation(new AjioCancellation("c-4", "FL6", CancellationSource.CUSTOMER, true, List.of(),
                "too late", world.now()));

        OrderState state = world.await(order, s -> !s.cancellations().isEmpty(), "the cancellation recorded");
        assertThat(state.cancellations().get(0).outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(state.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(state.line("1").open()).isEqualTo(2);
        assertThat(world.ajio.count("cancelQuantities")).isZero();
    }

    @Test
    void anItemNotFoundAtPackingIsCancelledAtAjioAndTheRestInvoiced() {
        world.ajio.create("FL7", world.now(), "AJ-TEE-M", 2, "799.00", "AJ-JEANS-32", 1, "1999.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL7").view());
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);

        order.pack(new PackResult(List.of(new PackLine("TEE-M", 1, 1, 0), new PackLine("JEANS-32", 1, 0, 0))));

        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);
        assertThat(world.ajio.arguments("cancelQuantities")).containsExactly(List.of(new LineQuantity("1", 1)));
        assertThat(world.ajio.orders.get("FL7").view().lines().get(0).cancelledQuantity()).isEqualTo(1);
        assertThat(world.rms.requests.get(0).lines()).extracting(l -> l.sku() + ":" + l.quantity())
                .containsExactly("TEE-M:1", "JEANS-32:1");
        assertThat(packed.line("1").notFound()).isEqualTo(1);
        assertThat(world.database.reserved("FL7", "TEE-M")).isEqualTo(1);
    }

    @Test
    void anOrderWhoseItemsAreAllDamagedAtPackingIsCancelledWithoutAnInvoice() {
        world.ajio.create("FL8", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL8").view());
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);

        order.pack(new PackResult(List.of(new PackLine("TEE-M", 0, 0, 1))));

        assertThat(world.result(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.rms.requests).isEmpty();
        assertThat(world.ajio.count("uploadB2bInvoice")).isZero();
    }

    @Test
    void anOrderWithAnUnmappedSkuIsFailedUntilTheMappingIsUploaded() {
        world.ajio.create("FL9", world.now(), "AJ-SOCKS", 1, "299.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL9").view());

        OrderState failed = world.awaitStatus(order, OrderStatus.FAILED);
        assertThat(failed.missingChannelSkus()).containsExactly("AJ-SOCKS");
        assertThat(failed.waitingFor()).isEqualTo(WaitingFor.SELLER);
        assertThat(world.database.records).anySatisfy(r -> assertThat(r.missingChannelSkus()).contains("AJ-SOCKS"));

        world.database.mappings.put("AJ-SOCKS", "SOCKS");
        world.database.onHand.put("SOCKS", 5);
        order.skuMappingsUploaded();

        OrderState mapped = world.awaitStatus(order, OrderStatus.FULFILLABLE);
        assertThat(mapped.line("1").clientSku()).isEqualTo("SOCKS");
        assertThat(mapped.missingChannelSkus()).isEmpty();
    }

    @Test
    void anUnfulfillableOrderIsReservedWhenStockIsAdded() {
        world.database.onHand.put("TEE-M", 1);
        world.ajio.create("FL10", world.now(), "AJ-TEE-M", 2, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL10").view());

        OrderState short1 = world.awaitStatus(order, OrderStatus.UNFULFILLABLE);
        assertThat(short1.line("1").reserved()).isEqualTo(1);

        world.database.onHand.put("TEE-M", 5);
        order.inventoryUpdated();

        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        assertThat(world.database.reserved("FL10", "TEE-M")).isEqualTo(2);
    }

    @Test
    void aLineStillWithoutStockWhenTheHoldEndsIsAcknowledgedWithZero() {
        world.database.onHand.put("JEANS-32", 0);
        world.ajio.create("FL11", world.now(), "AJ-TEE-M", 1, "799.00", "AJ-JEANS-32", 1, "1999.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL11").view());
        world.awaitStatus(order, OrderStatus.UNFULFILLABLE);

        world.pass(HOLD);

        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThat(world.ajio.arguments("acknowledge")).containsExactly(
                List.of(new LineQuantity("1", 1), new LineQuantity("2", 0)));
        assertThat(processing.line("2").open()).isZero();
        assertThat(world.ajio.orders.get("FL11").view().lines().get(1).openQuantity()).isZero();
    }

    @Test
    void anOrderWithNoStockAtAllWhenTheHoldEndsIsRejectedAndCancelled() {
        world.database.onHand.put("TEE-M", 0);
        world.ajio.create("FL12", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL12").view());
        world.awaitStatus(order, OrderStatus.UNFULFILLABLE);

        world.pass(HOLD);

        assertThat(world.result(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.ajio.arguments("acknowledge")).containsExactly(List.of(new LineQuantity("1", 0)));
    }

    @Test
    void aPackResultThatDoesNotMatchTheOrderIsRefusedAndChangesNothing() {
        world.ajio.create("FL13", world.now(), "AJ-TEE-M", 2, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("FL13").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        assertThatThrownBy(() -> order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0)))))
                .isInstanceOf(WorkflowUpdateException.class)
                .satisfies(e -> assertThat(UpdateErrors.Refusal.of(e)).get()
                        .extracting(UpdateErrors.Refusal::code).isEqualTo(UpdateErrors.NOT_AWAITING));

        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);
        assertThatThrownBy(() -> order.pack(new PackResult(List.of(new PackLine("TEE-M", 1, 0, 0)))))
                .isInstanceOf(WorkflowUpdateException.class)
                .satisfies(e -> assertThat(UpdateErrors.Refusal.of(e)).get().satisfies(r -> {
                    assertThat(r.code()).isEqualTo(UpdateErrors.VALIDATION_FAILED);
                    assertThat(r.details()).containsEntry("lines[0]",
                            "accounts for 1 units but the order has 2 open of SKU TEE-M");
                }));
        assertThatThrownBy(() -> order.pack(new PackResult(List.of(new PackLine("SHOES-9", 2, 0, 0)))))
                .isInstanceOf(WorkflowUpdateException.class);

        assertThat(order.state().packResult()).isNull();
        assertThat(order.state().status()).isEqualTo(OrderStatus.PROCESSING);
    }
}
