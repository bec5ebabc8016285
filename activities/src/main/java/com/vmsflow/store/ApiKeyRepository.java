package com.vmsflow.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** API keys, stored as the SHA-256 of the key: a leaked table gives no usable key. */
public class ApiKeyRepository {

    private final ApiKeyDao dao;

    public ApiKeyRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(ApiKeyDao.class);
    }

    /** The lowercase hex SHA-256 of the key's UTF-8 bytes: what the table holds. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The key presented on a request, if it exists and is not revoked. */
    public Optional<ApiKey> findActive(String presentedKey) {
        String presented = hash(presentedKey);
        // Found by its hash (any timing there tells about a hash, never the key), confirmed in constant time.
        return dao.findActive(presented)
                .filter(k -> MessageDigest.isEqual(k.keyHash().getBytes(UTF_8), presented.getBytes(UTF_8)))
                .map(ApiKeyDao.Stored::toKey);
    }

    /** Stores a new key (its hash only); SUPPORT keys have no client, every other role has one. */
    public ApiKey create(String clientId, Role role, String label, String key) {
        requireScope(role, clientId);
        return dao.insert(hash(key), clientId, role, label);
    }

    /** A development key from the configuration: inserted unless a key with this hash exists (revoked or not). */
    public void ensure(String key, Role role, String clientId, String label) {
        requireScope(role, clientId);
        dao.insertIfAbsent(hash(key), clientId, role, label);
    }

    /** Revokes the key; true if it exists (revoking twice is harmless). */
    public boolean revoke(long keyId) {
        return dao.revoke(keyId) > 0;
    }

    /** The keys not revoked, of one client or (null) of all, by id. */
    public List<ApiKey> list(String clientId) {
        return dao.listActive(clientId);
    }

    private static void requireScope(Role role, String clientId) {
        if ((role == Role.SUPPORT) != (clientId == null)) {
            throw new IllegalArgumentException(role == Role.SUPPORT
                    ? "a SUPPORT key belongs to no client"
                    : "a " + role + " key belongs to a client");
        }
    }
}
