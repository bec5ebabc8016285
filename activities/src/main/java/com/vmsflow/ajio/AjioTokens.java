package com.vmsflow.ajio;

import com.vmsflow.http.JsonHttp;
import com.vmsflow.http.Refusal;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;

/**
 * Ajio access tokens, one per seller, reused until {@code margin} before Ajio says they expire. Per seller, one
 * thread at a time fetches; the others wait for its token rather than asking Ajio too.
 */
final class AjioTokens {

    private final JsonHttp http;
    private final HttpUrl tokenUrl;
    private final Duration margin;
    private final Clock clock;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    AjioTokens(JsonHttp http, HttpUrl tokenUrl, Duration margin, Clock clock) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.margin = margin;
        this.clock = clock;
    }

    String token(SellerAccount account) {
        Slot slot = slots.computeIfAbsent(account.sellerId(), sellerId -> new Slot());
        Token token = slot.token;
        if (token != null && token.freshAt(clock.instant())) {
            return token.value();
        }
        synchronized (slot) {
            if (slot.token == null || !slot.token.freshAt(clock.instant())) {
                slot.token = fetch(account);
            }
            return slot.token.value();
        }
    }

    /** Drops a token Ajio no longer takes, unless another thread has already replaced it. */
    void expire(SellerAccount account, String rejected) {
        Slot slot = slots.get(account.sellerId());
        synchronized (slot) {
            if (slot.token != null && slot.token.value().equals(rejected)) {
                slot.token = null;
            }
        }
    }

    /** Ajio refuses the seller account's credentials: {@link AjioActivities#CREDENTIALS_REFUSED}, retryable. */
    static ApplicationFailure credentialsRefused(SellerAccount account, String why) {
        return ApplicationFailure.newBuilder()
                .setType(AjioActivities.CREDENTIALS_REFUSED)
                .setMessage("Ajio refuses the credentials of seller account " + account.sellerId() + " (" + why
                        + "): the client's Ajio credentials must be fixed")
                .setNonRetryable(false)
                .build();
    }

    private Token fetch(SellerAccount account) {
        Instant asked = clock.instant();
        // A fresh key each time: a replayed answer would be a token that may have expired.
        TokenAnswer answer;
        try {
            answer = http.callRefusable("fetchToken",
                    JsonHttp.post(tokenUrl, account, UUID.randomUUID().toString()).build(), TokenAnswer.class);
        } catch (ApplicationFailure failure) {
            // 401 to a token request is the credentials themselves, not a token to renew.
            throw JsonHttp.UNAUTHORIZED.equals(failure.getType()) ? credentialsRefused(account, failure.getOriginalMessage())
                    : failure;
        } catch (Refusal refusal) {
            throw refusal.status() == 403 ? credentialsRefused(account, refusal.getMessage()) : refusal.toFailure();
        }
        return new Token(answer.accessToken(), asked.plusSeconds(answer.expiresIn()).minus(margin));
    }

    private static final class Slot {
        private volatile Token token;
    }

    private record Token(String value, Instant refreshAt) {

        boolean freshAt(Instant now) {
            return now.isBefore(refreshAt);
        }
    }

    private record TokenAnswer(String accessToken, long expiresIn) {
    }
}
