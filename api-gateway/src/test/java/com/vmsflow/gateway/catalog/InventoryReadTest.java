package com.vmsflow.gateway.catalog;

import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.store.InventoryRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /inventory: per SKU its stock per location with what orders hold, and what each channel was last shown; and
 * PUT /inventory from the ERP, nudging the syncs. Its SKUs start with INV- (the channel client's other tests use
 * others).
 */
class InventoryReadTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String INVENTORY = "/v1/clients/" + CHANNEL_CLIENT + "/inventory";

    private static void pushed(String channelId, String channelSku, String clientSku, int quantity, String at) {
        gateway.jdbi().useHandle(h -> h.createUpdate("""
                insert into channel_stock (client_id, channel_id, channel_sku, client_sku, quantity, pushed_at)
                values (:client, :channel, :channelSku, :clientSku, :quantity, :at)
                on conflict (client_id, channel_id, channel_sku)
                do update set quantity = excluded.quantity, pushed_at = excluded.pushed_at
                """).bind("client", CHANNEL_CLIENT).bind("channel", channelId).bind("channelSku", channelSku)
                .bind("clientSku", clientSku).bind("quantity", quantity).bind("at", Instant.parse(at)).execute());
    }

    @Test
    void theErpWritesStockAndTheSyncsAreNudged() {
        int nudges = gateway.stockNudges(CHANNEL_CLIENT);

        Api.Answer answer = gateway.api().put(INVENTORY, CHANNEL_ERP_KEY, List.of(
                Map.of("sku", "INV-ERP", "location", "BLR-1", "quantity", 12)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("levelsWritten").asInt()).isEqualTo(1);
        assertThat(gateway.stockNudges(CHANNEL_CLIENT)).isEqualTo(nudges + 1);
    }

    @Test
    void aRefusedWriteNudgesNothing() {
        int nudges = gateway.stockNudges(CHANNEL_CLIENT);

        Api.Answer answer = gateway.api().put(INVENTORY, CHANNEL_ERP_KEY, List.of(
                Map.of("sku", "INV-BAD", "location", "BLR-1", "quantity", -1)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(gateway.stockNudges(CHANNEL_CLIENT)).isEqualTo(nudges);
    }

    @Test
    void eachSkuShowsItsStockPerLocationAndWhatEachChannelWasShown() {
        gateway.api().put(INVENTORY, CHANNEL_WAREHOUSE_KEY, List.of(
                Map.of("sku", "INV-CAP", "location", "BLR-1", "quantity", 10),
                Map.of("sku", "INV-CAP", "location", "DEL-1", "quantity", 1)));
        InventoryRepository inventory = new InventoryRepository(gateway.jdbi());
        inventory.reserve(CHANNEL_CLIENT, "INV-ORDER-1", Map.of("INV-CAP", 11));
        // A recount below what the order holds at DEL-1: nothing available there, and it takes nothing from BLR-1.
        gateway.api().put(INVENTORY, CHANNEL_WAREHOUSE_KEY, List.of(
                Map.of("sku", "INV-CAP", "location", "DEL-1", "quantity", 0)));
        pushed("ajio", "AJ-INV-CAP", "INV-CAP", 0, "2026-03-01T10:00:00Z");
        pushed("ajio", "AJ-INV-CAP-2", "INV-CAP", 0, "2026-03-01T10:00:01Z");
        pushed("webstore", "INV-CAP", "INV-CAP", 0, "2026-03-01T10:00:02Z");

        Api.Answer answer = gateway.api().get(INVENTORY + "?sku=INV-CAP", CHANNEL_SELLER_KEY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode cap = answer.json().path("skus").get(0);
        assertThat(answer.json().path("skus")).hasSize(1);
        assertThat(cap.path("sku").asText()).isEqualTo("INV-CAP");
        assertThat(cap.path("locations").toString()).isEqualTo("[{\"location\":\"BLR-1\",\"pool\":\"GOOD\","
                + "\"onHand\":10,\"reserved\":10,\"available\":0},{\"location\":\"DEL-1\",\"pool\":\"GOOD\","
                + "\"onHand\":0,\"reserved\":1,\"available\":0}]");
        assertThat(cap.path("channels").toString()).isEqualTo("[{\"channelId\":\"ajio\",\"channelSku\":"
                + "\"AJ-INV-CAP\",\"quantity\":0,\"pushedAt\":\"2026-03-01T10:00:00Z\"},{\"channelId\":\"ajio\","
                + "\"channelSku\":\"AJ-INV-CAP-2\",\"quantity\":0,\"pushedAt\":\"2026-03-01T10:00:01Z\"},"
                + "{\"channelId\":\"webstore\",\"channelSku\":\"INV-CAP\",\"quantity\":0,"
                + "\"pushedAt\":\"2026-03-01T10:00:02Z\"}]");
    }

    @Test
    void aLocationShowsItsSkusAndTheirStockThereOnly() {
        gateway.api().put(INVENTORY, CHANNEL_WAREHOUSE_KEY, List.of(
                Map.of("sku", "INV-LOC-A", "location", "MUM-9", "quantity", 2),
                Map.of("sku", "INV-LOC-A", "location", "BLR-1", "quantity", 5),
                Map.of("sku", "INV-LOC-B", "location", "BLR-1", "quantity", 5)));

        Api.Answer answer = gateway.api().get(INVENTORY + "?location=MUM-9", SUPPORT_KEY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("skus").findValuesAsText("sku")).containsExactly("INV-LOC-A");
        assertThat(answer.json().path("skus").get(0).path("locations").findValuesAsText("location"))
                .containsExactly("MUM-9");
        assertThat(answer.json().path("skus").get(0).path("locations").get(0).path("available").asInt())
                .isEqualTo(2);
    }

    @Test
    void theSkusArePagedInCodePointOrder() {
        gateway.api().put(INVENTORY, CHANNEL_WAREHOUSE_KEY, List.of(
                Map.of("sku", "INV-PAGE-b", "location", "PAGE-1", "quantity", 1),
                Map.of("sku", "INV-PAGE-B", "location", "PAGE-1", "quantity", 1),
                Map.of("sku", "INV-PAGE-A", "location", "PAGE-1", "quantity", 1)));

        Api.Answer first = gateway.api().get(INVENTORY + "?location=PAGE-1&limit=2", CHANNEL_WAREHOUSE_KEY);
        Api.Answer second = gateway.api().get(INVENTORY + "?location=PAGE-1&limit=2&after="
                + first.json().path("next").asText(), CHANNEL_WAREHOUSE_KEY);

        assertThat(first.json().path("skus").findValuesAsText("sku")).containsExactly("INV-PAGE-A", "INV-PAGE-B");
        assertThat(first.json().path("next").asText()).isEqualTo("INV-PAGE-B");
        assertThat(second.json().path("skus").findValuesAsText("sku")).containsExactly("INV-PAGE-b");
        assertThat(second.json().has("next")).isFalse();
    }

    @Test
    void readersAreTheSellerTheWarehouseAndSupportOfTheirOwnClient() {
        Api.Answer erp = gateway.api().get(INVENTORY, CHANNEL_ERP_KEY);
        Api.Answer otherSeller = gateway.api().get(INVENTORY, RMS_SELLER_KEY);
        Api.Answer badLimit = gateway.api().get(INVENTORY + "?limit=501", SUPPORT_KEY);
        Api.Answer longSku = gateway.api().get(INVENTORY + "?sku=" + "X".repeat(101), SUPPORT_KEY);

        assertThat(erp.status()).isEqualTo(403);
        assertThat(otherSeller.status()).isEqualTo(404);
        assertThat(badLimit.status()).isEqualTo(422);
        assertThat(longSku.status()).isEqualTo(422);
    }
}
