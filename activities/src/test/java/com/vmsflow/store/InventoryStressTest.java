package com.vmsflow.store;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.vmsflow.testing.CapturedLogs;
import com.vmsflow.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sale day in miniature: multi-SKU orders over shared SKUs, their lines in different orders, racing every writer
 * of stock rows (reserve, shrink, consume at handover, recount) round after round. No writer may deadlock (or need
 * a retry to get past one), and at every instant each stock row's running total is the sum of its reservations and
 * never above its on-hand.
 */
class InventoryStressTest {

    private static final String CLIENT = "stress";
    private static final List<String> SKUS = List.of("A", "B", "C", "D", "E", "F");
    private static final List<String> LOCATIONS = List.of("W1", "W2");
    private static final int THREADS = 6;
    private static final int ROUNDS = 200;
    /** Orders in play at once: few enough that the same order is often reserved and consumed at the same time. */
    private static final int WINDOW = 4;

    private static TestDatabase db;
    private static Jdbi jdbi;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void ordersRacingEveryWriterOfStockNeitherDeadlockNorDrift() throws Exception {
        InventoryRepository inventory = new InventoryRepository(jdbi);
        Fixtures.addClient(jdbi, CLIENT);
        // Recounts are serialised among themselves and never count less than the previous count: with that, a row
        // whose reservations exceed its on-hand can only be an oversale, so the invariant below is exact.
        Map<String, Integer> counted = new LinkedHashMap<>();
        List<StockLevel> initial = new ArrayList<>();
        for (String sku : SKUS) {
            for (String location : LOCATIONS) {
                counted.put(sku + "/" + location, 4);
                initial.add(new StockLevel(sku, location, 4));
            }
        }
        inventory.setStock(CLIENT, initial);

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Queue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger consumes = new AtomicInteger();
        AtomicInteger held = new AtomicInteger();
        AtomicBoolean racing = new AtomicBoolean(true);
        CyclicBarrier round = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CapturedLogs retries = CapturedLogs.of(Transactions.class);
        try {
            Future<?> checker = pool.submit(() -> {
                while (racing.get()) {
                    violations.addAll(violations());
                    pause(50);
                }
            });
            List<Future<?>> racers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(1000L + t);
                racers.add(pool.submit(() -> {
                    for (int r = 0; r < ROUNDS; r++) {
                        round.await(30, TimeUnit.SECONDS); // every thread starts its round's call together
                        String orderId = "o" + (r / 2 + random.nextInt(WINDOW)); // the window slides every 2 rounds
                        int dice = random.nextInt(100);
                        try {
                            if (dice < 45) {
                                Map<String, Integer> wish = wish(random, 2 + random.nextInt(3), 3);
                                held.addAndGet(checked(wish, inventory.reserve(CLIENT, orderId, wish), failures));
                            } else if (dice < 65) {
                                Map<String, Integer> wish = wish(random, 1, 1); // shrinks, gives the rest back
                                checked(wish, inventory.reserve(CLIENT, orderId, wish), failures);
                            } else if (dice < 85) {
                                inventory.consume(CLIENT, orderId);
                                consumes.incrementAndGet();
                            } else {
                                recount(inventory, random, counted);
                            }
                        } catch (RuntimeException e) {
                            String call = dice < 65 ? "reserve" : dice < 85 ? "consume" : "recount";
                            failures.add(call + ": " + e.getClass().getSimpleName() + ": " + rootMessage(e));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> racer : racers) {
                racer.get(120, TimeUnit.SECONDS);
            }
            racing.set(false);
            checker.get(10, TimeUnit.SECONDS);
        } finally {
            racing.set(false);
            pool.shutdownNow();
            retries.close();
        }

        List<String> stillHolding = jdbi.withHandle(h -> h.createQuery("""
                        select distinct r.order_id from reservations r
                        join consumed_reservations c on c.client_id = r.client_id and c.order_id = r.order_id
                        where r.client_id = :clientId
                        """).bind("clientId", CLIENT).mapTo(String.class).list());
        SoftAssertions.assertSoftly(soft -> { // every way the race went wrong, not only the first
            soft.assertThat(failures).as("calls that failed").isEmpty();
            // A deadlock retried away would pass unseen otherwise: the lock order alone must keep them out.
            soft.assertThat(retries.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .as("transactions run again").isEmpty();
            soft.assertThat(violations).as("rows whose total drifted or was oversold while racing").isEmpty();
            soft.assertThat(violations()).as("rows whose total drifted or was oversold at the end").isEmpty();
            soft.assertThat(stillHolding).as("orders that still hold stock after leaving with the courier").isEmpty();
            // The race did what it is for: stock was reserved and orders went out, over and over.
            soft.assertThat(held.get()).as("units reserved").isGreaterThan(ROUNDS);
            soft.assertThat(consumes.get()).as("consumes").isGreaterThan(ROUNDS);
        });
    }

    /** {@code skus} distinct SKUs in random order (lines of an order come in any order), 1 to {@code max} each. */
    private static Map<String, Integer> wish(Random random, int skus, int max) {
        List<String> shuffled = new ArrayList<>(SKUS);
        Collections.shuffle(shuffled, random);
        Map<String, Integer> wish = new LinkedHashMap<>();
        for (String sku : shuffled.subList(0, skus)) {
            wish.put(sku, 1 + random.nextInt(max));
        }
        return wish;
    }

    /** Answers the quantity held, noting an answer above the wish or about a SKU not wished for. */
    private static int checked(Map<String, Integer> wish, Map<String, Integer> holds, Queue<String> failures) {
        if (!holds.keySet().equals(wish.keySet())
                || holds.entrySet().stream().anyMatch(e -> e.getValue() < 0 || e.getValue() > wish.get(e.getKey()))) {
            failures.add("wished " + wish + ", answered " + holds);
        }
        return holds.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A recount of some rows, listed in random order; now and then a row counts one more than before. */
    private static void recount(InventoryRepository inventory, Random random, Map<String, Integer> counted) {
        synchronized (counted) {
            List<String> rows = new ArrayList<>(counted.keySet());
            Collections.shuffle(rows, random);
            List<StockLevel> levels = new ArrayList<>();
            for (String row : rows.subList(0, 3 + random.nextInt(4))) {
                int count = counted.merge(row, random.nextInt(10) == 0 ? 1 : 0, Integer::sum);
                String[] place = row.split("/");
                levels.add(new StockLevel(place[0], place[1], count));
            }
            inventory.setStock(CLIENT, levels);
        }
    }

    /** One statement, so one snapshot: rows whose total is not the sum of their reservations, or above on-hand. */
    private static List<String> violations() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select i.sku || '/' || i.location || ' on hand ' || i.on_hand || ' reserved ' || i.reserved
                               || ' summed ' || coalesce(sum(r.quantity), 0)
                        from inventory i left join reservations r
                          on r.client_id = i.client_id and r.sku = i.sku and r.location = i.location
                        where i.client_id = :clientId
                        group by i.sku, i.location, i.on_hand, i.reserved
                        having i.reserved <> coalesce(sum(r.quantity), 0) or i.reserved > i.on_hand
                        """).bind("clientId", CLIENT).mapTo(String.class).list());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage().lines().findFirst().orElse("");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
