package com.vmsflow.sandbox.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.sandbox.config.ErpClientSettings;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PULL-mode ERP reading the gateway's postings feed: each tick reads pages until the feed is drained, hands
 * each posting over, and acknowledges up to the last one. The cursor moves only after an acknowledgement, so
 * after a failure the same postings come again (and are dropped as duplicates). The gateway being down is
 * logged and tried again at the next tick. One thread per poller, so ticks never overlap.
 */
final class PostingPoller {

    private static final Logger LOG = LoggerFactory.getLogger(PostingPoller.class);
    private static final int PAGE = 50;
    private static final MediaType JSON = MediaType.get("application/json");

    private final ErpClientSettings client;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Consumer<Posting> handler;
    private final ScheduledExecutorService executor;
    private String cursor;
    /** Whether the last tick failed: the gateway being down is logged once, not every tick. */
    private boolean failing;

    PostingPoller(ErpClientSettings client, OkHttpClient http, ObjectMapper mapper, Consumer<Posting> handler) {
        this.client = client;
        this.http = http;
        this.mapper = mapper;
        this.handler = handler;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "erp-poller-" + client.clientId);
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        long interval = client.pollInterval.toMilliseconds();
        executor.scheduleWithFixedDelay(this::tick, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop() {
        executor.shutdownNow();
    }

    private void tick() {
        try {
            boolean more = true;
            while (more && !Thread.currentThread().isInterrupted()) {
                JsonNode page = read();
                JsonNode postings = page.path("postings");
                JsonNode last = null;
                for (JsonNode node : postings) {
                    handle(node);
                    last = node.path("cursor");
                }
                if (last != null) {
                    acknowledge(last);
                    cursor = page.hasNonNull("next") ? page.get("next").asText() : last.asText();
                }
                more = postings.size() >= PAGE;
            }
            if (failing) {
                LOG.info("ERP {} reads the postings feed again", client.clientId);
                failing = false;
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.warn("ERP {} cannot read the postings feed at {}, trying again every tick: {}",
                        client.clientId, client.gatewayUrl, e.toString());
                failing = true;
            }
        }
    }

    /** A posting the ERP cannot take is logged and skipped, so one bad posting never stalls the feed. */
    private void handle(JsonNode node) {
        try {
            handler.accept(mapper.treeToValue(node, Posting.class));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("ERP {} skipped posting {}: {}", client.clientId, node.path("messageId").asText(),
                    e.getMessage());
        }
    }

    private JsonNode read() throws IOException {
        HttpUrl.Builder url = HttpUrl.get(base() + "/postings").newBuilder()
                .addQueryParameter("limit", Integer.toString(PAGE));
        if (cursor != null) {
            url.addQueryParameter("after", cursor);
        }
        Request request = authorized(new Request.Builder().url(url.build()).get());
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("GET /postings answered " + response.code());
            }
            return mapper.readTree(response.body().byteStream());
        }
    }

    /** Acknowledges with the cursor as the feed wrote it, number or text. */
    private void acknowledge(JsonNode upTo) throws IOException {
        byte[] body = mapper.writeValueAsBytes(Map.of("upTo", upTo));
        Request request = authorized(new Request.Builder().url(base() + "/postings/ack")
                .post(RequestBody.create(body, JSON)));
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("POST /postings/ack answered " + response.code());
            }
        }
    }

    private String base() {
        return client.gatewayUrl.replaceAll("/+$", "") + "/v1/clients/" + client.clientId;
    }

    private Request authorized(Request.Builder request) {
        return request.header("Authorization", "Bearer " + client.apiKey).build();
    }
}
