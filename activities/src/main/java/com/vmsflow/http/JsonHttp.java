package com.vmsflow.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.json.Json;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One outside system spoken to in JSON over HTTP, and the one place where its answers become what Temporal
 * needs:
 * <ul>
 *   <li>2xx: the body, read as the answer's type;</li>
 *   <li>4xx other than 401, 408 and 429: a {@link Refusal}, failed as non-retryable of the system's refused type
 *       by {@link #call};</li>
 *   <li>401: retryable {@link #UNAUTHORIZED} (the Ajio client renews its token and repeats the call once);</li>
 *   <li>429: retryable {@link #THROTTLED}, next attempt no sooner than the server's {@code Retry-After};</li>
 *   <li>408, 5xx, I/O errors, timeouts and unreadable answers: retryable {@link #UNAVAILABLE}.</li>
 * </ul>
 * Thread-safe: one instance serves every activity calling the system.
 */
public record JsonHttp(String system, String refusedType, OkHttpClient client) {

    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String THROTTLED = "THROTTLED";
    public static final String UNAVAILABLE = "UNAVAILABLE";

    private static final MediaType JSON = MediaType.get("application/json");
    /** Error pages from proxies can be long HTML; a failure message keeps their start. */
    private static final int MAX_SERVER_MESSAGE = 500;

    /**
     * @param system      the system's name in failure messages, e.g. {@code Ajio}
     * @param refusedType the failure type of its refusals, e.g. {@code AJIO_REFUSED}
     */

    public static Request.Builder get(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", JSON.toString()).get();
    }

    /** A POST of {@code body} as JSON; the key makes a repeat of the call change nothing at the server. */
    public static Request.Builder post(HttpUrl url, Object body, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
        return new Request.Builder().url(url)
                .header("Accept", JSON.toString())
                .header("Idempotency-Key", idempotencyKey)
                .post(RequestBody.create(json, JSON));
    }

    /** Amounts and rates go as decimal strings with two places, e.g. {@code "999.00"}. */
    public static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Sends the request and reads the answer ({@code Void.class}: none); a refusal fails non-retryable.
     *
     * @throws ApplicationFailure as classified above
     */
    public <T> T call(String operation, Request request, Class<T> answer) {
        try {
            return callRefusable(operation, request, answer);
        } catch (Refusal refusal) {
            throw refusal.toFailure();
        }
    }

    /** Like {@link #call}, but hands a refusal to the caller. */
    public <T> T callRefusable(String operation, Request request, Class<T> answer) throws Refusal {
        Reply reply = execute(operation, request);
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return read(operation, reply.body(), answer);
        }
        ServerError error = ServerError.parse(reply.body());
        if (status == 401) {
            throw failure(UNAUTHORIZED, describe("did not authorize", operation, status, error), null);
        }
        if (status == 429) {
            throw throttled(operation, error, reply.retryAfter());
        }
        if (status >= 400 && status < 500 && status != 408) {
            throw new Refusal(refusedType, status, error.errorCode(), describe("refused", operation, status, error));
        }
        throw failure(UNAVAILABLE, describe("failed", operation, status, error), null);
    }

    private Reply execute(String operation, Request request) {
        try (Response response = client.newCall(request).execute()) {
            return new Reply(response.code(), response.body().string(), response.header("Retry-After"));
        } catch (IOException e) {
            throw failure(UNAVAILABLE, system + " unreachable for " + operation + ": " + e, e);
        }
    }

    private <T> T read(String operation, String body, Class<T> answer) {
        if (answer == Void.class) {
            return null;
        }
        try {
            return Json.mapper().readValue(body, answer);
        } catch (IOException e) {
            // Retryable: a cut-off answer reads fine next time, and a changed contract shows on the retrying activity.
            throw failure(UNAVAILABLE, system + " answered " + operation + " with what is not a "
                    + answer.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private ApplicationFailure throttled(String operation, ServerError error, String retryAfter) {
        Duration delay = retryDelay(retryAfter);
        String message = describe("throttled", operation, 429, error)
                + (delay == null ? "" : "; retry after " + delay.toSeconds() + " s");
        return ApplicationFailure.newBuilder()
                .setType(THROTTLED)
                .setMessage(message)
                .setNonRetryable(false)
                .setNextRetryDelay(delay)
                .build();
    }

    /** Retry-After in whole seconds, as the contract says; without a usable one Temporal's backoff applies. */
    private static Duration retryDelay(String retryAfter) {
        if (retryAfter == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(retryAfter.trim());
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ApplicationFailure failure(String type, String message, Throwable cause) {
        return ApplicationFailure.newBuilder()
                .setType(type)
                .setMessage(message)
                .setNonRetryable(false)
                .setCause(cause)
                .build();
    }

    /** E.g. {@code Ajio refused acknowledge (409 ALREADY_ACKNOWLEDGED): the order is acknowledged}. */
    private String describe(String verb, String operation, int status, ServerError error) {
        String code = error.errorCode().isEmpty() ? "" : " " + error.errorCode();
        String message = error.message().isEmpty() ? "" : ": " + error.message();
        return system + " " + verb + " " + operation + " (" + status + code + ")" + message;
    }

    private record Reply(int status, String body, String retryAfter) {
    }

    /** The contract's error answer {@code {errorCode, message}}; any other body is kept as the message. */
    private record ServerError(String errorCode, String message) {

        static ServerError parse(String body) {
            try {
                ServerError error = Json.mapper().readValue(body, ServerError.class);
                if (error != null && (error.errorCode() != null || error.message() != null)) {
                    return new ServerError(Objects.requireNonNullElse(error.errorCode(), ""),
                            Objects.requireNonNullElse(error.message(), ""));
                }
            } catch (IOException notJson) {
                // an error page of a proxy or server: its text is the message
            }
            String text = body.strip();
            return new ServerError("", text.substring(0, Math.min(text.length(), MAX_SERVER_MESSAGE)));
        }
    }
}
