package com.vmsflow.gateway.catalog;

import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.SkuMappingRepository;
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

    private static List<String> notes(String orderId) {
        return gateway.workflows().newWorkflowStub(ForwardOrderWorkflow.class,
                        ForwardOrderWorkflow.idFor(CATALOG_CLIENT, orderId))
                .state().history().stream().map(StatusChange::note).toList();
    }

    @Test
    void mappingsAreWrittenAndTheOrdersFailedForThemRetry() {
        gateway.startOrder(CATALOG_CLIENT, "CT-1", Map.of("AJ-SHIRT", 1));
        gateway.recordOrder(CATALOG_CLIENT, "CT-1", OrderStatus.FAILED, List.of("AJ-SHIRT"));
        gateway.startOrder(CATALOG_CLIENT, "CT-2", Map.of("AJ-OTHER", 1));
        gateway.recordOrder(CATALOG_CLIENT, "CT-2", OrderStatus.FAILED, List.of("AJ-OTHER"));
        gateway.recordOrder(CATALOG_CLIENT, "CT-3", OrderStatus.FAILED, List.of("AJ-SHIRT"));

        Api.Answer answer = gateway.api().put(MAPPINGS, CATALOG_SELLER_KEY, List.of(
                Map.of("channelSku", "AJ-SHIRT", "clientSku", "SHIRT-M"),
                Map.of("channelSku", "AJ-CAP", "clientSku", "CAP")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("mappingsWritten").asInt()).isEqualTo(2);
        // CT-3 has no workflow any more: skipped. CT-2 waits for another SKU.
        assertThat(answer.json().path("ordersRetried").toString()).isEqualTo("[\"CT-1\"]");
        assertThat(notes("CT-1")).contains("signal: skuMappingsUploaded");
        assertThat(notes("CT-2")).doesNotContain("signal: skuMappingsUploaded");
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
        gateway.startOrder(CATALOG_CLIENT, "CT-4", Map.of("SHIRT-M", 1));
        gateway.recordOrder(CATALOG_CLIENT, "CT-4", OrderStatus.UNFULFILLABLE, List.of());
        gateway.startOrder(CATALOG_CLIENT, "CT-5", Map.of("SHIRT-M", 1));

        Api.Answer answer = gateway.api().put(INVENTORY, CATALOG_WAREHOUSE_KEY, List.of(
                Map.of("sku", "SHIRT-M", "location", "BLR-1", "quantity", 5),
                Map.of("sku", "SHIRT-M", "location", "DEL-1", "quantity", 0)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("levelsWritten").asInt()).isEqualTo(2);
        assertThat(answer.json().path("ordersRetried").toString()).isEqualTo("[\"CT-4\"]");
        assertThat(notes("CT-4")).contains("signal: inventoryUpdated");
        assertThat(notes("CT-5")).doesNotContain("signal: inventoryUpdated");
        assertThat(new InventoryRepository(gateway.jdbi()).stock(CATALOG_CLIENT, "SHIRT-M"))
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
