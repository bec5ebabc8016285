package com.vmsflow.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ApiKey.class)
@RegisterConstructorMapper(ApiKeyDao.Stored.class)
interface ApiKeyDao {

    record Stored(long keyId, String keyHash, String clientId, Role role, String label, String scope) {

        ApiKey toKey() {
            return new ApiKey(keyId, clientId, role, label, scope);
        }
    }

    @SqlQuery("""
            select key_id, key_hash, client_id, role, label, scope from api_keys
            where key_hash = :keyHash and revoked_at is null
            """)
    Optional<Stored> findActive(String keyHash);

    @SqlUpdate("""
            insert into api_keys (key_hash, client_id, role, label, scope)
            values (:keyHash, :clientId, :role, :label, :scope)
            """)
    @GetGeneratedKeys({"key_id", "client_id", "role", "label", "scope"})
    ApiKey insert(String keyHash, String clientId, Role role, String label, String scope);

    @SqlUpdate("""
            insert into api_keys (key_hash, client_id, role, label, scope)
            values (:keyHash, :clientId, :role, :label, :scope)
            on conflict (key_hash) do nothing
            """)
    void insertIfAbsent(String keyHash, String clientId, Role role, String label, String scope);

    // A second revocation keeps the first time.
    @SqlUpdate("update api_keys set revoked_at = coalesce(revoked_at, now()) where key_id = :keyId")
    int revoke(long keyId);

    @SqlQuery("""
            select key_id, client_id, role, label, scope from api_keys
            where revoked_at is null and (cast(:clientId as text) is null or client_id = :clientId)
            order by key_id
            """)
    List<ApiKey> listActive(String clientId);
}
