package com.vmsflow.sandbox.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallLog;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.Outcome;
import com.vmsflow.sandbox.config.ErpClientSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the ERP's documents to the gateway with the ERP's key, asynchronously: OkHttp's dispatcher makes the
 * calls and the scheduler only times the retries, so no thread waits on the gateway. A 5xx, 408, 429 or I/O error
 * is retried with exponential backoff until the gateway answers 2xx (delivered) or another 4xx (refused).
 */
final class GatewayCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayCallbacks.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final ScheduledExecutorService scheduler;
    private final CallLog calls;
    private final Clock clock;

    GatewayCallbacks(OkHttpClient http, ObjectMapper mapper, ScheduledExecutorService scheduler, CallLog calls,
                     Clock clock) {
        this.http = http;
        this.mapper = mapper;
        this.scheduler = scheduler;
        this.calls = calls;
        this.clock = clock;
    }

    void deliver(ErpClientSettings client, ErpDocument document) {
        Request request;
        try {
            request = new Request.Builder()
                    .url(client.gatewayUrl.replaceAll("/+$", "") + document.path)
                    .header("Authorization", "Bearer " + client.apiKey)
                    .post(RequestBody.create(mapper.writeValueAsBytes(document.body), JSON))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ERP document cannot be written as JSON", e);
        }
        send(request, document);
    }

    private void send(Request request, ErpDocument document) {
        http.newCall(request).enqueue(new Callback() {
            @Override
            public void onResponse(@NotNull Call call, @NotNull Response response) {
                int status = response.code();
                response.close();
                boolean transientAnswer = status >= 500 || status == 408 || status == 429;
                Delivery delivery = status < 300 ? Delivery.DELIVERED
                        : transientAnswer ? Delivery.PENDING : Delivery.REFUSED;
                Outcome outcome = status < 300 ? Outcome.APPLIED
                        : transientAnswer ? Outcome.FAULT : Outcome.REFUSED;
                int attempt = note(document, status, delivery, outcome);
                if (delivery == Delivery.REFUSED) {
                    LOG.warn("the gateway refused {} {} of {} with {}", document.kind, document.number,
                            document.reference, status);
                }
                if (transientAnswer) {
                    retry(request, document, attempt);
                }
            }

            @Override
            public void onFailure(@NotNull Call call, @NotNull IOException e) {
                int attempt = note(document, 0, Delivery.PENDING, Outcome.FAULT);
                LOG.debug("sending {} {} to the gateway failed: {}", document.kind, document.number, e.toString());
                retry(request, document, attempt);
            }
        });
    }

    private int note(ErpDocument document, int status, Delivery delivery, Outcome outcome) {
        calls.record(new CallRecord(OutsideSystem.ERP, document.kind.operation, document.reference, null, status,
                outcome, clock.instant()));
        return document.attempted(status, delivery);
    }

    private void retry(Request request, ErpDocument document, int attempt) {
        long delay = Math.min(LAST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(attempt - 1, 16));
        try {
            scheduler.schedule(() -> send(request, document), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("the sandbox is stopping: {} {} stays undelivered", document.kind, document.number);
        }
    }
}
