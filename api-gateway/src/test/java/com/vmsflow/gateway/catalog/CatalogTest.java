package com.vmsflow.gateway.catalog;

import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.OrderState;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.SkuMappingRow;
import com.vmsflow.store.StockView;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatalogTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String MAPPINGS = "/v1/clients/" + CATALOG_CLIENT + "/sku-mappings";
    private static final String INVENTORY = "/v1/clients/" + CATALOG_CLIENT + "/inventory";

    private static OrderState state(String orderId) {
        return gateway.workflows().newWorkflowStub(ForwardOrderWorkflow.class,
                ForwardOrderWorkflow.idFor(CATALOG_CLIENT, orderId)).state();
    }

    @Test
    void mappingsAreWrittenAndTheOrdersFailedForThemRetry() {
        gateway.startOrderAsIs(CATALOG_CLIENT, "CT-1", Map.of("AJ-SHIRT", 1));
        gateway.startOrderAsIs(CATALOG_CLIENT, "CT-2", Map.of("AJ-OTHER", 1));
        gateway.recordOrder(CATALOG_CLIENT, "CT-3", OrderStatus.FAILED, List.of("AJ-SHIRT"));

        Api.Answer answer = gateway.api().put(MAPPINGS, CATALOG_SELLER_KEY, List.of(
                Map.of("channelSku", "AJ-SHIRT", "clientSku", "SHIRT-M"),
                Map.of("channelSku", "AJ-CAP", "clientSku", "CAP")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("mappingsWritten").asInt()).isEqualTo(2);
        // CT-3 has no workflow any more: skipped. CT-2 waits for another SKU.
        assertThat(answer.json().path("ordersRetried").toString()).isEqualTo("[\"CT-1\"]");
        // CT-1 maps its SKU now and goes on to reserve (this client has no stock of it).
        assertThat(gateway.awaitOrder(CATALOG_CLIENT, "CT-1", s -> s.status() != OrderStatus.FAILED, "mapped")
                .lines().get(0).clientSku()).isEqualTo("SHIRT-M");
        assertThat(state("CT-2").status()).isEqualTo(OrderStatus.FAILED);
        assertThat(new SkuMappingRepository(gateway.jdbi()).find(CATALOG_CLIENT, List.of("AJ-SHIRT", "AJ-CAP")))
                .isEqualTo(Map.of("AJ-SHIRT", "SHIRT-M", "AJ-CAP", "CAP"));
    }

    @Test
    void mappingsAreChecked() {
        Api.Answer duplicate = gateway.api().put(MAPPINGS, CATALOG_SELLER_KEY, List.of(
                Map.of("channelSku", "AJ-1", "clientSku", "A"),
                Map.of("channelSku", "AJ-1", "clientSku", "B"),
                Map.of("channelSku", "AJ-2\n", "clientSku", "x".repeat(101))));
        Api.Answer empty = gateway.api().put(MAPPINGS, CATALOG_SELLER_KEY, List.of());
        Api.Answer tooMany = gateway.api().put(MAPPINGS, CATALOG_SELLER_KEY, IntStream.range(0, 10_001)
                .mapToObj(i -> Map.of("channelSku", "AJ-" + i, "clientSku", "C-" + i)).toList());

        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.detail("[1].channelSku")).isEqualTo("appears more than once");
        assertThat(duplicate.detail("[2].channelSku")).isEqualTo("must not contain control characters");
        assertThat(duplicate.detail("[2].clientSku")).isEqualTo("size must be between 0 and 100");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.detail("body")).isEqualTo("size must be between 1 and 10000");
        assertThat(tooMany.detail("body")).isEqualTo("size must be between 1 and 10000");
    }

    @Test
    void onlyTheSellerUploadsMappings() {
        Api.Answer answer = gateway.api().put(MAPPINGS, CATALOG_WAREHOUSE_KEY,
                List.of(Map.of("channelSku", "AJ-1", "clientSku", "A")));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void stockIsWrittenAndUnfulfillableOrdersRetry() {
        new SkuMappingRepository(gateway.jdbi()).upsert(CATALOG_CLIENT, List.of(new SkuMappingRow("AJ-CAP", "CAP")));
        gateway.startOrderAsIs(CATALOG_CLIENT, "CT-4", Map.of("AJ-CAP", 1));
        gateway.startOrderAsIs(CATALOG_CLIENT, "CT-5", Map.of("AJ-CAP", 2));
        gateway.startOrderAsIs(CATALOG_CLIENT, "CT-6", Map.of("AJ-UNMAPPED", 1));

        Api.Answer answer = gateway.api().put(INVENTORY, CATALOG_WAREHOUSE_KEY, List.of(
                Map.of("sku", "CAP", "location", "BLR-1", "quantity", 5),
                Map.of("sku", "CAP", "location", "DEL-1", "quantity", 0)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("levelsWritten").asInt()).isEqualTo(2);
        // Every UNFULFILLABLE order of the client (CT-1 too, if it has run); not the FAILED one.
        assertThat(answer.json().path("ordersRetried")).extracting(JsonNode::asText).contains("CT-4", "CT-5")
                .doesNotContain("CT-6");
        for (String orderId : List.of("CT-4", "CT-5")) {
            assertThat(gateway.awaitOrder(CATALOG_CLIENT, orderId, OrderState::fullyReserved, "reserved")
                    .status()).isEqualTo(OrderStatus.FULFILLABLE);
        }
        assertThat(new InventoryRepository(gateway.jdbi()).stock(CATALOG_CLIENT, "CAP"))
                .extracting(StockView::location).containsExactlyInAnyOrder("BLR-1", "DEL-1");
    }

    @Test
    void stockLevelsAreChecked() {
        Api.Answer answer = gateway.api().put(INVENTORY, CATALOG_SELLER_KEY, List.of(
                Map.of("sku", "SHIRT-M", "location", "BLR-1", "quantity", 10_000_001),
                Map.of("sku", "SHIRT-M", "location", "BLR-1", "quantity", -1),
                Map.of("sku", "", "location", "BLR-1")));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("[0].quantity")).isEqualTo("must be less than or equal to 10000000");
        assertThat(answer.detail("[1].quantity")).isEqualTo("must be greater than or equal to 0");
        assertThat(answer.detail("[1]")).isEqualTo("repeats a sku at the same location");
        assertThat(answer.detail("[2].sku")).isEqualTo("must not be blank");
        assertThat(answer.detail("[2].quantity")).isEqualTo("must not be null");
    }
}
