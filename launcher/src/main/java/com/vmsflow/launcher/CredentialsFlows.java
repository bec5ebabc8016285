package com.vmsflow.launcher;

import static com.vmsflow.launcher.Demo.expectStatus;
import static com.vmsflow.launcher.Demo.line;
import static com.vmsflow.launcher.Demo.sleep;
import static com.vmsflow.launcher.ReturnFlows.CN;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Demo.Flow;
import com.vmsflow.launcher.Demo.Outcome;
import com.vmsflow.launcher.GatewayClient.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo's credentials outage (issue 17): Ajio refuses demo-cn's credentials mid-demo, the Ajio sync waits for
 * support (GET /channels says why), orders made at Ajio meanwhile wait there; Ajio takes the credentials again and the
 * sync, by itself, brings every one of them in. demo-cn, whose other flows are returns, is the client the outage
 * delays least (their calls retry and resume too).
 */
final class CredentialsFlows extends DemoFlows {

    CredentialsFlows(Demo demo) {
        super(demo);
    }

    void addTo(Map<String, Flow> flows) {
        flows.put("CN · Ajio refuses the credentials, then takes them again", this::outage);
    }

    private void outage(List<Outcome> outcomes) {
        sandbox.revokeCredentials(CN);
        JsonNode refused = awaitOrderSync("SUPPORT");
        demo.progress(CN, "sync", "waits for support: " + refused.path("problem").asText());
        List<String> orders = List.of(demo.newOrder(CN, line("AJ-TEE-M", 1, "499.00")),
                demo.newOrder(CN, line("AJ-JEANS-32", 1, "1299.00")));
        sleep(Duration.ofSeconds(3)); // a few refused polls: the orders wait at Ajio
        sandbox.restoreCredentials(CN);
        JsonNode resumed = awaitOrderSync("NONE");
        demo.progress(CN, "sync", "Ajio takes the credentials again: polling, orders fetched up to "
                + resumed.path("ordersFetchedUpTo").asText());
        List<String> statuses = orders.stream()
                .map(order -> demo.awaitStatus(CN, order, "PROCESSING").path("status").asText()).toList();
        String actual = "SUPPORT → " + resumed.path("waitingFor").asText() + ", " + String.join(" and ", statuses);
        outcomes.add(new Outcome("", CN, String.join(", ", orders), "SUPPORT → NONE, PROCESSING and PROCESSING",
                actual, "the sync waited for support while Ajio refused the credentials, then brought in both"
                + " orders made meanwhile by itself"));
    }

    /** The Ajio channel's order sync once it waits for {@code waitingFor} (GET /channels, as support reads it). */
    private JsonNode awaitOrderSync(String waitingFor) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Answer answer = gateway.get("dev-support", "/v1/clients/" + CN + "/channels");
            expectStatus(answer, 200, "channels");
            for (JsonNode channel : answer.body().path("channels")) {
                if (channel.has("orderSync")) {
                    last = channel.path("orderSync");
                    if (last.path("waitingFor").asText().equals(waitingFor)) {
                        return last;
                    }
                }
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException("the Ajio sync of " + CN + " does not wait for " + waitingFor + ": " + last);
    }
}
