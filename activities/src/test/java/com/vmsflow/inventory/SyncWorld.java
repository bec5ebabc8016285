package com.vmsflow.inventory;

import com.vmsflow.ajio.AjioClient;
import com.vmsflow.ajio.SellerAccount;
import com.vmsflow.config.AjioSettings;
import com.vmsflow.config.ChannelSettings;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.metrics.InventorySyncMetrics;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.SandboxConfiguration;
import com.vmsflow.sandbox.SandboxServer;
import com.vmsflow.sandbox.ajio.inventory.FigureReport;
import com.vmsflow.sandbox.ajio.inventory.InventoryItem;
import com.vmsflow.store.ChannelRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Fixtures;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.InventorySyncRepository;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.SkuMappingRow;
import com.vmsflow.store.StockLevel;
import com.vmsflow.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The inventory sync's world for one test class: a migrated PostgreSQL and the real sandbox's Ajio (batch size 50,
 * 5 calls a second per seller, as Ajio). Each test takes a client of its own, so its seller account at Ajio (and
 * its rate limit) is its own too.
 */
final class SyncWorld implements AutoCloseable {

    static final int AJIO_BATCH = 50;
    static final int AJIO_CALLS_PER_SECOND = 5;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    final TestDatabase database = TestDatabase.create();
    final Jdbi jdbi = database.jdbi();
    final SandboxServer sandbox;
    final SandboxClient control;
    final AjioClient ajio;
    final InventoryRepository inventory = new InventoryRepository(jdbi);
    final SkuMappingRepository mappings = new SkuMappingRepository(jdbi);
    final ChannelRepository channels = new ChannelRepository(jdbi);
    final InventorySyncRepository repository = new InventorySyncRepository(jdbi);

    SyncWorld() {
        SandboxConfiguration configuration = SandboxConfiguration.defaults(0);
        configuration.ajio.inventoryBatchSize = AJIO_BATCH;
        configuration.ajio.inventoryCallsPerSecond = AJIO_CALLS_PER_SECOND;
        sandbox = SandboxServer.start(configuration);
        control = new SandboxClient(sandbox.baseUrl());
        AjioSettings settings = new AjioSettings();
        settings.baseUrl = sandbox.baseUrl() + "/ajio";
        ajio = new AjioClient(settings, clientId -> Optional.of(new SellerAccount(seller(clientId), "secret")));
    }

    static String seller(String clientId) {
        return "seller-" + clientId;
    }

    /** A new client with one Ajio channel {@code ajio} over all its locations, its settings shaped by {@code how}. */
    ChannelRef newClient(Consumer<ClientSettings> how) {
        String clientId = "inv" + CLIENTS.incrementAndGet();
        ClientSettings settings = Fixtures.client(clientId, "IV");
        settings.channels.add(ChannelSettings.defaultAjio());
        how.accept(settings);
        new ClientRepository(jdbi).upsert(settings);
        channels.upsert(settings);
        return new ChannelRef(clientId, ChannelSettings.DEFAULT_AJIO);
    }

    ChannelRef newClient() {
        return newClient(settings -> { });
    }

    /** Channel SKU {@code AJ-<sku>} for each client SKU. */
    void map(ChannelRef channel, String... clientSkus) {
        mappings.upsert(channel.clientId(), Arrays.stream(clientSkus)
                .map(sku -> new SkuMappingRow("AJ-" + sku, sku)).toList());
    }

    void stock(ChannelRef channel, String sku, String location, int onHand) {
        inventory.setStock(channel.clientId(), List.of(new StockLevel(sku, location, onHand)));
    }

    /**
     * On-hand {@code from} to {@code to}, one update each, in transactions of 50: as many changes (the trigger
     * writes one per update), written faster than one transaction each.
     */
    void burst(ChannelRef channel, String sku, String location, int from, int to) {
        for (int start = from; start <= to; start += 50) {
            int first = start;
            jdbi.useTransaction(h -> {
                for (int onHand = first; onHand <= Math.min(to, first + 49); onHand++) {
                    h.createUpdate("update inventory set on_hand = :onHand"
                                    + " where client_id = :c and sku = :sku and location = :location")
                            .bind("onHand", onHand).bind("c", channel.clientId()).bind("sku", sku)
                            .bind("location", location).execute();
                }
            });
        }
    }

    /** What Ajio shows the channel's seller, per channel SKU. */
    Map<String, Integer> shownAtAjio(ChannelRef channel) {
        return control.ajioInventory(seller(channel.clientId())).items().stream()
                .collect(Collectors.toMap(FigureReport::sku, FigureReport::quantity));
    }

    void presetAjio(ChannelRef channel, Map<String, Integer> figures) {
        control.setAjioInventory(seller(channel.clientId()), figures.entrySet().stream()
                .map(e -> InventoryItem.of(e.getKey(), e.getValue())).toList());
    }

    long pendingChanges(ChannelRef channel) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from inventory_changes where client_id = :c and channel_id = :ch""")
                .bind("c", channel.clientId()).bind("ch", channel.channelId()).mapTo(Long.class).one());
    }

    /** The activities as the worker runs them, over {@code api}, in Temporal's activity test environment. */
    Activities activities(ChannelInventory api) {
        return new Activities(api);
    }

    final class Activities implements AutoCloseable {
        final SimpleMeterRegistry meters = new SimpleMeterRegistry();
        final TestActivityEnvironment environment = TestActivityEnvironment.newInstance();
        final InventorySyncActivities stub;

        Activities(ChannelInventory api) {
            environment.registerActivitiesImplementations(new InventorySyncActivitiesImpl(repository,
                    Map.of(ChannelKind.AJIO, api), new InventorySyncMetrics(meters)));
            stub = environment.newActivityStub(InventorySyncActivities.class, ActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofMinutes(2))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                    .build());
        }

        double counter(String name, ChannelRef channel) {
            var counter = meters.find(name).tags("client", channel.clientId(), "channel", channel.channelId())
                    .counter();
            return counter == null ? 0 : counter.count();
        }

        @Override
        public void close() {
            environment.close();
        }
    }

    @Override
    public void close() {
        sandbox.close();
        database.close();
    }
}
