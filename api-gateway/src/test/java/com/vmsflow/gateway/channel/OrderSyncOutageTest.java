package com.vmsflow.gateway.channel;

import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.CHANNEL_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.sync.AjioSyncWorkflow;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Support asks why a client's Ajio orders stopped coming (seed 004: changed marketplace credentials): GET /channels
 * shows the Ajio channel's order sync waiting for support with Ajio's reason, and, once Ajio takes the credentials
 * again, polling on by itself from where it stopped.
 */
class OrderSyncOutageTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String CHANNELS = "/v1/clients/" + CHANNEL_CLIENT + "/channels";

    @Test
    void refusedCredentialsShowOnTheAjioChannelUntilAjioTakesThemAgain() {
        gateway.startAjioSync(CHANNEL_CLIENT, Duration.ofMillis(300));
        JsonNode polling = awaitOrderSync(sync -> sync.path("polls").asLong() >= 1, "polling");
        assertThat(polling.path("waitingFor").asText()).isEqualTo("NONE");
        assertThat(polling.has("problem")).isFalse();

        gateway.ajioSync().refuseCredentials(CHANNEL_CLIENT);
        JsonNode refused = awaitOrderSync(sync -> sync.path("waitingFor").asText().equals("SUPPORT"),
                "waiting for support");
        Instant keptCursor = Instant.parse(refused.path("ordersFetchedUpTo").asText());
        JsonNode later = awaitOrderSync(sync -> sync.path("polls").asLong() > refused.path("polls").asLong() + 1,
                "trying again");

        assertThat(refused.path("problem").asText()).startsWith("Ajio refuses the client's credentials")
                .contains("401 BAD_CREDENTIALS");
        assertThat(refused.path("waitingSince").asText()).isNotEmpty();
        assertThat(later.path("waitingFor").asText()).isEqualTo("SUPPORT");
        assertThat(Instant.parse(later.path("ordersFetchedUpTo").asText())).as("the cursor kept").isEqualTo(keptCursor);
        assertThat(later.path("waitingSince").asText()).as("since the first refusal")
                .isEqualTo(refused.path("waitingSince").asText());
        assertThat(waitingForAttribute("SUPPORT")).isEqualTo("SUPPORT");
        assertThat(channel(gateway.api().get(CHANNELS, CHANNEL_SELLER_KEY), "ajio").path("orderSync")
                .path("waitingFor").asText()).as("the seller sees it too").isEqualTo("SUPPORT");
        assertThat(channel(gateway.api().get(CHANNELS, SUPPORT_KEY), "webstore").has("orderSync"))
                .as("a web store's orders do not come from the Ajio sync").isFalse();

        gateway.ajioSync().acceptCredentials(CHANNEL_CLIENT);
        JsonNode resumed = awaitOrderSync(sync -> sync.path("waitingFor").asText().equals("NONE"), "resumed");

        assertThat(resumed.has("problem")).isFalse();
        assertThat(resumed.has("waitingSince")).isFalse();
        assertThat(Instant.parse(resumed.path("ordersFetchedUpTo").asText())).isAfter(keptCursor);
        assertThat(waitingForAttribute("NONE")).isEqualTo("NONE");
    }

    private static JsonNode awaitOrderSync(Predicate<JsonNode> condition, String what) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            Api.Answer answer = gateway.api().get(CHANNELS, SUPPORT_KEY);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode sync = channel(answer, "ajio").path("orderSync");
            if (!sync.isMissingNode() && condition.test(sync)) {
                return sync;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the Ajio order sync is not " + what + ": " + sync);
            }
            sleep();
        }
    }

    /** The sync's WaitingFor search attribute once it is {@code expected}, or as it stands after 5 s. */
    private static String waitingForAttribute(String expected) {
        String value = null;
        for (int i = 0; i < 50 && !expected.equals(value); i++) {
            value = gateway.workflows().newUntypedWorkflowStub(AjioSyncWorkflow.idFor(CHANNEL_CLIENT)).describe()
                    .getTypedSearchAttributes().get(VmsSearchAttributes.WAITING_FOR);
            if (!expected.equals(value)) {
                sleep();
            }
        }
        return value;
    }

    private static JsonNode channel(Api.Answer answer, String channelId) {
        for (JsonNode channel : answer.json().path("channels")) {
            if (channel.path("channelId").asText().equals(channelId)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + channelId + " in " + answer);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
