package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.HOLD;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What support staff see in Temporal Web at each status of an order: the search attributes they filter on and the
 * current details that say in words where the order stands, read through the client's describe and metadata calls.
 */
class TemporalWebViewTest {

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

    @Test
    void searchAttributesAndDetailsFollowTheOrderThroughEveryStatus() {
        world.ajio.create("TW1", world.now(), "AJ-SOCKS", 1, "299.00", "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("TW1").view());

        world.awaitStatus(order, OrderStatus.FAILED);
        seen(order, OrderStatus.FAILED, WaitingFor.SELLER, "a SKU mapping for AJ-SOCKS");

        world.database.mappings.put("AJ-SOCKS", "SOCKS");
        order.skuMappingsUploaded();
        world.awaitStatus(order, OrderStatus.UNFULFILLABLE);
        seen(order, OrderStatus.UNFULFILLABLE, WaitingFor.SELLER, "stock for 1 x SOCKS");

        world.database.onHand.put("SOCKS", 4);
        order.inventoryUpdated();
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        seen(order, OrderStatus.FULFILLABLE, WaitingFor.NONE, "acknowledgement hold until");

        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);
        seen(order, OrderStatus.PROCESSING, WaitingFor.WAREHOUSE, "the pack result");

        order.pack(new PackResult(List.of(new PackLine("SOCKS", 1, 0, 0), new PackLine("TEE-M", 1, 0, 0))));
        world.awaitStatus(order, OrderStatus.PACKED);
        seen(order, OrderStatus.PACKED, WaitingFor.WAREHOUSE, "the handover to a courier");

        order.handedOver(new HandedOver("H1", "MF-1", "Delhivery", world.now()));
        world.result(order);
        seen(order, OrderStatus.COMPLETED, WaitingFor.NONE, "COMPLETED");

        SearchAttributes attributes = describe(order).getTypedSearchAttributes();
        assertThat(attributes.get(VmsSearchAttributes.CLIENT_ID)).isEqualTo("demo-rms");
        assertThat(attributes.get(VmsSearchAttributes.CHANNEL_ORDER_ID)).isEqualTo("TW1");
        assertThat(attributes.get(VmsSearchAttributes.E_INVOICING_MODEL)).isEqualTo("RMS");
        assertThat(attributes.get(VmsSearchAttributes.OVERDUE)).isFalse();
        assertThat(attributes.get(VmsSearchAttributes.WAITING_SINCE)).isNotNull();
    }

    private void seen(ForwardOrderWorkflow order, OrderStatus status, WaitingFor waitingFor, String detailsSay) {
        SearchAttributes attributes = describe(order).getTypedSearchAttributes();
        assertThat(attributes.get(VmsSearchAttributes.ORDER_STATUS)).as("OrderStatus").isEqualTo(status.name());
        assertThat(attributes.get(VmsSearchAttributes.WAITING_FOR)).as("WaitingFor").isEqualTo(waitingFor.name());
        WorkflowMetadata metadata = WorkflowStub.fromTyped(order).query("__temporal_workflow_metadata",
                WorkflowMetadata.class);
        assertThat(metadata.getCurrentDetails()).as("current details at %s", status)
                .contains("**" + status + "**").contains(detailsSay);
        assertThat(metadata.getDefinition().getUpdateDefinitionsList()).extracting(d -> d.getName())
                .contains("pack", "cancel", "submitB2bInvoice", "support");
    }

    private WorkflowExecutionDescription describe(ForwardOrderWorkflow order) {
        return WorkflowStub.fromTyped(order).describe();
    }
}
