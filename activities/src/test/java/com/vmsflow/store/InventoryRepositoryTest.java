package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InventoryRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static InventoryRepository inventory;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        inventory = new InventoryRepository(jdbi);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void setStockIsAbsoluteAndAllOrNothing() {
        Fixtures.addClient(jdbi, "stock");
        assertThat(inventory.setStock("stock", List.of(new StockLevel("A", "W1", 5), new StockLevel("A", "W2", 3))))
                .isEqualTo(2);
        inventory.setStock("stock", List.of(new StockLevel("A", "W1", 2)));

        assertThatThrownBy(() -> inventory.setStock("stock",
                List.of(new StockLevel("A", "W2", 9), new StockLevel("B", "W1", -1))))
                .hasMessageContaining("on_hand");

        assertThat(inventory.stock("stock", "A"))
                .containsExactly(new StockView("A", "W1", 2, 0), new StockView("A", "W2", 3, 0));
        assertThat(inventory.stock("stock", null)).hasSize(2);
        assertThat(inventory.stock("stock", "B")).isEmpty();
    }

    @Test
    void reserveTakesWhatIsAvailableAndTheSameWishTwiceChangesNothing() {
        Fixtures.addClient(jdbi, "idem");
        inventory.setStock("idem", List.of(new StockLevel("A", "W1", 5), new StockLevel("B", "W1", 1)));
        Map<String, Integer> wish = Map.of("A", 3, "B", 2, "NOSTOCK", 1);

        Map<String, Integer> first = inventory.reserve("idem", "o1", wish);
        List<Map<String, Object>> before = reservations("idem");
        Map<String, Integer> second = inventory.reserve("idem", "o1", wish);

        assertThat(first).isEqualTo(Map.of("A", 3, "B", 1, "NOSTOCK", 0));
        assertThat(second).isEqualTo(first);
        assertThat(reservations("idem")).isEqualTo(before);
        assertThat(inventory.stock("idem", "A")).containsExactly(new StockView("A", "W1", 5, 3));
    }

    @Test
    void reserveTopsUpWhenStockArrives() {
        Fixtures.addClient(jdbi, "topup");
        inventory.setStock("topup", List.of(new StockLevel("A", "W1", 1)));
        assertThat(inventory.reserve("topup", "o1", Map.of("A", 4))).isEqualTo(Map.of("A", 1));

        inventory.setStock("topup", List.of(new StockLevel("A", "W1", 10)));

        assertThat(inventory.reserve("topup", "o1", Map.of("A", 4))).isEqualTo(Map.of("A", 4));
        assertThat(inventory.stock("topup", "A")).containsExactly(new StockView("A", "W1", 10, 4));
    }

    @Test
    void reserveGivesBackWhatIsAboveTheWishAndWhatIsNoLongerWished() {
        Fixtures.addClient(jdbi, "shrink");
        inventory.setStock("shrink", List.of(new StockLevel("A", "W1", 10), new StockLevel("B", "W1", 10)));
        inventory.reserve("shrink", "o1", Map.of("A", 6, "B", 2));

        assertThat(inventory.reserve("shrink", "o1", Map.of("A", 2))).isEqualTo(Map.of("A", 2));
        assertThat(inventory.stock("shrink", null))
                .containsExactly(new StockView("A", "W1", 10, 2), new StockView("B", "W1", 10, 0));

        assertThat(inventory.reserve("shrink", "o1", Map.of("A", 0))).isEqualTo(Map.of("A", 0));
        // A quantity of 0 is no row at all (the table's check forbids it).
        assertThat(reservations("shrink")).isEmpty();
    }

    @Test
    void reserveSpansLocationsTakingFromTheMostAvailableFirst() {
        Fixtures.addClient(jdbi, "span");
        inventory.setStock("span", List.of(new StockLevel("A", "W1", 3), new StockLevel("A", "W2", 5),
                new StockLevel("A", "W3", 2)));
        inventory.reserve("span", "other", Map.of("A", 1)); // from W2, which has most: W1 3, W2 4, W3 2 left

        assertThat(inventory.reserve("span", "o1", Map.of("A", 4))).isEqualTo(Map.of("A", 4));
        assertThat(held("span", "o1")).isEqualTo(Map.of("W2", 4));

        assertThat(inventory.reserve("span", "o1", Map.of("A", 8))).isEqualTo(Map.of("A", 8));
        assertThat(held("span", "o1")).isEqualTo(Map.of("W1", 3, "W2", 4, "W3", 1));

        assertThat(inventory.reserve("span", "o2", Map.of("A", 5))).isEqualTo(Map.of("A", 1));
        assertThat(inventory.stock("span", "A")).extracting(StockView::reserved).containsExactly(3, 5, 2);
    }

    @Test
    void aRecountBelowTheReservationsLeavesNothingAvailableThereAndShrinkingGivesBackThereFirst() {
        Fixtures.addClient(jdbi, "recount");
        inventory.setStock("recount", List.of(new StockLevel("A", "W1", 4), new StockLevel("A", "W2", 4)));
        inventory.reserve("recount", "o1", Map.of("A", 8));

        inventory.setStock("recount", List.of(new StockLevel("A", "W1", 1), new StockLevel("A", "W2", 5)));

        assertThat(inventory.stock("recount", "A"))
                .containsExactly(new StockView("A", "W1", 1, 4), new StockView("A", "W2", 5, 4));
        assertThat(inventory.reserve("recount", "o2", Map.of("A", 3))).isEqualTo(Map.of("A", 1));
        assertThat(held("recount", "o2")).isEqualTo(Map.of("W2", 1));
        assertThat(inventory.reserve("recount", "o1", Map.of("A", 8))).isEqualTo(Map.of("A", 8));

        assertThat(inventory.reserve("recount", "o1", Map.of("A", 5))).isEqualTo(Map.of("A", 5));
        assertThat(held("recount", "o1")).isEqualTo(Map.of("W1", 1, "W2", 4));
    }

    @Test
    void recountsAreWrittenInTheOrderPostgresqlLocksIn() {
        // U+FFFD sorts before U+1F600 by code point ("C" collation), after it by UTF-16 unit (String.compareTo).
        List<String> skus = List.of("\uD83D\uDE00", "\uFFFD", "b", "B", "a1", "a");
        List<String> postgresql = jdbi.withHandle(h -> h.createQuery(
                        "select sku from unnest(cast(:skus as text[])) as sku order by sku collate \"C\"")
                .bindArray("skus", String.class, skus).mapTo(String.class).list());

        List<String> java = skus.stream().map(sku -> new StockLevel(sku, "W1", 1))
                .sorted(InventoryRepository.LOCK_ORDER).map(StockLevel::sku).toList();

        assertThat(java).isEqualTo(postgresql).startsWith("B", "a", "a1", "b");
    }

    @Test
    void negativeWishesAreRefused() {
        assertThatThrownBy(() -> inventory.reserve("idem", "o1", Map.of("A", -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentOrdersNeverOversell() throws Exception {
        Fixtures.addClient(jdbi, "race");
        inventory.setStock("race", List.of(new StockLevel("HOT", "W1", 50)));

        List<Map<String, Integer>> answers =
                Fixtures.race(40, i -> inventory.reserve("race", "order-" + i, Map.of("HOT", 3)));

        int answered = answers.stream().mapToInt(a -> a.get("HOT")).sum();
        assertThat(answered).isEqualTo(50);
        assertThat(answers.stream().filter(a -> a.get("HOT") == 3)).hasSize(16);
        assertThat(answers.stream().filter(a -> a.get("HOT") == 2)).hasSize(1);
        assertThat(inventory.stock("race", "HOT")).containsExactly(new StockView("HOT", "W1", 50, 50));
    }

    @Test
    void concurrentOrdersNeverOversellEvenWhenThePoolDefaultsToRepeatableRead() throws Exception {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(db.jdbcUrl());
        factory.setUser(db.user());
        factory.setDefaultTransactionIsolation(DataSourceFactory.TransactionIsolation.REPEATABLE_READ);
        ManagedDataSource repeatableRead = factory.build(new MetricRegistry(), "repeatable-read");
        try {
            InventoryRepository strict = new InventoryRepository(Database.jdbi(repeatableRead));
            Fixtures.addClient(jdbi, "race-rr");
            strict.setStock("race-rr", List.of(new StockLevel("HOT", "W1", 20)));

            Fixtures.race(20, i -> strict.reserve("race-rr", "order-" + i, Map.of("HOT", 3)));

            assertThat(inventory.stock("race-rr", "HOT")).containsExactly(new StockView("HOT", "W1", 20, 20));
        } finally {
            repeatableRead.stop();
        }
    }

    @Test
    void concurrentOrdersOverSeveralSkusAndARecountNeitherDeadlockNorOversell() throws Exception {
        Fixtures.addClient(jdbi, "mesh");
        List<StockLevel> levels = List.of(new StockLevel("A", "W1", 10), new StockLevel("A", "W2", 10),
                new StockLevel("B", "W1", 10), new StockLevel("B", "W2", 10));
        List<StockLevel> backwards = List.of(levels.get(3), levels.get(2), levels.get(1), levels.get(0));
        inventory.setStock("mesh", levels);

        Fixtures.race(30, i -> {
            if (i % 3 == 2) {
                return inventory.setStock("mesh", i % 2 == 0 ? levels : backwards); // recounts listed either way
            }
            Map<String, Integer> wish = new LinkedHashMap<>(); // half the orders name the SKUs the other way round
            wish.put(i % 2 == 0 ? "A" : "B", 3);
            wish.put(i % 2 == 0 ? "B" : "A", 4);
            return inventory.reserve("mesh", "order-" + i, wish).size();
        });

        // 20 orders wish for far more than there is: every location ends fully reserved, and not beyond.
        assertThat(inventory.stock("mesh", null)).extracting(StockView::reserved).containsExactly(10, 10, 10, 10);
    }

    @Test
    void theReservedTotalOnEveryStockRowIsTheSumOfItsReservationsWhateverOrdersDid() throws Exception {
        Fixtures.addClient(jdbi, "total");
        inventory.setStock("total", List.of(new StockLevel("A", "W1", 6), new StockLevel("A", "W2", 6),
                new StockLevel("B", "W1", 8)));

        Fixtures.race(40, i -> switch (i % 4) {
            case 0 -> inventory.reserve("total", "o" + i, Map.of("A", 2, "B", 1)).size();
            case 1 -> inventory.reserve("total", "o" + (i - 1), Map.of("A", 1)).size(); // shrinks, gives B back
            case 2 -> {
                inventory.consume("total", "o" + (i - 2));
                yield 0;
            }
            default -> inventory.setStock("total", List.of(new StockLevel("A", "W2", 4)));
        });

        List<Map<String, Object>> drift = jdbi.withHandle(h -> h.createQuery("""
                        select i.sku, i.location, i.reserved, coalesce(sum(r.quantity), 0) as summed
                        from inventory i left join reservations r
                          on r.client_id = i.client_id and r.sku = i.sku and r.location = i.location
                        where i.client_id = 'total' group by i.sku, i.location, i.reserved
                        having i.reserved <> coalesce(sum(r.quantity), 0)
                        """).mapToMap().list());
        assertThat(drift).isEmpty();
        // Every order was consumed, before or after its reservations: none may still hold stock. (This once read
        // "something is still held", true only of a reservation racing its order's consume, kept after it.)
        assertThat(inventory.stock("total", null)).extracting(StockView::reserved).as("nothing is still held")
                .containsExactly(0, 0, 0);
    }

    @Test
    void aReservationRacingItsOrdersConsumeReservesNothing() throws Exception {
        Fixtures.addClient(jdbi, "race-late");
        inventory.setStock("race-late", List.of(new StockLevel("A", "W1", 5)));
        inventory.reserve("race-late", "o1", Map.of("A", 2));

        Map<String, Integer> answer = whileStockIsLocked("race-late",
                () -> inventory.consume("race-late", "o1"),
                () -> inventory.reserve("race-late", "o1", Map.of("A", 2)));

        assertThat(answer).isEqualTo(Map.of("A", 0));
        assertThat(inventory.stock("race-late", "A")).containsExactly(new StockView("A", "W1", 3, 0));
    }

    @Test
    void aConsumeRacingItsOrdersShrinkTakesOutWhatTheOrderHeldAtLast() throws Exception {
        Fixtures.addClient(jdbi, "race-shrink");
        inventory.setStock("race-shrink", List.of(new StockLevel("A", "W1", 10)));
        inventory.reserve("race-shrink", "o1", Map.of("A", 4));

        whileStockIsLocked("race-shrink",
                () -> inventory.reserve("race-shrink", "o1", Map.of("A", 1)),
                () -> {
                    inventory.consume("race-shrink", "o1");
                    return null;
                });

        assertThat(inventory.stock("race-shrink", "A")).containsExactly(new StockView("A", "W1", 9, 0));
    }

    @Test
    void consumeTakesTheHeldStockOutOnce() {
        Fixtures.addClient(jdbi, "consume");
        inventory.setStock("consume", List.of(new StockLevel("A", "W1", 2), new StockLevel("A", "W2", 5),
                new StockLevel("B", "W1", 4)));
        inventory.reserve("consume", "o1", Map.of("A", 6, "B", 1));
        inventory.reserve("consume", "o2", Map.of("B", 2));

        inventory.consume("consume", "o1");
        inventory.consume("consume", "o1");

        assertThat(inventory.stock("consume", null)).containsExactly(new StockView("A", "W1", 1, 0),
                new StockView("A", "W2", 0, 0), new StockView("B", "W1", 3, 2));
        assertThat(held("consume", "o1")).isEmpty();
    }

    @Test
    void aLateReservationOfAConsumedOrderReservesNothing() {
        Fixtures.addClient(jdbi, "late");
        inventory.setStock("late", List.of(new StockLevel("A", "W1", 5)));
        inventory.reserve("late", "o1", Map.of("A", 2));
        inventory.consume("late", "o1");

        assertThat(inventory.reserve("late", "o1", Map.of("A", 2))).isEqualTo(Map.of("A", 0));
        inventory.consume("late", "o1");

        assertThat(inventory.stock("late", "A")).containsExactly(new StockView("A", "W1", 3, 0));
    }

    @Test
    void consumeAfterARecountBelowTheReservationStopsAtZero() {
        Fixtures.addClient(jdbi, "floor");
        inventory.setStock("floor", List.of(new StockLevel("A", "W1", 5)));
        inventory.reserve("floor", "o1", Map.of("A", 5));
        inventory.setStock("floor", List.of(new StockLevel("A", "W1", 3)));

        inventory.consume("floor", "o1");

        assertThat(inventory.stock("floor", "A")).containsExactly(new StockView("A", "W1", 0, 0));
    }

    /**
     * Runs {@code first}, then {@code second}, while another transaction holds the client's stock rows, each
     * started once the one before waits for a lock; then lets them go. Answers what {@code second} answered.
     */
    private static <T> T whileStockIsLocked(String clientId, Runnable first, Callable<T> second)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Handle blocker = jdbi.open()) {
            blocker.begin();
            blocker.createQuery("select sku from inventory where client_id = :clientId for update")
                    .bind("clientId", clientId).mapTo(String.class).list();
            Future<?> one = pool.submit(first);
            awaitWaitingForLocks(1);
            Future<T> two = pool.submit(second);
            awaitWaitingForLocks(2);
            blocker.rollback();
            one.get(10, TimeUnit.SECONDS);
            return two.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitWaitingForLocks(int backends) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock'
                        """).mapTo(Integer.class).one()) < backends) {
            assertThat(System.currentTimeMillis()).as("backends waiting for a lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<Map<String, Object>> reservations(String clientId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select order_id, sku, location, quantity, updated_at from reservations
                        where client_id = :clientId order by order_id, sku, location
                        """)
                .bind("clientId", clientId).mapToMap().list());
    }

    private static Map<String, Integer> held(String clientId, String orderId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select location, quantity from reservations where client_id = :clientId and order_id = :orderId
                        """)
                .bind("clientId", clientId).bind("orderId", orderId)
                .setMapKeyColumn("location").setMapValueColumn("quantity")
                .collectInto(new GenericType<Map<String, Integer>>() {}));
    }
}
