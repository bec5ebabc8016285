package com.vmsflow.gateway.erp;

import static com.vmsflow.gateway.testing.GatewayHarness.FEED_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.FEED_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.PUSH_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.PUSH_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.store.PostingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PULL mode through the gateway: pages in cursor order, acknowledgements, and who may read the feed. */
class PostingFeedTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String FEED = "/v1/clients/" + FEED_CLIENT + "/postings";
    private static final String ACK = FEED + "/ack";

    /** Cursors 1 to 4 are orders FO-1 to FO-4, cursor 5 is the return RT-5. */
    @BeforeAll
    static void postings() {
        PostingRepository postings = new PostingRepository(gateway.jdbi());
        for (int i = 1; i <= 4; i++) {
            postings.add(FEED_CLIENT, new ErpPosting("feed-" + i, PostingEventType.OUTWARD_ORDER_CREATE, "FO-" + i,
                    null, Instant.parse("2026-11-23T10:00:0" + i + "Z"),
                    JsonNodeFactory.instance.objectNode().put("orderId", "FO-" + i).put("lines", i)));
        }
        postings.add(FEED_CLIENT, new ErpPosting("feed-5", PostingEventType.RETURN_ORDER_CREATE, "FO-1", "RT-5",
                Instant.parse("2026-11-23T11:00:00Z"), JsonNodeFactory.instance.objectNode().put("returnId", "RT-5")));
    }

    private static Api.Answer read(String query) {
        return gateway.api().get(FEED + query, FEED_ERP_KEY);
    }

    private static List<Long> cursors(Api.Answer page) {
        List<Long> cursors = new ArrayList<>();
        page.json().path("postings").forEach(p -> cursors.add(p.path("cursor").asLong()));
        return cursors;
    }

    // The one test that acknowledges: the others read nothing that depends on it.
    @Test
    void theErpPagesThroughItsPostingsAndAcknowledgesThem() {
        Api.Answer first = read("?limit=2");
        Api.Answer second = read("?after=" + first.json().path("next").asLong() + "&limit=2");
        Api.Answer acked = gateway.api().post(ACK, FEED_ERP_KEY, Map.of("upTo", 4));
        Api.Answer fromStart = read("");
        Api.Answer beyond = gateway.api().post(ACK, FEED_ERP_KEY, Map.of("upTo", 6));
        Api.Answer afterRefusal = read("");
        Api.Answer backwards = gateway.api().post(ACK, FEED_ERP_KEY, Map.of("upTo", 2));
        Api.Answer all = gateway.api().post(ACK, FEED_ERP_KEY, Map.of("upTo", 5));
        Api.Answer empty = read("");
        Api.Answer emptyFurther = read("?after=9");

        assertThat(first.status()).isEqualTo(200);
        assertThat(cursors(first)).containsExactly(1L, 2L);
        assertThat(first.json().path("next").asLong()).isEqualTo(2);
        assertThat(cursors(second)).containsExactly(3L, 4L);
        assertThat(acked.status()).isEqualTo(200);
        assertThat(acked.json().path("ackedUpTo").asLong()).isEqualTo(4);
        assertThat(cursors(fromStart)).as("acknowledged postings are not served again").containsExactly(5L);
        assertPostingsAsServed(second.json().path("postings").get(1), fromStart.json().path("postings").get(0));
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(beyond.detail("upTo")).isEqualTo("is beyond the last posting, 5");
        assertThat(cursors(afterRefusal)).as("a refused ack changes nothing").containsExactly(5L);
        assertThat(backwards.json().path("ackedUpTo").asLong()).as("an ack never moves back").isEqualTo(4);
        assertThat(all.json().path("ackedUpTo").asLong()).isEqualTo(5);
        assertThat(empty.json().path("postings").isEmpty()).isTrue();
        assertThat(empty.json().path("next").asLong()).as("an empty page starts after the ack").isEqualTo(5);
        assertThat(emptyFurther.json().path("next").asLong()).isEqualTo(9);
    }

    /** The shape of a posting, read from the pages of the test above as they were served. */
    private static void assertPostingsAsServed(JsonNode order, JsonNode ret) {
        assertThat(order.path("id").isIntegralNumber()).isTrue();
        assertThat(order.path("id").asLong()).isEqualTo(order.path("cursor").asLong()).isEqualTo(4);
        assertThat(order.path("messageId").asText()).isEqualTo("feed-4");
        assertThat(order.path("eventType").asText()).isEqualTo("OUTWARD_ORDER_CREATE");
        assertThat(order.path("orderId").asText()).isEqualTo("FO-4");
        assertThat(order.has("returnId")).isFalse();
        assertThat(order.path("createdAt").asText()).isEqualTo("2026-11-23T10:00:04Z");
        assertThat(order.path("payload").isObject()).as("the payload is JSON, not a string").isTrue();
        assertThat(order.path("payload").path("lines").asInt()).isEqualTo(4);
        assertThat(ret.path("id").asLong()).isEqualTo(5);
        assertThat(ret.path("eventType").asText()).isEqualTo("RETURN_ORDER_CREATE");
        assertThat(ret.path("orderId").asText()).isEqualTo("FO-1");
        assertThat(ret.path("returnId").asText()).isEqualTo("RT-5");
        assertThat(ret.path("payload").path("returnId").asText()).isEqualTo("RT-5");
    }

    @Test
    void badParametersAreNamed() {
        Api.Answer negative = read("?after=-1");
        Api.Answer zero = read("?limit=0");
        Api.Answer tooMany = read("?limit=501");
        Api.Answer notANumber = read("?after=first");
        Api.Answer noUpTo = gateway.api().post(ACK, FEED_ERP_KEY, Map.of());
        Api.Answer negativeUpTo = gateway.api().post(ACK, FEED_ERP_KEY, Map.of("upTo", -1));
        Api.Answer textUpTo = gateway.api().post(ACK, FEED_ERP_KEY, Map.of("upTo", "5"));

        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.detail("after")).isEqualTo("must be greater than or equal to 0");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.detail("limit")).isEqualTo("must be greater than or equal to 1");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.detail("limit")).isEqualTo("must be less than or equal to 500");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(notANumber.detail("after")).isEqualTo("is not valid");
        assertThat(noUpTo.status()).isEqualTo(422);
        assertThat(noUpTo.detail("upTo")).isEqualTo("must not be null");
        assertThat(negativeUpTo.status()).isEqualTo(422);
        assertThat(negativeUpTo.detail("upTo")).isEqualTo("must be greater than or equal to 0");
        assertThat(textUpTo.status()).isEqualTo(400);
        assertThat(textUpTo.detail("upTo")).isEqualTo("must be an integer");
    }

    @Test
    void aPushClientHasNoFeed() {
        String push = "/v1/clients/" + PUSH_CLIENT + "/postings";

        Api.Answer read = gateway.api().get(push, PUSH_ERP_KEY);
        Api.Answer ack = gateway.api().post(push + "/ack", PUSH_ERP_KEY, Map.of("upTo", 0));

        assertThat(read.status()).isEqualTo(409);
        assertThat(read.code()).isEqualTo("NOT_AWAITING");
        assertThat(read.json().path("message").asText()).isEqualTo("client brand-f receives its postings by PUSH");
        assertThat(ack.status()).isEqualTo(409);
        assertThat(ack.code()).isEqualTo("NOT_AWAITING");
    }

    @Test
    void onlyTheClientsErpReadsAndAcknowledgesItsFeed() {
        Api.Answer warehouse = gateway.api().get("/v1/clients/brand-a/postings", WAREHOUSE_KEY);
        Api.Answer support = gateway.api().get(FEED, SUPPORT_KEY);
        Api.Answer otherErp = gateway.api().get(FEED, RMS_ERP_KEY);
        Api.Answer otherErpAck = gateway.api().post(ACK, RMS_ERP_KEY, Map.of("upTo", 5));
        Api.Answer noKey = gateway.api().get(FEED, null);

        assertThat(warehouse.status()).isEqualTo(403);
        assertThat(warehouse.code()).isEqualTo("FORBIDDEN");
        assertThat(support.status()).isEqualTo(403);
        assertThat(otherErp.status()).isEqualTo(404);
        assertThat(otherErp.code()).isEqualTo("NOT_FOUND");
        assertThat(otherErpAck.status()).isEqualTo(404);
        assertThat(noKey.status()).isEqualTo(401);
    }
}
