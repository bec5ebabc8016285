package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vmsflow.store.ChannelView;
import com.vmsflow.store.StockLevel;
import com.vmsflow.store.report.InventoryDifferenceRow;
import com.vmsflow.store.report.ReportDao;
import com.vmsflow.store.report.ReportQuery;
import com.vmsflow.store.report.ReportRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A full reconciliation against the sandbox's Ajio: what Ajio shows, read page by page, merged with ours. */
class InventoryReconciliationTest {

    private static final SyncTuning TUNING = new SyncTuning(SyncWorld.AJIO_BATCH, SyncWorld.AJIO_CALLS_PER_SECOND,
            20, Duration.ofMinutes(1), Duration.ofDays(1), 500);

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
    void findsWhatDiffersWhatAjioLacksAndWhatWeDoNotMapPushesTheMappedAndReportsEachRow() {
        ChannelRef channel = world.newClient();
        world.map(channel, "STALE", "MISSING", "RIGHT", "EMPTY");
        world.inventory.setStock(channel.clientId(), List.of(new StockLevel("STALE", "BLR", 5),
                new StockLevel("MISSING", "BLR", 3), new StockLevel("RIGHT", "BLR", 4)));
        world.presetAjio(channel, Map.of("AJ-STALE", 7, "AJ-RIGHT", 4, "AJ-EMPTY", 0, "ORPHAN", 9));

        // Pages of two on both sides: the merge crosses pages of Ajio's and of ours.
        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio, 2))) {
            ReconciliationResult result = sync.stub.reconcile(channel, ChannelKind.AJIO, GoLive.of(GoLiveMode.ALL),
                    TUNING, "rec-1", Instant.now());

            assertThat(result.reconciliationId()).isEqualTo("rec-1");
            assertThat(result.compared()).isEqualTo(5);
            assertThat(result.differences()).isEqualTo(2);
            assertThat(result.unmapped()).isEqualTo(1);
            assertThat(result.calls()).as("two pages of two and one push").isEqualTo(3);
            assertThat(world.shownAtAjio(channel)).containsOnly(Map.entry("AJ-STALE", 5),
                    Map.entry("AJ-MISSING", 3), Map.entry("AJ-RIGHT", 4), Map.entry("AJ-EMPTY", 0),
                    Map.entry("ORPHAN", 9));
            assertThat(rows(channel)).extracting(InventoryDifferenceRow::channelSku, InventoryDifferenceRow::clientSku,
                            InventoryDifferenceRow::shown, InventoryDifferenceRow::expected,
                            InventoryDifferenceRow::kind, InventoryDifferenceRow::pushed)
                    .containsExactlyInAnyOrder(
                            tuple("AJ-STALE", "STALE", 7, 5, "DIFFERENT", true),
                            tuple("AJ-MISSING", "MISSING", null, 3, "MISSING_AT_CHANNEL", true),
                            tuple("ORPHAN", null, 9, null, "UNMAPPED", false));
            ChannelView view = world.channels.find(channel.clientId(), channel.channelId()).orElseThrow();
            assertThat(view.lastReconciliationId()).isEqualTo("rec-1");
            assertThat(view.lastReconciliationAt()).isNotNull();
            assertThat(view.lastDifferences()).isEqualTo(2);
            assertThat(view.lastUnmapped()).isEqualTo(1);
            assertThat(view.skusPushed()).isEqualTo(2);
            assertThat(view.calls()).isEqualTo(3);
            assertThat(world.inventory.inventory(channel.clientId(), "MISSING", null, null, 1).get(0).channels())
                    .singleElement().satisfies(f -> assertThat(f.quantity()).isEqualTo(3));
        }
    }

    @Test
    void goingLiveAtZeroShowsEveryMappedSkuAtZeroAndAReconciliationAfterwardsFindsNothing() {
        ChannelRef channel = world.newClient();
        world.map(channel, "A", "B");
        world.stock(channel, "A", "BLR", 8);
        world.presetAjio(channel, Map.of("AJ-A", 8));

        try (SyncWorld.Activities sync = world.activities(new AjioChannelInventory(world.ajio))) {
            ReconciliationResult atZero = sync.stub.reconcile(channel, ChannelKind.AJIO, GoLive.of(GoLiveMode.ZERO),
                    TUNING, "rec-zero", Instant.now());
            ReconciliationResult again = sync.stub.reconcile(channel, ChannelKind.AJIO, GoLive.of(GoLiveMode.ZERO),
                    TUNING, "rec-zero-2", atZero.nextCallNotBefore());

            assertThat(atZero.differences()).isEqualTo(2);
            assertThat(world.shownAtAjio(channel)).containsOnly(Map.entry("AJ-A", 0), Map.entry("AJ-B", 0));
            assertThat(again.differences()).isZero();
            assertThat(again.compared()).isEqualTo(2);
            assertThat(world.channels.find(channel.clientId(), channel.channelId()).orElseThrow().mode())
                    .isEqualTo(GoLiveMode.ZERO);
        }
    }

    private static List<InventoryDifferenceRow> rows(ChannelRef channel) {
        List<InventoryDifferenceRow> rows = new ArrayList<>();
        ReportQuery<InventoryDifferenceRow> query = ReportDao::inventoryDifferences;
        new ReportRepository(world.jdbi).stream(query, channel.clientId(), Instant.EPOCH,
                Instant.now().plusSeconds(60), iterator -> iterator.forEachRemaining(rows::add));
        return rows;
    }
}
