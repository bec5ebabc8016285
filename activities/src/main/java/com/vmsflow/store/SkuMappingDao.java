package com.vmsflow.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

interface SkuMappingDao {

    @SqlBatch("""
            insert into sku_mappings (client_id, channel_sku, client_sku) values (:clientId, :channelSku, :clientSku)
            on conflict (client_id, channel_sku) do update set client_sku = excluded.client_sku, updated_at = now()
            """)
    int[] upsert(String clientId, @BindMethods List<SkuMappingRow> mappings);

    @SqlQuery("""
            select channel_sku, client_sku from sku_mappings
            where client_id = :clientId and channel_sku = any(cast(:channelSkus as text[]))
            """)
    @KeyColumn("channel_sku")
    @ValueColumn("client_sku")
    Map<String, String> find(String clientId, Collection<String> channelSkus);
}
