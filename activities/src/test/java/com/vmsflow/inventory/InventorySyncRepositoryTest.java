package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.store.InventorySyncRepository;
import com.vmsflow.store.InventorySyncRepository.Figures;
import com.vmsflow.store.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The changes waiting for a channel leave only when a figure the channel accepted covers them. */
class InventorySyncRepositoryTest {

    private static final GoLive ALL = GoLive.of(GoLiveMode.ALL);

    private static SyncWorld world;
    private static InventorySyncRepository repository;

    @BeforeAll
    static void start() {
        world = new SyncWorld();
        repository = world.repository;
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void pendingSkusComeOnceEachTheLongestWaitingFirstWithTheirFigurePerChannelSku() {
        ChannelRef channel = world.newClient(settings -> settings.stockBuffer = 1);
        world.map(channel, "B", "A");
        world.stock(channel, "B", "BLR", 4);
        world.stock(channel, "A", "BLR", 2);
        world.stock(channel, "B", "BLR", 5);

        long watermark = repository.watermark(channel);
        List<String> pending = repository.pendingSkus(channel, watermark, 10);
        Figures figures = repository.figures(channel, ChannelKind.AJIO, pending);

        assertThat(pending).containsExactly("B", "A");
        assertThat(figures.available()).containsOnly(Map.entry("B", 4), Map.entry("A", 1));
        assertThat(figures.channelFigures()).extracting(f -> f.channelSku() + "=" + f.available())
                .containsExactly("AJ-A=1", "AJ-B=4");
        assertThat(repository.pendingSkus(channel, watermark, 1)).containsExactly("B");
    }

    @Test
    void aChangeAfterTheWatermarkStaysWhenTheBatchIsAccepted() {
        ChannelRef channel = world.newClient();
        world.map(channel, "A");
        world.stock(channel, "A", "BLR", 5);
        long watermark = repository.watermark(channel);
        Figures read = repository.figures(channel, ChannelKind.AJIO, repository.pendingSkus(channel, watermark, 10));
        // A change written after the read that leaves the figure as it was (a trigger of another writer).
        world.jdbi.useHandle(h -> h.execute(
                "insert into inventory_changes (client_id, channel_id, sku) values (?, ?, 'A')",
                channel.clientId(), channel.channelId()));

        int consumed = repository.accepted(channel, ALL, watermark, read.available(),
                List.of(new InventorySyncRepository.Pushed("AJ-A", "A", 5)), Instant.now(), 1, 0);

        assertThat(consumed).isEqualTo(2);
        assertThat(world.pendingChanges(channel)).isOne();
    }

    @Test
    void aStockChangeCommittedAfterTheReadStaysThoughItsIdIsBelowTheWatermark() {
        ChannelRef channel = world.newClient();
        world.map(channel, "A", "B");
        world.inventory.setStock(channel.clientId(), List.of(new StockLevel("A", "BLR", 5),
                new StockLevel("B", "BLR", 1)));
        try (Handle slow = world.jdbi.open()) {
            // A writer takes its change id, then a faster one commits a later id before it commits.
            slow.begin();
            slow.execute("update inventory set on_hand = 3 where client_id = ? and sku = 'A'", channel.clientId());
            world.stock(channel, "B", "BLR", 2);
            long watermark = repository.watermark(channel);
            Figures read = repository.figures(channel, ChannelKind.AJIO,
                    repository.pendingSkus(channel, watermark, 10));
            slow.commit();

            repository.accepted(channel, ALL, watermark, read.available(), List.of(
                    new InventorySyncRepository.Pushed("AJ-A", "A", read.available().get("A")),
                    new InventorySyncRepository.Pushed("AJ-B", "B", read.available().get("B"))), Instant.now(), 1, 0);

            assertThat(read.available()).containsEntry("A", 5);
            assertThat(repository.pendingSkus(channel, repository.watermark(channel), 10))
                    .as("A's figure is no longer 5: pushed again").containsExactly("A");
        }
    }
}
