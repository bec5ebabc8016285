package com.vmsflow.gateway.channel;

import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.RecordedInventorySync;
import com.vmsflow.gateway.testing.RecordedInventorySync.Reconciliation;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.GoLive;
import com.vmsflow.inventory.GoLiveMode;
import com.vmsflow.inventory.InventorySyncWorkflow;
import com.vmsflow.store.ApiKey;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.SupportAuditRepository;
import io.temporal.client.WorkflowUpdateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Support's hand on a running inventory sync, through the gateway: the harness runs the real sync of the channel
 * client's {@code ajio} account (its channel calls recorded, {@link com.vmsflow.gateway.testing.RecordedInventorySync}).
 * A go-live control is taken by the sync, which reconciles the channel under it at once; the sync's steps write the
 * mode {@code GET /channels} shows when that reconciliation ends. Every control that cannot apply is refused before it
 * reaches the sync, with the code and words the sync's own validator would answer. Each test leaves the sync at ALL,
 * as the settings start it.
 */
class ChannelGoLiveTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String CHANNELS = "/v1/clients/" + CHANNEL_CLIENT + "/channels";
    private static final String AJIO_SYNC = CHANNELS + "/ajio/inventory-sync";
    private static final ChannelRef AJIO = new ChannelRef(CHANNEL_CLIENT, "ajio");

    private InventorySyncWorkflow sync;

    @BeforeEach
    void runningSync() {
        sync = gateway.inventorySync("ajio");
        settled();
    }

    @AfterEach
    void backToAll() {
        long reconciled = settled();
        if (sync.state().goLive().mode() != GoLiveMode.ALL) {
            sync.goLive(GoLive.of(GoLiveMode.ALL));
            reachedTheChannel(nextId(reconciled));
            reconciled = settled();
        }
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(ajio().path("inventorySync").path("lastReconciliationId").asText())
                .isEqualTo("ajio-rec-" + reconciled);
        assertThat(ajio().path("inventorySync").path("mode").asText()).isEqualTo("ALL");
    }

    /**
     * Waits until the sync has counted every reconciliation that reached the channel and none runs (one may still run
     * when a control's answer comes: the control waits only for its start); answers how many it ran.
     */
    private long settled() {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            long counted = sync.state().reconciliations();
            long ran = gateway.inventorySync().reconciliations().stream().filter(r -> r.channel().equals(AJIO))
                    .count();
            if (counted == ran && gateway.inventorySync().running(AJIO) == 0) {
                return counted;
            }
            assertThat(System.currentTimeMillis()).as("the sync counted its %d reconciliations", ran)
                    .isLessThan(deadline);
            sleep(20);
        }
    }

    private static JsonNode ajio() {
        Api.Answer page = gateway.api().get(CHANNELS, SUPPORT_KEY);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        for (JsonNode channel : page.json().path("channels")) {
            if (channel.path("channelId").asText().equals("ajio")) {
                return channel;
            }
        }
        throw new AssertionError("no channel ajio in " + page);
    }

    private static Reconciliation reachedTheChannel(String reconciliationId) {
        return gateway.inventorySync().awaitReconciliation(r -> r.channel().equals(AJIO)
                && r.reconciliationId().equals(reconciliationId), reconciliationId);
    }

    private static List<SupportAuditRepository.Entry> trail() {
        return new SupportAuditRepository(gateway.jdbi()).of(CHANNEL_CLIENT, InventorySyncWorkflow.idFor(AJIO));
    }

    private static ApiKey supportKey() {
        return new ApiKeyRepository(gateway.jdbi()).findActive(SUPPORT_KEY).orElseThrow();
    }

    private static Map<String, Object> control(String mode, List<String> skus, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (mode != null) {
            body.put("mode", mode);
        }
        if (skus != null) {
            body.put("skus", skus);
        }
        body.put("reason", reason);
        return body;
    }

    private static String nextId(long reconciled) {
        return "ajio-rec-" + (reconciled + 1);
    }

    @Test
    void supportTakesTheChannelToZeroForTheCatalogueCheckThenLiveToAll() {
        long reconciled = settled();
        int audited = trail().size();
        int pushed = gateway.inventorySync().pushes().size();

        Api.Answer zero = gateway.api().put(AJIO_SYNC, SUPPORT_KEY, control("ZERO", null, "catalogue check"));

        assertThat(zero.status()).as(zero.toString()).isEqualTo(200);
        assertThat(zero.json().path("channelId").asText()).isEqualTo("ajio");
        assertThat(zero.json().path("inventorySync").path("mode").asText()).isEqualTo("ZERO");
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ZERO));
        assertThat(reachedTheChannel(nextId(reconciled)).goLive().mode()).as("reconciled at once under ZERO")
                .isEqualTo(GoLiveMode.ZERO);
        assertThat(ajio().path("inventorySync").path("mode").asText()).as("as the reconciliation wrote it")
                .isEqualTo("ZERO");
        assertThat(ajio().path("inventorySync").path("lastReconciliationId").asText())
                .isEqualTo(nextId(reconciled));
        gateway.inventorySync().awaitPush(pushed, p -> p.channel().equals(AJIO)
                && p.goLive().mode() == GoLiveMode.ZERO, "under ZERO after the reconciliation");

        Api.Answer reconcile = gateway.api().post(AJIO_SYNC + "/reconcile", SUPPORT_KEY,
                Map.of("reason", "after the catalogue fix"));

        assertThat(reconcile.status()).as(reconcile.toString()).isEqualTo(202);
        assertThat(reconcile.json().path("reconciliationId").asText()).isEqualTo(nextId(reconciled + 1));
        assertThat(reachedTheChannel(nextId(reconciled + 1)).goLive().mode()).isEqualTo(GoLiveMode.ZERO);

        Api.Answer all = gateway.api().put(AJIO_SYNC, SUPPORT_KEY, control("ALL", null, "catalogue checked"));

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().path("inventorySync").path("mode").asText()).isEqualTo("ALL");
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(reachedTheChannel(nextId(reconciled + 2)).goLive().mode()).isEqualTo(GoLiveMode.ALL);
        assertThat(ajio().path("inventorySync").path("mode").asText()).isEqualTo("ALL");

        ApiKey support = supportKey();
        assertThat(trail().subList(audited, trail().size()))
                .extracting(SupportAuditRepository.Entry::action, SupportAuditRepository.Entry::reason,
                        SupportAuditRepository.Entry::outcome, SupportAuditRepository.Entry::keyId,
                        SupportAuditRepository.Entry::caller)
                .containsExactly(
                        tuple("GO_LIVE", "catalogue check", "ACCEPTED", support.keyId(), "SUPPORT#" + support.keyId()),
                        tuple("RECONCILE", "after the catalogue fix", "ACCEPTED", support.keyId(),
                                "SUPPORT#" + support.keyId()),
                        tuple("GO_LIVE", "catalogue checked", "ACCEPTED", support.keyId(),
                                "SUPPORT#" + support.keyId()));
    }

    @Test
    void anAllowListShowsItsSkusAndTheChannelIsReconciledUnderIt() {
        long reconciled = settled();

        Api.Answer allowList = gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALLOW_LIST", List.of("CAP", "HAT"), "first SKUs live"));

        assertThat(allowList.status()).as(allowList.toString()).isEqualTo(200);
        assertThat(allowList.json().path("inventorySync").path("mode").asText()).isEqualTo("ALLOW_LIST");
        assertThat(allowList.json().path("inventorySync").path("allowListSize").asInt()).isEqualTo(2);
        GoLive taken = new GoLive(GoLiveMode.ALLOW_LIST, List.of("CAP", "HAT"));
        assertThat(sync.state().goLive()).isEqualTo(taken);
        assertThat(reachedTheChannel(nextId(reconciled)).goLive()).isEqualTo(taken);
        JsonNode shown = ajio().path("inventorySync");
        assertThat(shown.path("mode").asText()).isEqualTo("ALLOW_LIST");
        assertThat(shown.path("allowListSize").asInt()).isEqualTo(2);

        Api.Answer reconcile = gateway.api().post(AJIO_SYNC + "/reconcile", SUPPORT_KEY,
                Map.of("reason", "check the two"));

        assertThat(reconcile.status()).as(reconcile.toString()).isEqualTo(202);
        assertThat(reachedTheChannel(reconcile.json().path("reconciliationId").asText()).goLive()).isEqualTo(taken);
    }

    @Test
    void aControlIsTakenAtOnceEvenWhenItsReconciliationStartsAfterTheGatewayStopsWaiting() throws Exception {
        long reconciled = settled();
        int audited = trail().size();
        RecordedInventorySync.Hold push = gateway.inventorySync().holdNextPush();
        sync.stockChanged();
        push.awaitEntered();
        ExecutorService support = Executors.newSingleThreadExecutor();
        Api.Answer zero;
        Api.Answer reconcile;
        try {
            Future<Api.Answer> reconciling = support.submit(() -> gateway.api().post(AJIO_SYNC + "/reconcile",
                    SUPPORT_KEY, Map.of("reason", "before the sale")));
            zero = gateway.api().put(AJIO_SYNC, SUPPORT_KEY, control("ZERO", null, "stop the oversells"));
            reconcile = reconciling.get(30, TimeUnit.SECONDS);
        } finally {
            push.release();
            support.shutdownNow();
        }

        assertThat(zero.status()).as(zero.toString()).isEqualTo(200);
        assertThat(zero.json().path("inventorySync").path("mode").asText()).as("the sync took it while busy")
                .isEqualTo("ZERO");
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ZERO));
        assertThat(reconcile.status()).as(reconcile.toString()).isEqualTo(202);
        assertThat(reconcile.json().has("reconciliationId")).as("not started within the wait: " + reconcile)
                .isFalse();
        assertThat(reachedTheChannel(nextId(reconciled)).goLive().mode()).as("one reconciliation for both")
                .isEqualTo(GoLiveMode.ZERO);
        assertThat(settled()).isEqualTo(reconciled + 1);
        assertThat(ajio().path("inventorySync").path("lastReconciliationId").asText())
                .as("the id the answer could not give").isEqualTo(nextId(reconciled));
        assertThat(trail().subList(audited, trail().size()))
                .extracting(SupportAuditRepository.Entry::action, SupportAuditRepository.Entry::outcome)
                .containsExactlyInAnyOrder(tuple("GO_LIVE", "ACCEPTED"), tuple("RECONCILE", "ACCEPTED"));
    }

    @Test
    void aControlThatCannotApplyIsRefusedBeforeTheSyncAndChangesNothing() {
        long reconciled = settled();
        int audited = trail().size();
        int validations = GatewayHarness.syncValidations("ajio");
        List<String> tooMany = IntStream.rangeClosed(1, GoLive.MAX_ALLOW_LIST + 1).mapToObj(i -> "SKU-" + i)
                .toList();

        Map<String, Api.Answer> answers = new LinkedHashMap<>();
        answers.put("no mode", gateway.api().put(AJIO_SYNC, SUPPORT_KEY, control(null, List.of("CAP"), "no mode")));
        answers.put("no skus", gateway.api().put(AJIO_SYNC, SUPPORT_KEY, control("ALLOW_LIST", null, "no skus")));
        answers.put("empty skus", gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALLOW_LIST", List.of(), "empty skus")));
        answers.put("skus for ALL", gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALL", List.of("CAP"), "skus for ALL")));
        answers.put("skus for ZERO", gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ZERO", List.of("CAP"), "skus for ZERO")));
        answers.put("blank", gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALLOW_LIST", List.of("CAP", " "), "blank")));
        answers.put("repeated", gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALLOW_LIST", List.of("CAP", "HAT", "CAP"), "repeated")));
        answers.put("too many", gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALLOW_LIST", tooMany, "too many")));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("no mode", "mode=mode is required: ALL, ALLOW_LIST or ZERO");
        expected.put("no skus", "skus=ALLOW_LIST needs the skus it shows");
        expected.put("empty skus", "skus=ALLOW_LIST needs the skus it shows");
        expected.put("skus for ALL", "skus=skus are for ALLOW_LIST only; ALL shows every SKU");
        expected.put("skus for ZERO", "skus=skus are for ALLOW_LIST only; ZERO shows no SKU");
        expected.put("blank", "skus=skus may not be blank");
        expected.put("repeated", "skus=skus may not repeat");
        expected.put("too many", "skus=an allow-list holds at most 5000 skus, not 5001");
        answers.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer).isEqualTo(422);
            assertThat(answer.code()).as(what).isEqualTo("VALIDATION_FAILED");
            String field = expected.get(what).substring(0, expected.get(what).indexOf('='));
            assertThat(field + "=" + answer.detail(field)).as(what).isEqualTo(expected.get(what));
        });

        assertThat(GatewayHarness.syncValidations("ajio")).as("the gateway answered; none reached the sync")
                .isEqualTo(validations);
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(settled()).as("no reconciliation").isEqualTo(reconciled);
        assertThat(ajio().path("inventorySync").path("mode").asText()).isEqualTo("ALL");
        assertThat(trail().subList(audited, trail().size()))
                .extracting(SupportAuditRepository.Entry::action, SupportAuditRepository.Entry::reason,
                        SupportAuditRepository.Entry::outcome, SupportAuditRepository.Entry::refusalCode)
                .containsExactlyElementsOf(answers.keySet().stream()
                        .map(what -> tuple("GO_LIVE", what, "REFUSED", "VALIDATION_FAILED")).toList());
    }

    @Test
    void aSkuTheGatewayCannotTakeIsNamedByItsPlaceInTheList() {
        long reconciled = settled();
        List<String> withNull = new ArrayList<>(List.of("CAP"));
        withNull.add(null);

        Api.Answer nullSku = gateway.api().put(AJIO_SYNC, SUPPORT_KEY, control("ALLOW_LIST", withNull, "null"));
        Api.Answer longSku = gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALLOW_LIST", List.of("CAP", "HAT", "X".repeat(101)), "long"));
        Api.Answer tab = gateway.api().put(AJIO_SYNC, SUPPORT_KEY, control("ALLOW_LIST", List.of("CA\tP"), "tab"));

        assertThat(nullSku.status()).as(nullSku.toString()).isEqualTo(422);
        assertThat(nullSku.detail("skus[1]")).isEqualTo("must not be null");
        assertThat(longSku.status()).as(longSku.toString()).isEqualTo(422);
        assertThat(longSku.detail("skus[2]")).isNotNull();
        assertThat(tab.status()).as(tab.toString()).isEqualTo(422);
        assertThat(tab.detail("skus[0]")).isEqualTo("must not contain control characters");
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(settled()).isEqualTo(reconciled);
    }

    @Test
    void skusNullAreNoSkusAsWhenLeftOut() {
        settled();

        // The contract says so since the API fuzz sent one.
        Api.Answer nullSkus = gateway.api().send("PUT", AJIO_SYNC, SUPPORT_KEY, "application/json",
                "{\"mode\": \"ALL\", \"skus\": null, \"reason\": \"null skus\"}");

        assertThat(nullSkus.status()).as(nullSkus.toString()).isEqualTo(200);
        assertThat(nullSkus.json().path("inventorySync").path("mode").asText()).isEqualTo("ALL");
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        settled();
    }

    @Test
    void theSyncsOwnValidatorRefusesAControlAsTheGatewayDoes() {
        Api.Answer gatewaysAnswer = gateway.api().put(AJIO_SYNC, SUPPORT_KEY,
                control("ALLOW_LIST", List.of(), "first SKUs"));
        int validations = GatewayHarness.syncValidations("ajio");

        WorkflowUpdateException refused = catchThrowableOfType(
                () -> sync.goLive(new GoLive(GoLiveMode.ALLOW_LIST, List.of())), WorkflowUpdateException.class);
        WorkflowUpdateException noMode = catchThrowableOfType(
                () -> sync.goLive(new GoLive(null, List.of("CAP"))), WorkflowUpdateException.class);

        assertThat(GatewayHarness.syncValidations("ajio")).isEqualTo(validations + 2);
        UpdateErrors.Refusal refusal = UpdateErrors.Refusal.of(refused).orElseThrow();
        assertThat(refusal.code()).isEqualTo(gatewaysAnswer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal.details()).isEqualTo(Map.of("skus", gatewaysAnswer.detail("skus")));
        assertThat(UpdateErrors.Refusal.of(noMode).orElseThrow().details())
                .isEqualTo(Map.of("mode", "mode is required: ALL, ALLOW_LIST or ZERO"));
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
    }

    @Test
    void onlySupportControlsTheSyncOfAClientItKnows() {
        long reconciled = settled();
        int audited = trail().size();

        Api.Answer seller = gateway.api().put(AJIO_SYNC, CHANNEL_SELLER_KEY, control("ZERO", null, "pause"));
        Api.Answer sellerReconcile = gateway.api().post(AJIO_SYNC + "/reconcile", CHANNEL_SELLER_KEY,
                Map.of("reason", "after the sale"));
        Api.Answer otherSeller = gateway.api().put(AJIO_SYNC, RMS_SELLER_KEY, control("ZERO", null, "pause"));
        Api.Answer otherSellerReads = gateway.api().get(CHANNELS, RMS_SELLER_KEY);
        Api.Answer unknownClient = gateway.api().put("/v1/clients/no-such-brand/channels/ajio/inventory-sync",
                SUPPORT_KEY, control("ZERO", null, "pause"));

        assertThat(seller.status()).as(seller.toString()).isEqualTo(403);
        assertThat(sellerReconcile.status()).isEqualTo(403);
        assertThat(otherSeller.status()).as("no seller may, of any client").isEqualTo(403);
        assertThat(otherSellerReads.status()).as("another client's channels are not found").isEqualTo(404);
        assertThat(unknownClient.status()).isEqualTo(404);
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(settled()).isEqualTo(reconciled);
        assertThat(trail()).as("refused before the resource: nothing for the trail").hasSize(audited);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
