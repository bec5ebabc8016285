package com.vmsflow.gateway.channel;

import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.InventorySyncWorkflow;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.StockLevel;
import com.vmsflow.store.SupportAuditRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client's channels through the gateway, as its settings wrote them at start (GatewayHarness: {@code ajio} on
 * BLR-1 and DEL-1 at the client's buffer of 1, {@code webstore} on every location at ZERO), and support's requests
 * that never reach a sync (refused by the gateway) or find none running ({@code webstore}'s): every refusal changes
 * nothing and is audited. {@link ChannelGoLiveTest} runs {@code ajio}'s sync and controls it.
 */
class ChannelTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String CHANNELS = "/v1/clients/" + CHANNEL_CLIENT + "/channels";

    private static JsonNode channel(Api.Answer page, String channelId) {
        for (JsonNode channel : page.json().path("channels")) {
            if (channel.path("channelId").asText().equals(channelId)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + channelId + " in " + page);
    }

    private static List<SupportAuditRepository.Entry> trail(String channelId) {
        return new SupportAuditRepository(gateway.jdbi()).of(CHANNEL_CLIENT,
                InventorySyncWorkflow.idFor(new ChannelRef(CHANNEL_CLIENT, channelId)));
    }

    private static String mode(String channelId) {
        return gateway.jdbi().withHandle(h -> h.createQuery(
                "select mode from channel_syncs where client_id = :client and channel_id = :channel")
                .bind("client", CHANNEL_CLIENT).bind("channel", channelId).mapTo(String.class).one());
    }

    @Test
    void theChannelsAreListedAsTheSettingsSayWithTheirSyncs() {
        Api.Answer answer = gateway.api().get(CHANNELS, CHANNEL_SELLER_KEY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().has("next")).isFalse();
        JsonNode ajio = channel(answer, "ajio");
        assertThat(ajio.path("kind").asText()).isEqualTo("AJIO");
        assertThat(ajio.path("allLocations").asBoolean()).isFalse();
        assertThat(ajio.path("locations").toString()).isEqualTo("[\"BLR-1\",\"DEL-1\"]");
        assertThat(ajio.path("buffer").asInt()).as("the client's stockBuffer").isEqualTo(1);
        assertThat(ajio.path("inventorySync").path("mode").asText()).isEqualTo("ALL");
        JsonNode webstore = channel(answer, "webstore");
        assertThat(webstore.path("kind").asText()).isEqualTo("WEBSTORE");
        assertThat(webstore.path("allLocations").asBoolean()).isTrue();
        assertThat(webstore.path("buffer").asInt()).isZero();
        assertThat(webstore.path("inventorySync").path("mode").asText()).isEqualTo("ZERO");
    }

    @Test
    void aStockChangeWaitsForEachChannelThatSellsTheLocation() {
        Map<String, Long> before = pending();

        new InventoryRepository(gateway.jdbi()).setStock(CHANNEL_CLIENT, List.of(
                new StockLevel("CH-PENDING", "BLR-1", 3), new StockLevel("CH-PENDING", "MUM-1", 4)));

        Map<String, Long> after = pending();
        assertThat(after.get("ajio") - before.get("ajio")).as("BLR-1 only").isEqualTo(1);
        assertThat(after.get("webstore") - before.get("webstore")).as("both").isEqualTo(2);
    }

    private static Map<String, Long> pending() {
        Api.Answer answer = gateway.api().get(CHANNELS, SUPPORT_KEY);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, Long> pending = new HashMap<>();
        answer.json().path("channels").forEach(c -> pending.put(c.path("channelId").asText(),
                c.path("inventorySync").path("pendingChanges").asLong()));
        return pending;
    }

    @Test
    void theSyncsStateIsWhatItsStepsRecorded() {
        gateway.jdbi().useHandle(h -> h.createUpdate("""
                update channel_syncs set changes_pushed = 1200, skus_pushed = 40, calls = 3, throttled = 1,
                       last_push_at = :pushed, last_reconciliation_id = 'rec-7', last_reconciliation_at = :reconciled,
                       last_differences = 5, last_unmapped = 2, allow_list = '{CAP,HAT}'
                where client_id = :client and channel_id = 'ajio'
                """).bind("client", CHANNEL_CLIENT).bind("pushed", Instant.parse("2026-03-01T10:00:00Z"))
                .bind("reconciled", Instant.parse("2026-03-01T02:00:00Z")).execute());

        JsonNode sync = channel(gateway.api().get(CHANNELS, SUPPORT_KEY), "ajio").path("inventorySync");

        assertThat(sync.path("changesPushed").asLong()).isEqualTo(1200);
        assertThat(sync.path("skusPushed").asLong()).isEqualTo(40);
        assertThat(sync.path("calls").asLong()).isEqualTo(3);
        assertThat(sync.path("throttled").asLong()).isEqualTo(1);
        assertThat(sync.path("lastPushAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(sync.path("lastReconciliationId").asText()).isEqualTo("rec-7");
        assertThat(sync.path("lastReconciliationAt").asText()).isEqualTo("2026-03-01T02:00:00Z");
        assertThat(sync.path("differencesFound").asInt()).isEqualTo(5);
        assertThat(sync.path("unmapped").asInt()).isEqualTo(2);
        assertThat(sync.path("allowListSize").asInt()).isEqualTo(2);
    }

    @Test
    void theChannelsArePagedByChannelId() {
        Api.Answer first = gateway.api().get(CHANNELS + "?limit=1", CHANNEL_SELLER_KEY);
        Api.Answer second = gateway.api().get(CHANNELS + "?limit=1&after=" + first.json().path("next").asText(),
                CHANNEL_SELLER_KEY);
        Api.Answer badLimit = gateway.api().get(CHANNELS + "?limit=0", CHANNEL_SELLER_KEY);

        assertThat(first.json().path("channels").findValuesAsText("channelId")).containsExactly("ajio");
        assertThat(first.json().path("next").asText()).isEqualTo("ajio");
        assertThat(second.json().path("channels").findValuesAsText("channelId")).containsExactly("webstore");
        assertThat(second.json().has("next")).isFalse();
        assertThat(badLimit.status()).isEqualTo(422);
        assertThat(badLimit.detail("limit")).isNotNull();
        Api.Answer twice = gateway.api().get(CHANNELS + "?limit=1&limit=2", CHANNEL_SELLER_KEY);
        assertThat(twice.status()).as("Schemathesis's case: limit as a list").isEqualTo(422);
        assertThat(twice.detail("limit")).isEqualTo("given 2 times: give it once");
        assertThat(gateway.api().get(CHANNELS + "?limit=1&limit=2", null).status()).as("no key: 401 first")
                .isEqualTo(401);
    }

    @Test
    void onlyTheSellerAndSupportReadTheChannelsAndOnlyTheirOwn() {
        Api.Answer warehouse = gateway.api().get(CHANNELS, CHANNEL_WAREHOUSE_KEY);
        Api.Answer otherSeller = gateway.api().get(CHANNELS, RMS_SELLER_KEY);

        assertThat(warehouse.status()).isEqualTo(403);
        assertThat(otherSeller.status()).isEqualTo(404);
    }

    @Test
    void aGoLiveControlThatCannotApplyChangesNothingAndIsAudited() {
        int audited = trail("webstore").size();

        Api.Answer withoutSkus = gateway.api().put(CHANNELS + "/webstore/inventory-sync", SUPPORT_KEY,
                Map.of("mode", "ALLOW_LIST", "skus", List.of(), "reason", "first SKUs"));
        Api.Answer skusForAll = gateway.api().put(CHANNELS + "/webstore/inventory-sync", SUPPORT_KEY,
                Map.of("mode", "ALL", "skus", List.of("CAP"), "reason", "live"));
        Api.Answer repeated = gateway.api().put(CHANNELS + "/webstore/inventory-sync", SUPPORT_KEY,
                Map.of("mode", "ALLOW_LIST", "skus", List.of("CAP", "CAP"), "reason", "first SKUs"));
        Api.Answer noMode = gateway.api().put(CHANNELS + "/webstore/inventory-sync", SUPPORT_KEY,
                Map.of("skus", List.of("CAP"), "reason", "first SKUs"));

        assertThat(withoutSkus.status()).as(withoutSkus.toString()).isEqualTo(422);
        assertThat(withoutSkus.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(withoutSkus.detail("skus")).isEqualTo("ALLOW_LIST needs the skus it shows");
        assertThat(skusForAll.detail("skus")).isEqualTo("skus are for ALLOW_LIST only; ALL shows every SKU");
        assertThat(repeated.detail("skus")).isEqualTo("skus may not repeat");
        assertThat(noMode.detail("mode")).isEqualTo("mode is required: ALL, ALLOW_LIST or ZERO");
        assertThat(mode("webstore")).isEqualTo("ZERO");
        List<SupportAuditRepository.Entry> trail = trail("webstore");
        assertThat(trail).hasSize(audited + 4);
        assertThat(trail.get(audited)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("GO_LIVE");
            assertThat(entry.reason()).isEqualTo("first SKUs");
            assertThat(entry.outcome()).isEqualTo("REFUSED");
            assertThat(entry.refusalCode()).isEqualTo("VALIDATION_FAILED");
        });
    }

    @Test
    void aSupportRequestNeedsAReasonAndAChannelTheClientHas() {
        Api.Answer noReason = gateway.api().put(CHANNELS + "/ajio/inventory-sync", SUPPORT_KEY,
                Map.of("mode", "ZERO"));
        Api.Answer unknown = gateway.api().put(CHANNELS + "/nosuch/inventory-sync", SUPPORT_KEY,
                Map.of("mode", "ZERO", "reason", "catalogue check"));
        Api.Answer unknownReconcile = gateway.api().post(CHANNELS + "/nosuch/inventory-sync/reconcile", SUPPORT_KEY,
                Map.of("reason", "after the sale"));
        Api.Answer badMode = gateway.api().put(CHANNELS + "/ajio/inventory-sync", SUPPORT_KEY,
                Map.of("mode", "SOME", "reason", "catalogue check"));

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.detail("reason")).isEqualTo("must not be blank");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknownReconcile.status()).isEqualTo(404);
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(mode("ajio")).isEqualTo("ALL");
        assertThat(trail("nosuch")).isEmpty();
    }

    @Test
    void onlySupportControlsASync() {
        Api.Answer seller = gateway.api().put(CHANNELS + "/ajio/inventory-sync", CHANNEL_SELLER_KEY,
                Map.of("mode", "ZERO", "reason", "catalogue check"));
        Api.Answer sellerReconcile = gateway.api().post(CHANNELS + "/ajio/inventory-sync/reconcile",
                CHANNEL_SELLER_KEY, Map.of("reason", "after the sale"));

        assertThat(seller.status()).isEqualTo(403);
        assertThat(sellerReconcile.status()).isEqualTo(403);
        assertThat(mode("ajio")).isEqualTo("ALL");
    }

    @Test
    void aChannelWhoseSyncIsNotRunningTakesNoInputYet() {
        int audited = trail("webstore").size();

        Api.Answer goLive = gateway.api().put(CHANNELS + "/webstore/inventory-sync", SUPPORT_KEY,
                Map.of("mode", "ALL", "reason", "catalogue checked"));
        Api.Answer reconcile = gateway.api().post(CHANNELS + "/webstore/inventory-sync/reconcile", SUPPORT_KEY,
                Map.of("reason", "after the sale"));

        assertThat(goLive.status()).as(goLive.toString()).isEqualTo(409);
        assertThat(goLive.code()).isEqualTo("NOT_AWAITING");
        assertThat(reconcile.status()).as(reconcile.toString()).isEqualTo(409);
        assertThat(mode("webstore")).isEqualTo("ZERO");
        assertThat(trail("webstore").subList(audited, audited + 2))
                .extracting(SupportAuditRepository.Entry::action, SupportAuditRepository.Entry::outcome)
                .containsExactly(tuple("GO_LIVE", "REFUSED"),
                        tuple("RECONCILE", "REFUSED"));
    }
}
