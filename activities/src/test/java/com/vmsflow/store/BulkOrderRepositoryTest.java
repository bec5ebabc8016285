package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.bulk.Allocation;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk orders' reservations: a BLOCK_COMPLETE round takes every line or none in one transaction, concurrent bulk and
 * forward orders never oversell a pool, a retried round reserves nothing twice, complete releases, dispatch consumes
 * once.
 */
class BulkOrderRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static InventoryRepository inventory;
    private static BulkOrderRepository bulk;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        inventory = new InventoryRepository(jdbi);
        bulk = new BulkOrderRepository(jdbi);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static StockView stock(String clientId, String sku, StockPool pool) {
        return inventory.stock(clientId, sku).stream().filter(s -> s.pool() == pool).findFirst().orElseThrow();
    }

    @Test
    void aBlockCompleteRoundTakesEveryLineOrNoneAndSaysWhatIsFreeInTheOtherPools() {
        Fixtures.addClient(jdbi, "bulk-all");
        inventory.setStock("bulk-all", List.of(new StockLevel("A", "W1", 3), new StockLevel("B", "W1", 10),
                new StockLevel("A", "W1", 4, StockPool.QC_FAIL), new StockLevel("A", "W2", 50)));

        Allocation none = bulk.allocate("bulk-all", "BO1", 1, StockPool.GOOD, "W1", Map.of("A", 5, "B", 2), true);

        assertThat(none.reservedBySku()).containsEntry("A", 0).containsEntry("B", 0);
        assertThat(stock("bulk-all", "B", StockPool.GOOD).reserved()).as("not even B").isZero();
        assertThat(none.shortages()).singleElement().satisfies(s -> {
            assertThat(s.sku()).isEqualTo("A");
            assertThat(s.availableInPool()).isEqualTo(3);
            assertThat(s.availableElsewhere()).containsEntry(StockPool.QC_FAIL, 4).containsEntry(StockPool.RECYCLE, 0);
        });

        inventory.setStock("bulk-all", List.of(new StockLevel("A", "W1", 5))); // a GRN, say
        Allocation all = bulk.allocate("bulk-all", "BO1", 2, StockPool.GOOD, "W1", Map.of("A", 5, "B", 2), true);
        assertThat(all.reservedBySku()).containsEntry("A", 5).containsEntry("B", 2);
        assertThat(all.shortages()).isEmpty();
        assertThat(inventory.reserve("bulk-all", "forward-1", Map.of("A", 1))).as("a forward order finds none left"
                + " at W1, and takes it at W2").containsEntry("A", 1);
        assertThat(stock("bulk-all", "A", StockPool.GOOD).reserved()).isEqualTo(5);
    }

    @Test
    void twoBulkOrdersRacingForTheSameStockNeverOversellAndOneOfThemGetsIt() throws Exception {
        Fixtures.addClient(jdbi, "bulk-race");
        inventory.setStock("bulk-race", List.of(new StockLevel("A", "W1", 10), new StockLevel("B", "W1", 10)));

        List<Allocation> results = Fixtures.race(8, i -> bulk.allocate("bulk-race", "BO" + i, 1, StockPool.GOOD,
                "W1", Map.of("A", 6, "B", 4), true));

        assertThat(results.stream().filter(a -> a.shortages().isEmpty()).count()).as("one of them fits").isEqualTo(1);
        assertThat(results).allSatisfy(a -> assertThat(a.reservedBySku().get("A") == 0
                ? a.reservedBySku().get("B") == 0 : a.reservedBySku().get("B") == 4).as("all or none").isTrue());
        assertThat(stock("bulk-race", "A", StockPool.GOOD).reserved()).isEqualTo(6);
        assertThat(stock("bulk-race", "B", StockPool.GOOD).reserved()).isEqualTo(4);

        List<Allocation> partial = Fixtures.race(8, i -> bulk.allocate("bulk-race", "PO" + i, 1, StockPool.GOOD,
                "W1", Map.of("A", 3), false));
        assertThat(partial.stream().mapToInt(a -> a.reservedBySku().get("A")).sum()).as("the 4 left, no more")
                .isEqualTo(4);
        assertThat(stock("bulk-race", "A", StockPool.GOOD).reserved()).isEqualTo(10);
    }

    @Test
    void aRetriedRoundReservesNothingTwiceAndAPartialRoundTakesWhatThereIs() {
        Fixtures.addClient(jdbi, "bulk-retry");
        inventory.setStock("bulk-retry", List.of(new StockLevel("A", "W1", 3)));

        assertThat(bulk.allocate("bulk-retry", "BO1", 1, StockPool.GOOD, "W1", Map.of("A", 5), false)
                .reservedBySku()).containsEntry("A", 3);
        inventory.setStock("bulk-retry", List.of(new StockLevel("A", "W1", 10)));
        Allocation retried = bulk.allocate("bulk-retry", "BO1", 1, StockPool.GOOD, "W1", Map.of("A", 5), false);
        assertThat(retried.reservedBySku()).as("round 1 again: nothing more").containsEntry("A", 3);
        assertThat(bulk.allocate("bulk-retry", "BO1", 2, StockPool.GOOD, "W1", Map.of("A", 5), false)
                .reservedBySku()).as("round 2 takes the rest").containsEntry("A", 5);
        assertThat(stock("bulk-retry", "A", StockPool.GOOD).reserved()).isEqualTo(5);
    }

    @Test
    void aQcFailOrderHoldsQcFailStockAndCompleteReleasesWhatWasNotPackedAndDispatchConsumesOnce() {
        Fixtures.addClient(jdbi, "bulk-qc");
        inventory.setStock("bulk-qc", List.of(new StockLevel("A", "W1", 9),
                new StockLevel("A", "W1", 6, StockPool.QC_FAIL)));

        assertThat(bulk.allocate("bulk-qc", "BO1", 1, StockPool.QC_FAIL, "W1", Map.of("A", 5), true)
                .reservedBySku()).containsEntry("A", 5);
        assertThat(stock("bulk-qc", "A", StockPool.QC_FAIL).reserved()).isEqualTo(5);
        assertThat(stock("bulk-qc", "A", StockPool.GOOD).reserved()).isZero();

        bulk.release("bulk-qc", "BO1", Map.of("A", 2));
        bulk.release("bulk-qc", "BO1", Map.of("A", 2));
        assertThat(stock("bulk-qc", "A", StockPool.QC_FAIL).reserved()).as("3 not packed went back").isEqualTo(2);

        bulk.consume("bulk-qc", "BO1", Map.of("A", 2));
        bulk.consume("bulk-qc", "BO1", Map.of("A", 2));
        assertThat(stock("bulk-qc", "A", StockPool.QC_FAIL)).satisfies(s -> {
            assertThat(s.onHand()).as("once").isEqualTo(4);
            assertThat(s.reserved()).isZero();
        });
        assertThat(bulk.allocate("bulk-qc", "BO1", 2, StockPool.QC_FAIL, "W1", Map.of("A", 5), true)
                .reservedBySku()).as("dispatched: never reserved again").containsEntry("A", 0);
        assertThat(stock("bulk-qc", "A", StockPool.GOOD).onHand()).isEqualTo(9);
    }
}
