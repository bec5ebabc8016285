package com.vmsflow.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.vmsflow.store.ApiKey;
import com.vmsflow.store.ApiKeyRepository;
import java.time.Duration;
import java.util.Optional;

/**
 * Resolves presented API keys, remembering each answer (unknown keys too) for a few seconds so that a busy
 * integration does not cost a query per request. A revoked key stops working within that time.
 */
public class ApiKeyAuthenticator {

    /** How long an answer is remembered: how long a revoked key may still work. */
    public static final Duration REMEMBER = Duration.ofSeconds(5);

    private final ApiKeyRepository keys;
    // Keyed by the key's hash: the cache holds no usable key.
    private final Cache<String, Optional<ApiKey>> recent;

    public ApiKeyAuthenticator(ApiKeyRepository keys, Duration remember) {
        this(keys, remember, Ticker.systemTicker());
    }

    /** With the clock the cache reads (a test's, so that "within that time" does not depend on the machine's load). */
    ApiKeyAuthenticator(ApiKeyRepository keys, Duration remember, Ticker ticker) {
        this.keys = keys;
        this.recent = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).ticker(ticker).build();
    }

    public Optional<ApiKey> authenticate(String presentedKey) {
        return recent.get(ApiKeyRepository.hash(presentedKey), hash -> keys.findActive(presentedKey));
    }
}
