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
        return create(clientId, role, null, label, key);
    }

    /** The same, with the channel (CHANNEL) or location (STORE) a scoped key serves; null for the other roles. */
    public ApiKey create(String clientId, Role role, String scope, String label, String key) {
        requireScope(role, clientId, scope);
        return dao.insert(hash(key), clientId, role, label, scope);
    }

    /** A development key from the configuration: inserted unless a key with this hash exists (revoked or not). */
    public void ensure(String key, Role role, String clientId, String label) {
        ensure(key, role, clientId, null, label);
    }

    /** The same for a key with a scope (a CHANNEL or STORE key). */
    public void ensure(String key, Role role, String clientId, String scope, String label) {
        requireScope(role, clientId, scope);
        dao.insertIfAbsent(hash(key), clientId, role, label, scope);
    }

    /** Revokes the key; true if it exists (revoking twice is harmless). */
    public boolean revoke(long keyId) {
        return dao.revoke(keyId) > 0;
    }

    /** The keys not revoked, of one client or (null) of all, by id. */
    public List<ApiKey> list(String clientId) {
        return dao.listActive(clientId);
    }

    private static void requireScope(Role role, String clientId, String scope) {
        if ((role == Role.SUPPORT) != (clientId == null)) {
            throw new IllegalArgumentException(role == Role.SUPPORT
                    ? "a SUPPORT key belongs to no client"
                    : "a " + role + " key belongs to a client");
        }
        if (role.scoped() != (scope != null && !scope.isBlank())) {
            throw new IllegalArgumentException(role.scoped()
                    ? "a " + role + " key serves one " + (role == Role.CHANNEL ? "channel" : "location") + ": name it"
                    : "a " + role + " key serves the whole client: it names no channel or location");
        }
    }
}
