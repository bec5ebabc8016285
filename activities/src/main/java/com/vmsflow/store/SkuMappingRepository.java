package com.vmsflow.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The client's SKU for each Ajio (channel) SKU, uploaded by the seller. */
public record SkuMappingRepository(Jdbi jdbi) {

    /** Inserts or replaces the mappings, all or none; answers the rows written. */
    public int upsert(String clientId, List<SkuMappingRow> mappings) {
        if (mappings.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> Arrays.stream(h.attach(SkuMappingDao.class).upsert(clientId, mappings)).sum());
    }

    /** Channel SKU to client SKU, for those of the given channel SKUs that have a mapping. */
    public Map<String, String> find(String clientId, Collection<String> channelSkus) {
        if (channelSkus.isEmpty()) {
            return Map.of();
        }
        return jdbi.withExtension(SkuMappingDao.class, dao -> dao.find(clientId, channelSkus));
    }
}
