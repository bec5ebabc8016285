package com.vmsflow.gateway.channel;

import static com.vmsflow.gateway.testing.GatewayHarness.channel;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.config.ChannelSettings;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.GoLiveMode;
import com.vmsflow.store.ChannelRepository;
import com.vmsflow.store.ChannelView;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ChannelRepository.upsert: the client's channels as its settings say, whoever writes them and however often. */
class ChannelRepositoryTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private final ChannelRepository channels = new ChannelRepository(gateway.jdbi());

    /** The client's settings with these channels (none: the default Ajio one), its row written. */
    private static ClientSettings settings(String clientId, int stockBuffer, ChannelSettings... channelSettings) {
        ClientSettings client = GatewayHarness.client(clientId);
        client.stockBuffer = stockBuffer;
        client.channels = List.of(channelSettings);
        new ClientRepository(gateway.jdbi()).upsert(client);
        return client;
    }

    private List<Map<String, Object>> rows(String table, String clientId) {
        return gateway.jdbi().withHandle(h -> h.createQuery("select * from " + table
                + " where client_id = :client order by 2, 3").bind("client", clientId).mapToMap().list());
    }

    /** The table's rows of the client, every column as text: comparable as they are. */
    private List<String> text(String table, String clientId) {
        return gateway.jdbi().withHandle(h -> h.createQuery("select to_jsonb(t)::text from " + table
                + " t where client_id = :client order by 1").bind("client", clientId).mapTo(String.class).list());
    }

    private List<List<String>> everyTable(String clientId) {
        return List.of(text("channels", clientId), text("channel_locations", clientId),
                text("channel_sku_buffers", clientId), text("channel_syncs", clientId));
    }

    @Test
    void aClientWithoutChannelsHasItsAjioAccountAtTheClientsBuffer() {
        ClientSettings client = settings("chrepo-a", 2);

        channels.upsert(client);

        assertThat(channels.list("chrepo-a", null, 10)).singleElement().satisfies(c -> {
            assertThat(c.channelId()).isEqualTo("ajio");
            assertThat(c.kind()).isEqualTo(ChannelKind.AJIO);
            assertThat(c.allLocations()).isTrue();
            assertThat(c.locations()).isEmpty();
            assertThat(c.buffer()).isEqualTo(2);
            assertThat(c.mode()).isEqualTo(GoLiveMode.ALL);
            assertThat(c.lastPushAt()).isNull();
            assertThat(c.pendingChanges()).isZero();
        });
    }

    @Test
    void runningItAgainChangesNothing() {
        ClientSettings client = settings("chrepo-b", 1,
                channel("ajio", ChannelKind.AJIO, List.of("BLR-1"), 4, Map.of("CAP", 0), GoLiveMode.ZERO),
                channel("web", ChannelKind.WEBSTORE, List.of(), null, Map.of(), GoLiveMode.ALL));
        channels.upsert(client);
        List<List<String>> before = everyTable("chrepo-b");

        channels.upsert(client);

        assertThat(everyTable("chrepo-b")).as("the same rows, updated_at included").isEqualTo(before);
        assertThat(channels.find("chrepo-b", "ajio").orElseThrow()).satisfies(c -> {
            assertThat(c.locations()).containsExactly("BLR-1");
            assertThat(c.buffer()).isEqualTo(4);
            assertThat(c.mode()).isEqualTo(GoLiveMode.ZERO);
        });
        assertThat(channels.find("chrepo-b", "web").orElseThrow().buffer()).as("the client's").isEqualTo(1);
    }

    @Test
    void whatTheSettingsNoLongerNameGoesAndSupportsModeStays() {
        channels.upsert(settings("chrepo-c", 0,
                channel("ajio", ChannelKind.AJIO, List.of("BLR-1", "DEL-1"), null, Map.of("CAP", 2, "HAT", 1),
                        GoLiveMode.ZERO),
                channel("web", ChannelKind.WEBSTORE, List.of(), null, Map.of(), GoLiveMode.ALL)));
        new InventoryRepository(gateway.jdbi()).setStock("chrepo-c", List.of(new StockLevel("CAP", "BLR-1", 5)));
        // Support took the channel live since; the sync recorded it.
        gateway.jdbi().useHandle(h -> h.execute("""
                update channel_syncs set mode = 'ALL', last_push_at = ? where client_id = 'chrepo-c'
                  and channel_id = 'ajio'""", Instant.parse("2026-03-01T00:00:00Z")));

        channels.upsert(settings("chrepo-c", 0,
                channel("ajio", ChannelKind.AJIO, List.of("DEL-1", "MUM-1"), 3, Map.of("CAP", 1), GoLiveMode.ZERO)));

        ChannelView ajio = channels.find("chrepo-c", "ajio").orElseThrow();
        assertThat(ajio.locations()).containsExactly("DEL-1", "MUM-1");
        assertThat(ajio.buffer()).isEqualTo(3);
        assertThat(ajio.mode()).as("the sync's row is the sync's").isEqualTo(GoLiveMode.ALL);
        assertThat(ajio.lastPushAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(rows("channel_sku_buffers", "chrepo-c")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("sku", "CAP").containsEntry("buffer", 1));
        assertThat(channels.find("chrepo-c", "web")).isEmpty();
        assertThat(rows("channel_syncs", "chrepo-c")).hasSize(1);
        assertThat(rows("inventory_changes", "chrepo-c")).as("the removed channel's waiting changes went with it")
                .hasSize(1).allSatisfy(row -> assertThat(row).containsEntry("channel_id", "ajio"));
    }

    @Test
    void twoProcessesWritingAtOnceQueue() throws Exception {
        ClientSettings client = settings("chrepo-d", 0,
                channel("ajio", ChannelKind.AJIO, List.of("BLR-1", "DEL-1"), 1, Map.of("CAP", 2), GoLiveMode.ALL),
                channel("web", ChannelKind.WEBSTORE, List.of("MUM-1"), null, Map.of(), GoLiveMode.ZERO));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = IntStream.range(0, 8).<Callable<Void>>mapToObj(i -> () -> {
                new ChannelRepository(gateway.jdbi()).upsert(client);
                return null;
            }).toList();
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(channels.list("chrepo-d", null, 10)).extracting(ChannelView::channelId)
                .containsExactly("ajio", "web");
        assertThat(rows("channel_locations", "chrepo-d")).hasSize(3);
        assertThat(rows("channel_syncs", "chrepo-d")).hasSize(2);
    }
}
