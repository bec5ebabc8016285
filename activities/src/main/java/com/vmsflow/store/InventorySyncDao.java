package com.vmsflow.store;

import com.vmsflow.inventory.GoLiveMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the inventory sync (V8): the changes waiting, the figures, what each channel was shown, the report. */
@RegisterConstructorMapper(InventorySyncDao.Available.class)
@RegisterConstructorMapper(InventorySyncDao.Mapping.class)
@RegisterConstructorMapper(ExpectedFigure.class)
interface InventorySyncDao {

    record Available(String clientSku, int available) {
    }

    record Mapping(String channelSku, String clientSku) {
    }

    /**
     * One session of one sync step per channel, across processes: a retried step whose first attempt still runs
     * must not push an older figure after the newer one of the retry. Released by {@link #unlockChannel}.
     */
    @SqlQuery("select pg_try_advisory_lock(hashtext('inventory-sync'), hashtext(:key))")
    boolean tryLockChannel(String key);

    @SqlQuery("select pg_advisory_unlock(hashtext('inventory-sync'), hashtext(:key))")
    boolean unlockChannel(String key);

    @SqlQuery("""
            select coalesce(max(change_id), 0) from inventory_changes
            where client_id = :clientId and channel_id = :channelId
            """)
    long watermark(String clientId, String channelId);

    /** The client SKUs changed up to the watermark, each once, the longest waiting first. */
    @SqlQuery("""
            select sku from inventory_changes
            where client_id = :clientId and channel_id = :channelId and change_id <= :watermark
            group by sku
            order by min(change_id)
            limit :limit
            """)
    List<String> pendingSkus(String clientId, String channelId, long watermark, int limit);

    @SqlQuery("""
            select exists (select from inventory_changes where client_id = :clientId and channel_id = :channelId)
            """)
    boolean hasPending(String clientId, String channelId);

    /** THE figure of each client SKU that has stock at the channel's locations (none: 0). */
    @SqlQuery("""
            select client_sku, available from channel_sku_available
            where client_id = :clientId and channel_id = :channelId and client_sku = any(cast(:skus as text[]))
            """)
    List<Available> available(String clientId, String channelId, Collection<String> skus);

    @SqlQuery("""
            select channel_sku, client_sku from sku_mappings
            where client_id = :clientId and client_sku = any(cast(:skus as text[]))
            order by channel_sku collate "C"
            """)
    List<Mapping> mappingsOf(String clientId, Collection<String> skus);

    /**
     * The changes the accepted figures cover: up to the watermark, of the pushed client SKUs whose figure is still
     * the one pushed. One statement, one snapshot: a stock change that committed before it shows in the figure (the
     * SKU's changes stay, to be pushed again), one that commits after it is not seen (its change stays) — also when
     * its change id is below the watermark, as ids are taken before their transactions commit. The figures are
     * those of the batch's SKUs only: a join on the view would compute it for the whole catalogue (300 ms a batch at
     * 10,000 SKUs), the SKU list is pushed down into its grouping.
     */
    @SqlUpdate("""
            delete from inventory_changes ch
            where ch.client_id = :clientId and ch.channel_id = :channelId and ch.change_id <= :watermark
              and ch.sku in (
                  select p.sku
                  from unnest(cast(:skus as text[]), cast(:availables as integer[])) as p (sku, available)
                  left join (select client_sku, available from channel_sku_available
                             where client_id = :clientId and channel_id = :channelId
                               and client_sku = any(cast(:skus as text[]))) a on a.client_sku = p.sku
                  where coalesce(a.available, 0) = p.available)
            """)
    int deleteCovered(String clientId, String channelId, long watermark, List<String> skus,
                      List<Integer> availables);

