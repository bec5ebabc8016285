package com.vmsflow.store;

import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.GoLiveMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the client's channels (V8) and of their syncs' read model. */
@RegisterConstructorMapper(ChannelView.class)
interface ChannelDao {

    /** One writer of a client's channels at a time, across processes: the gateway and the worker both write them. */
    @SqlQuery("select true from pg_advisory_xact_lock(hashtext('channels'), hashtext(:clientId))")
    boolean lockClient(String clientId);

    @SqlUpdate("""
            delete from locations where client_id = :clientId and location_id <> all(cast(:locationIds as text[]))
            """)
    void deleteClientLocationsOtherThan(String clientId, Collection<String> locationIds);

    // updated_at moves only when a setting changed.
    @SqlUpdate("""
            insert into locations (client_id, location_id, kind, country, city, postcode)
            values (:clientId, :locationId, :kind, :country, :city, :postcode)
            on conflict (client_id, location_id) do update set
                kind = excluded.kind, country = excluded.country, city = excluded.city, postcode = excluded.postcode,
                updated_at = now()
            where (locations.kind, locations.country, locations.city, locations.postcode)
                  is distinct from (excluded.kind, excluded.country, excluded.city, excluded.postcode)
            """)
    void upsertClientLocation(String clientId, String locationId, String kind, String country, String city,
                              String postcode);

    // updated_at moves only when a setting changed.
    @SqlUpdate("""
            insert into channels (client_id, channel_id, kind, all_locations, buffer)
            values (:clientId, :channelId, :kind, :allLocations, :buffer)
            on conflict (client_id, channel_id) do update set
                kind = excluded.kind, all_locations = excluded.all_locations, buffer = excluded.buffer,
                updated_at = now()
            where (channels.kind, channels.all_locations, channels.buffer)
                  is distinct from (excluded.kind, excluded.all_locations, excluded.buffer)
            """)
    void upsertChannel(String clientId, String channelId, ChannelKind kind, boolean allLocations, int buffer);

    /** Every channel of the client the settings no longer name; its locations, buffers, figures and sync go too. */
    @SqlUpdate("""
            delete from channels
            where client_id = :clientId and channel_id <> all(cast(:channelIds as text[]))
            """)
    int deleteChannelsOtherThan(String clientId, Collection<String> channelIds);

    @SqlUpdate("""
            delete from inventory_changes
            where client_id = :clientId and channel_id <> all(cast(:channelIds as text[]))
            """)
    void deleteChangesOfChannelsOtherThan(String clientId, Collection<String> channelIds);

    @SqlUpdate("""
            delete from channel_locations
            where client_id = :clientId and channel_id = :channelId
              and location <> all(cast(:locations as text[]))
            """)
    void deleteLocationsOtherThan(String clientId, String channelId, Collection<String> locations);

    @SqlUpdate("""
            insert into channel_locations (client_id, channel_id, location)
            select :clientId, :channelId, unnest(cast(:locations as text[]))
            on conflict do nothing
            """)
    void addLocations(String clientId, String channelId, Collection<String> locations);

    @SqlUpdate("""
            delete from channel_sku_buffers
            where client_id = :clientId and channel_id = :channelId and sku <> all(cast(:skus as text[]))
            """)
    void deleteSkuBuffersOtherThan(String clientId, String channelId, Collection<String> skus);

    @SqlUpdate("""
            insert into channel_sku_buffers (client_id, channel_id, sku, buffer)
            values (:clientId, :channelId, :sku, :buffer)
            on conflict (client_id, channel_id, sku) do update set buffer = excluded.buffer
            where channel_sku_buffers.buffer <> excluded.buffer
            """)
    void setSkuBuffer(String clientId, String channelId, String sku, int buffer);

    /** The sync's row, in the settings' go-live mode; one already there is the sync's own and stays as it is. */
    @SqlUpdate("""
            insert into channel_syncs (client_id, channel_id, mode, allow_list)
            values (:clientId, :channelId, :mode, cast(:allowList as text[]))
            on conflict (client_id, channel_id) do nothing
            """)
    void addSync(String clientId, String channelId, GoLiveMode mode, Collection<String> allowList);

    @SqlQuery("select channel_id from channels where client_id = :clientId order by channel_id")
    List<String> channelIds(String clientId);

    String VIEW = """
            select c.channel_id, c.kind, c.all_locations,
                   array(select l.location from channel_locations l
                         where l.client_id = c.client_id and l.channel_id = c.channel_id
                         order by l.location collate "C") as locations,
                   c.buffer, s.mode, coalesce(cardinality(s.allow_list), 0) as allow_list_size, s.last_push_at,
                   coalesce(s.changes_pushed, 0) as changes_pushed, coalesce(s.skus_pushed, 0) as skus_pushed,
                   coalesce(s.calls, 0) as calls, coalesce(s.throttled, 0) as throttled,
                   s.last_reconciliation_id, s.last_reconciliation_at, s.last_differences, s.last_unmapped,
                   (select count(*) from inventory_changes ch
                    where ch.client_id = c.client_id and ch.channel_id = c.channel_id) as pending_changes
            from channels c
            left join channel_syncs s on s.client_id = c.client_id and s.channel_id = c.channel_id
            """;

    @SqlQuery(VIEW + """
            where c.client_id = :clientId and (cast(:afterChannelId as text) is null or c.channel_id > :afterChannelId)
            order by c.channel_id
            limit :limit
            """)
    List<ChannelView> list(String clientId, String afterChannelId, int limit);

    @SqlQuery(VIEW + "where c.client_id = :clientId and c.channel_id = :channelId")
    Optional<ChannelView> find(String clientId, String channelId);
}
