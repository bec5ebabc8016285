package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.store.ChannelView;
import com.vmsflow.store.StockLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A channel's push steps against the sandbox's Ajio: coalesced, in its batch size, within its rate limit. */
class InventorySyncActivitiesTest {

    private static final SyncTuning TUNING = new SyncTuning(SyncWorld.AJIO_BATCH, SyncWorld.AJIO_CALLS_PER_SECOND,
            20, Duration.ofMinutes(1), Duration.ofDays(1), 500);
    private static final GoLive ALL = GoLive.of(GoLiveMode.ALL);

    private static SyncWorld world;

    @BeforeAll
    static void start() {
        world = new SyncWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void aThousandChangesToOneSkuBecomeOneFigureAtAjioAndTheLastValueIsShown() {
        ChannelRef channel = world.newClient();
        world.map(channel, "TEE-M"); // a change too: the SKU now has a channel SKU
        world.stock(channel, "TEE-M", "BLR", 1);
        world.burst(channel, "TEE-M", "BLR", 2, 1_000); // 999 more, each a change of its own

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            PushResult result = sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, TUNING, Instant.now());

            assertThat(result.changes()).isEqualTo(1_001);
            assertThat(result.skus()).isEqualTo(1);
            assertThat(result.calls()).isEqualTo(1);
            assertThat(result.more()).isFalse();
            assertThat(world.shownAtAjio(channel)).containsExactly(Map.entry("AJ-TEE-M", 1_000));
            assertThat(world.pendingChanges(channel)).isZero();
            ChannelView view = world.channels.find(channel.clientId(), channel.channelId()).orElseThrow();
            assertThat(view.changesPushed()).isEqualTo(1_001);
            assertThat(view.skusPushed()).isEqualTo(1);
            assertThat(view.calls()).isEqualTo(1);
            assertThat(view.lastPushAt()).isNotNull();
            assertThat(world.inventory.inventory(channel.clientId(), "TEE-M", null, null, 1).get(0).channels())
                    .singleElement().satisfies(f -> assertThat(f.quantity()).isEqualTo(1_000));
            assertThat(sync.counter("vmsflow.inventory.figures.pushed", channel)).isEqualTo(1);
            assertThat(sync.counter("vmsflow.inventory.calls", channel)).isEqualTo(1);
        }
    }

    @Test
    void aChangeArrivingWhileItsSkuIsBeingPushedIsPushedAfterIt() {
        ChannelRef channel = world.newClient();
        world.map(channel, "TEE-M");
        world.stock(channel, "TEE-M", "BLR", 10);
        AjioChannelInventory ajio = new AjioChannelInventory(world.ajio);
        AtomicBoolean sold = new AtomicBoolean();
        // The warehouse counts 7 after the figure 10 was read and before Ajio took it.
        ChannelInventory changingMidPush = new Delegating(ajio) {
            @Override
            public void push(ChannelRef c, List<Figure> figures, String key) throws Throttled {
                if (sold.compareAndSet(false, true)) {
                    world.stock(channel, "TEE-M", "BLR", 7);
                }
                super.push(c, figures, key);
            }
        };

        try (SyncWorld.Activities sync = world.activities(changingMidPush)) {
            PushResult result = sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, TUNING, Instant.now());

            assertThat(result.calls()).as("10 first, then 7").isEqualTo(2);
            assertThat(result.changes()).as("the mapping's, 10's and 7's").isEqualTo(3);
            assertThat(world.shownAtAjio(channel)).containsExactly(Map.entry("AJ-TEE-M", 7));
            assertThat(world.pendingChanges(channel)).isZero();
        }
    }

    @Test
    void batchesKeepToAjiosBatchSizeAndEveryMappedChannelSkuGetsItsFigure() {
        ChannelRef channel = world.newClient();
        List<String> skus = IntStream.range(0, 120).mapToObj(i -> "SKU-" + i).toList();
        world.map(channel, skus.toArray(String[]::new));
        world.mappings.upsert(channel.clientId(), List.of(new com.vmsflow.store.SkuMappingRow("AJ-TWIN", "SKU-0")));
        world.inventory.setStock(channel.clientId(), IntStream.range(0, 120)
                .mapToObj(i -> new StockLevel("SKU-" + i, "BLR", i)).toList());

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            PushResult result = sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, TUNING, Instant.now());

            assertThat(result.skus()).isEqualTo(121);
            assertThat(result.calls()).isEqualTo(3);
            assertThat(result.throttled()).isZero();
            assertThat(world.control.ajioInventory(SyncWorld.seller(channel.clientId())).batchesRefused()).isZero();
            Map<String, Integer> shown = world.shownAtAjio(channel);
            assertThat(shown).hasSize(121).containsEntry("AJ-SKU-119", 119).containsEntry("AJ-TWIN", 0)
                    .containsEntry("AJ-SKU-0", 0).containsEntry("AJ-SKU-57", 57);
        }
    }

    @Test
    void aStepStopsAtItsBatchCountAndSaysMoreIsLeft() {
        ChannelRef channel = world.newClient();
        world.map(channel, "A", "B", "C");
        world.inventory.setStock(channel.clientId(), List.of(new StockLevel("A", "BLR", 1),
                new StockLevel("B", "BLR", 2), new StockLevel("C", "BLR", 3)));
        SyncTuning small = new SyncTuning(1, 50, 2, Duration.ofMinutes(1), Duration.ofDays(1), 500);

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            PushResult first = sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, small, Instant.now());
            PushResult second = sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, small,
                    first.nextCallNotBefore());

            assertThat(first.skus()).isEqualTo(2);
            assertThat(first.more()).isTrue();
            assertThat(second.skus()).isEqualTo(1);
            assertThat(second.more()).isFalse();
            assertThat(world.shownAtAjio(channel)).containsOnly(Map.entry("AJ-A", 1), Map.entry("AJ-B", 2),
                    Map.entry("AJ-C", 3));
        }
    }

    @Test
    void a429IsWaitedOutTheBatchSentAgainAndCounted() {
        ChannelRef channel = world.newClient();
        List<String> skus = IntStream.range(0, 400).mapToObj(i -> "SKU-" + i).toList();
        world.map(channel, skus.toArray(String[]::new));
        world.inventory.setStock(channel.clientId(), skus.stream().map(s -> new StockLevel(s, "BLR", 4)).toList());
        // Fifty calls as fast as they go: Ajio's bucket of five, refilled at five a second, empties unless the calls
        // take more than 9 s in all (ten did not on a loaded machine), and it answers 429 with a Retry-After.
        SyncTuning eager = new SyncTuning(8, 1_000, 100, Duration.ofMinutes(1), Duration.ofDays(1), 500);

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            long started = System.nanoTime();
            PushResult result = sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, eager, Instant.now());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result.throttled()).isPositive();
            assertThat(result.calls()).isEqualTo(50 + result.throttled());
            assertThat(result.skus()).isEqualTo(400);
            assertThat(took).as("waited Ajio's Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(world.shownAtAjio(channel)).hasSize(400).allSatisfy((sku, quantity) ->
                    assertThat(quantity).isEqualTo(4));
            var report = world.control.ajioInventory(SyncWorld.seller(channel.clientId()));
            assertThat(report.throttled()).isEqualTo(result.throttled());
            assertThat(sync.counter("vmsflow.inventory.throttled", channel)).isEqualTo(result.throttled());
            assertThat(world.channels.find(channel.clientId(), channel.channelId()).orElseThrow().throttled())
                    .isEqualTo(result.throttled());
        }
    }

    @Test
    void underZeroEveryChannelSkuShowsNothingAndUnderAnAllowListOnlyTheListedShowTheirStock() {
        ChannelRef channel = world.newClient();
        world.map(channel, "LISTED", "OTHER");
        world.stock(channel, "LISTED", "BLR", 6);
        world.stock(channel, "OTHER", "BLR", 9);

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            sync.stub.pushChanges(channel, ChannelKind.AJIO, GoLive.of(GoLiveMode.ZERO), TUNING, Instant.now());
            Map<String, Integer> atZero = world.shownAtAjio(channel);

            world.stock(channel, "LISTED", "BLR", 5);
            world.stock(channel, "OTHER", "BLR", 8);
            sync.stub.pushChanges(channel, ChannelKind.AJIO, new GoLive(GoLiveMode.ALLOW_LIST, List.of("LISTED")),
                    TUNING, Instant.now());

            assertThat(atZero).containsOnly(Map.entry("AJ-LISTED", 0), Map.entry("AJ-OTHER", 0));
            assertThat(world.shownAtAjio(channel)).containsOnly(Map.entry("AJ-LISTED", 5), Map.entry("AJ-OTHER", 0));
        }
    }

    @Test
    void aFigureIsNeverNegativeWhateverTheBufferAndARecountBelowTheReservations() {
        ChannelRef channel = world.newClient(settings -> settings.stockBuffer = 3);
        world.map(channel, "SHORT", "BUFFERED", "PLENTY");
        world.stock(channel, "SHORT", "BLR", 6);
        world.inventory.reserve(channel.clientId(), "ORDER-1", Map.of("SHORT", 6));
        world.stock(channel, "SHORT", "BLR", 2); // the recount finds fewer than the order holds
        world.stock(channel, "BUFFERED", "BLR", 2);
        world.stock(channel, "PLENTY", "BLR", 10);

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, TUNING, Instant.now());

            assertThat(world.shownAtAjio(channel)).containsOnly(Map.entry("AJ-SHORT", 0),
                    Map.entry("AJ-BUFFERED", 0), Map.entry("AJ-PLENTY", 7));
        }
    }

    @Test
    void changesOfAClientSkuWithoutAChannelSkuLeaveWithoutACall() {
        ChannelRef channel = world.newClient();
        world.stock(channel, "NOT-ON-AJIO", "BLR", 3);

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            PushResult result = sync.stub.pushChanges(channel, ChannelKind.AJIO, ALL, TUNING, Instant.now());

            assertThat(result.changes()).isEqualTo(1);
            assertThat(result.calls()).isZero();
            assertThat(result.lastPushAt()).isNull();
            assertThat(world.pendingChanges(channel)).isZero();
            assertThat(world.shownAtAjio(channel)).isEmpty();
        }
    }

    /** A channel API that passes every call on, for tests that step in between. */
    static class Delegating implements ChannelInventory {
        private final ChannelInventory inner;

        Delegating(ChannelInventory inner) {
            this.inner = inner;
        }

        @Override
        public ChannelKind kind() {
            return inner.kind();
        }

        @Override
        public void push(ChannelRef channel, List<Figure> figures, String key) throws Throttled {
            inner.push(channel, figures, key);
        }

        @Override
        public Page page(ChannelRef channel, String after, int limit) throws Throttled {
            return inner.page(channel, after, limit);
        }

        @Override
        public int maxPageSize() {
            return inner.maxPageSize();
        }
    }
}