    @SqlUpdate("""
            insert into channel_stock (client_id, channel_id, channel_sku, client_sku, quantity, pushed_at)
            select :clientId, :channelId, s.channel_sku, s.client_sku, s.quantity, :pushedAt
            from unnest(cast(:channelSkus as text[]), cast(:clientSkus as text[]), cast(:quantities as integer[]))
                 as s (channel_sku, client_sku, quantity)
            on conflict (client_id, channel_id, channel_sku) do update set
                client_sku = excluded.client_sku, quantity = excluded.quantity, pushed_at = excluded.pushed_at
            """)
    void upsertStock(String clientId, String channelId, List<String> channelSkus, List<String> clientSkus,
                     List<Integer> quantities, Instant pushedAt);

    /** The sync's row, should the settings not have written it (the settings' own stays as it is). */
    @SqlUpdate("""
            insert into channel_syncs (client_id, channel_id, mode, allow_list)
            values (:clientId, :channelId, :mode, cast(:allowList as text[]))
            on conflict (client_id, channel_id) do nothing
            """)
    void ensureSync(String clientId, String channelId, GoLiveMode mode, Collection<String> allowList);

    @SqlUpdate("""
            update channel_syncs set
                changes_pushed = changes_pushed + :changes, skus_pushed = skus_pushed + :skus,
                calls = calls + :calls, throttled = throttled + :throttled,
                last_push_at = coalesce(cast(:pushedAt as timestamptz), last_push_at), updated_at = now()
            where client_id = :clientId and channel_id = :channelId
            """)
    void addCounts(String clientId, String channelId, long changes, long skus, long calls, long throttled,
                   Instant pushedAt);

    @SqlUpdate("""
            update channel_syncs set
                mode = :mode, allow_list = cast(:allowList as text[]),
                last_reconciliation_id = :reconciliationId, last_reconciliation_at = :at,
                last_differences = :differences, last_unmapped = :unmapped, updated_at = now()
            where client_id = :clientId and channel_id = :channelId
            """)
    void recordReconciliation(String clientId, String channelId, GoLiveMode mode, Collection<String> allowList,
                              String reconciliationId, Instant at, int differences, int unmapped);

    /** A step run again records its rows again: the later finding wins. */
    @SqlBatch("""
            insert into inventory_differences (client_id, channel_id, reconciliation_id, channel_sku, client_sku,
                                               shown, expected, kind, pushed, found_at)
            values (:clientId, :channelId, :reconciliationId, :channelSku, :clientSku, :shown, :expected, :kind,
                    :pushed, :foundAt)
            on conflict (client_id, channel_id, reconciliation_id, channel_sku) do update set
                client_sku = excluded.client_sku, shown = excluded.shown, expected = excluded.expected,
                kind = excluded.kind, pushed = excluded.pushed, found_at = excluded.found_at
            """)
    void addDifferences(String clientId, String channelId, String reconciliationId, Instant foundAt,
                        @BindMethods List<InventoryDifference> differences);

    /** A page of an Ajio channel's expected figures: every mapped channel SKU, by channel SKU in code point order. */
    @SqlQuery("""
            select m.channel_sku, m.client_sku, coalesce(a.available, 0) as available
            from (select channel_sku, client_sku from sku_mappings
                  where client_id = :clientId
                    and (cast(:after as text) is null or channel_sku collate "C" > :after)
                  order by channel_sku collate "C"
                  limit :limit) m
            left join channel_sku_available a on a.client_id = :clientId and a.channel_id = :channelId
                                             and a.client_sku = m.client_sku
            order by m.channel_sku collate "C"
            """)
    List<ExpectedFigure> expectedMapped(String clientId, String channelId, String after, int limit);

    /** A page of a channel's expected figures whose channel SKUs are the client SKUs (a web store). */
    @SqlQuery("""
            select client_sku as channel_sku, client_sku, available
            from channel_sku_available
            where client_id = :clientId and channel_id = :channelId
              and (cast(:after as text) is null or client_sku collate "C" > :after)
            order by client_sku collate "C"
            limit :limit
            """)
    List<ExpectedFigure> expectedOwn(String clientId, String channelId, String after, int limit);
}
