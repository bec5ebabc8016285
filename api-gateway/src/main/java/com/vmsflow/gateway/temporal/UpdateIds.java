package com.vmsflow.gateway.temporal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vmsflow.json.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Update ids made from the request: the same document sent twice gets the same id, and Temporal answers the repeat
 * with the first update's outcome without running it again (API.md, "Idempotency").
 */
public final class UpdateIds {

    // Canonical JSON: fields in one order whatever the client sent, so equal documents hash equally.
    private static final ObjectMapper CANONICAL = Json.configure(JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build());

    private UpdateIds() {
    }

    /** {@code prefix-} and the SHA-256 of the body's canonical JSON, e.g. {@code pack-3f2a...}. */
    public static String of(String prefix, Object body) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(body);
            return prefix + "-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated request body always serialises", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
