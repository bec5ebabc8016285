package com.vmsflow.store;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import com.vmsflow.config.ChannelSettings;
import com.vmsflow.config.ClientSettings;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A client's sales channels and its locations, written from its settings at start (by the gateway and by the
 * worker), and read with their inventory syncs' state ({@code GET /channels}).
 */
public record ChannelRepository(Jdbi jdbi) {

    /**
     * Brings the client's channels in line with its settings, all or none: each channel named (its kind, every
     * location when it names none, its buffer or the client's {@code stockBuffer}, its locations and SKU buffers),
     * and a sync row in the settings' go-live mode for a channel that has none (support's later control is kept);
     * a channel, location or SKU buffer the settings no longer name goes. Running it again changes nothing; two
     * processes running it at once queue on the client's lock.
     */
    public void upsert(ClientSettings settings) {
        String clientId = settings.clientId;
        List<ChannelSettings> channels = settings.channels();
        List<String> channelIds = channels.stream().map(c -> c.channelId).toList();
        Transactions.retrying("upsertChannels", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            dao.lockClient(clientId);
            dao.deleteClientLocationsOtherThan(clientId, settings.locations.stream().map(l -> l.locationId).toList());
            settings.locations.forEach(l -> dao.upsertClientLocation(clientId, l.locationId, l.kind.name(),
                    l.country, l.city, l.postcode));
            dao.deleteChannelsOtherThan(clientId, channelIds);
            dao.deleteChangesOfChannelsOtherThan(clientId, channelIds);
            for (ChannelSettings channel : channels) {
                List<String> locations = List.copyOf(channel.locations);
                dao.upsertChannel(clientId, channel.channelId, channel.kind, locations.isEmpty(),
                        channel.bufferOr(settings.stockBuffer));
                dao.deleteLocationsOtherThan(clientId, channel.channelId, locations);
                dao.addLocations(clientId, channel.channelId, locations);
                dao.deleteSkuBuffersOtherThan(clientId, channel.channelId, List.copyOf(channel.skuBuffers.keySet()));
                channel.skuBuffers.forEach((sku, buffer) -> dao.setSkuBuffer(clientId, channel.channelId, sku,
                        buffer));
                dao.addSync(clientId, channel.channelId, channel.goLive, channel.initialGoLive().skus());
            }
            return null;
        }));
    }

    /** A page of the client's channels by channel id, after {@code afterChannelId} (null: from the first). */
    public List<ChannelView> list(String clientId, String afterChannelId, int limit) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.list(clientId, afterChannelId, limit));
    }

    /** The ids of the client's channels, for who only needs to reach their syncs. */
    public List<String> channelIds(String clientId) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.channelIds(clientId));
    }

    public Optional<ChannelView> find(String clientId, String channelId) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.find(clientId, channelId));
    }
}
