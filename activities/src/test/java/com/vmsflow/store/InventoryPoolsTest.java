package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.InventoryRepository.MoveOutcome;
import com.vmsflow.store.InventoryRepository.Restock;
import com.vmsflow.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stock per pool: orders and channels see GOOD only, moves never take what is not there, returns restock once. */
class InventoryPoolsTest {

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
    void todaysStockAndReservationsAreCarriedIntoGood() {
        // The schema as it was before the pools, in a schema of its own, with stock held by an order.
        Flyway legacy = Flyway.configure().dataSource(db.dataSource()).schemas("legacy")
                .locations("classpath:db/migration").target("8").load();
        legacy.migrate();
        jdbi.useHandle(h -> {
            h.execute("set search_path to legacy");
            h.execute("""
                    insert into clients (client_id, name, ajio_seller_id, supplier_gstin, e_invoicing_model,
                        return_model, posting_mode, hold_seconds, erp_invoice_deadline_seconds, invoice_prefix)
                    values ('old', 'Old', 'S1', '29AAFCC9980M1ZR', 'RMS', 'RSI', 'PULL', 0, 60, 'DR')""");
            h.execute("insert into inventory (client_id, sku, location, on_hand) values ('old', 'A', 'W1', 7)");
            h.execute("""
                    insert into reservations (client_id, order_id, sku, location, quantity)
                    values ('old', 'o1', 'A', 'W1', 2)""");
            h.execute("set search_path to public");
        });

        Flyway.configure().dataSource(db.dataSource()).schemas("legacy").locations("classpath:db/migration").load()
                .migrate();

        List<Map<String, Object>> rows = jdbi.withHandle(h -> h.createQuery(
                "select pool, on_hand, reserved from legacy.inventory where client_id = 'old'").mapToMap().list());
        assertThat(rows).containsExactly(Map.of("pool", "GOOD", "on_hand", 7, "reserved", 2));
        List<String> reserved = jdbi.withHandle(h -> h.createQuery("select pool from legacy.reservations")
                .mapTo(String.class).list());
        assertThat(reserved).containsExactly("GOOD");
    }

    @Test
    void ordersReserveAndChannelsAreShownGoodOnly() {
        Fixtures.addClient(jdbi, "good-only");
        addChannel("good-only");
        inventory.setStock("good-only", List.of(new StockLevel("A", "W1", 2),
                new StockLevel("A", "W1", 9, StockPool.QC_FAIL), new StockLevel("A", "W1", 4, StockPool.RECYCLE)));
        long changesBefore = changes("good-only");

        assertThat(inventory.reserve("good-only", "o1", Map.of("A", 5))).containsEntry("A", 2);
        assertThat(figure("good-only", "A")).isZero();
        assertThat(inventory.stock("good-only", "A")).containsExactly(
                new StockView("A", "W1", StockPool.GOOD, 2, 2), new StockView("A", "W1", StockPool.QC_FAIL, 9, 0),
                new StockView("A", "W1", StockPool.RECYCLE, 4, 0));

        // Counting QC_FAIL again tells no channel: its figure cannot change.
        long afterReserve = changes("good-only");
        inventory.setStock("good-only", List.of(new StockLevel("A", "W1", 3, StockPool.QC_FAIL)));
        assertThat(afterReserve).isGreaterThan(changesBefore);
        assertThat(changes("good-only")).isEqualTo(afterReserve);
    }

    @Test
    void aMoveIntoGoodIsShownToTheChannelAndTakesOnlyWhatOrdersDoNotHold() {
        Fixtures.addClient(jdbi, "mover");
        addChannel("mover");
        inventory.setStock("mover", List.of(new StockLevel("A", "W1", 5),
                new StockLevel("A", "W1", 4, StockPool.QC_FAIL)));
        inventory.reserve("mover", "o1", Map.of("A", 3));

        assertThat(inventory.move("mover", move("m1", StockPool.GOOD, StockPool.RECYCLE, 3)))
                .isEqualTo(new MoveOutcome.Short(2));
        assertThat(inventory.move("mover", move("m1", StockPool.GOOD, StockPool.RECYCLE, 2)))
                .isEqualTo(new MoveOutcome.Moved(move("m1", StockPool.GOOD, StockPool.RECYCLE, 2), false));
        long changes = changes("mover");
        assertThat(inventory.move("mover", move("m2", StockPool.QC_FAIL, StockPool.GOOD, 4)))
                .isInstanceOf(MoveOutcome.Moved.class);

        assertThat(changes("mover")).as("GOOD changed: the channel hears of it").isGreaterThan(changes);
        assertThat(figure("mover", "A")).isEqualTo(4); // 3 + 4 on hand, 3 held
        assertThat(inventory.stock("mover", "A")).containsExactly(
                new StockView("A", "W1", StockPool.GOOD, 7, 3), new StockView("A", "W1", StockPool.QC_FAIL, 0, 0),
                new StockView("A", "W1", StockPool.RECYCLE, 2, 0));
    }

    @Test
    void theSameMoveTwiceMovesOnceAndAnotherMoveUnderItsIdChangesNothing() {
        Fixtures.addClient(jdbi, "idem-move");
        inventory.setStock("idem-move", List.of(new StockLevel("A", "W1", 5)));
        StockMove once = move("m1", StockPool.GOOD, StockPool.QC_FAIL, 2);

        inventory.move("idem-move", once);
        assertThat(inventory.move("idem-move", once)).isEqualTo(new MoveOutcome.Moved(once, true));
        assertThat(inventory.move("idem-move", move("m1", StockPool.GOOD, StockPool.QC_FAIL, 3)))
                .isEqualTo(new MoveOutcome.Conflict(once));
        assertThat(inventory.move("idem-move", move("m2", StockPool.RECYCLE, StockPool.GOOD, 1)))
                .as("nothing in RECYCLE").isEqualTo(new MoveOutcome.Short(0));

        assertThat(inventory.stock("idem-move", "A")).containsExactly(new StockView("A", "W1", 3, 0),
                new StockView("A", "W1", StockPool.QC_FAIL, 2, 0));
        int moves = jdbi.withHandle(h -> h.createQuery("select count(*) from inventory_moves where client_id = ?")
                .bind(0, "idem-move").mapTo(Integer.class).one());
        assertThat(moves).as("m1 only: the refused m2 left no row").isEqualTo(1);
    }

    @Test
    void concurrentReservationsAndMovesNeverOversellAndKeepTheTotalsExact() throws Exception {
        Fixtures.addClient(jdbi, "pool-race");
        inventory.setStock("pool-race", List.of(new StockLevel("HOT", "W1", 40),
                new StockLevel("HOT", "W1", 10, StockPool.QC_FAIL)));

        List<Object> outcomes = Fixtures.race(60, i -> switch (i % 3) {
            case 0 -> inventory.reserve("pool-race", "order-" + i, Map.of("HOT", 3));
            case 1 -> inventory.move("pool-race", new StockMove("out-" + i, "HOT", "W1", StockPool.GOOD,
                    StockPool.RECYCLE, 2));
            default -> inventory.move("pool-race", new StockMove("back-" + i, "HOT", "W1", StockPool.QC_FAIL,
                    StockPool.GOOD, 1));
        });

        int reserved = outcomes.stream().filter(Map.class::isInstance).mapToInt(o -> (Integer) ((Map<?, ?>) o)
                .get("HOT")).sum();
        long out = outcomes.stream().filter(o -> o instanceof MoveOutcome.Moved m && m.move().from()
                == StockPool.GOOD).count();
        long back = outcomes.stream().filter(o -> o instanceof MoveOutcome.Moved m && m.move().to()
                == StockPool.GOOD).count();
        assertThat(back).as("ten units in QC_FAIL, twenty asked for").isEqualTo(10);
        List<StockView> stock = inventory.stock("pool-race", "HOT");
        StockView good = stock.get(0);
        assertThat(good.pool()).isEqualTo(StockPool.GOOD);
        assertThat(good.onHand()).isEqualTo(40 - 2 * out + back);
        assertThat(good.reserved()).isEqualTo(reserved).isLessThanOrEqualTo(good.onHand());
        assertThat(stock.stream().mapToInt(StockView::onHand).sum()).as("no unit made or lost").isEqualTo(50);
        assertThat(stock).extracting(StockView::pool).containsExactly(StockPool.GOOD, StockPool.QC_FAIL,
                StockPool.RECYCLE);
        assertThat(stock.get(2).onHand()).isEqualTo(2 * out);
    }

    @Test
    void aReturnRestocksWhereTheOrderShippedFromOncePerItem() {
        Fixtures.addClient(jdbi, "restock");
        inventory.setStock("restock", List.of(new StockLevel("A", "W1", 1), new StockLevel("A", "W2", 5)));
        inventory.reserve("restock", "o1", Map.of("A", 2)); // W2 has the most: both from there
        inventory.consume("restock", "o1");
        List<Restock> items = List.of(new Restock("A|PASS", "A", 1, StockPool.GOOD),
                new Restock("A|FAIL", "A", 1, StockPool.QC_FAIL));

        assertThat(inventory.restock("restock", "r1", "o1", items)).isEqualTo(items);
        assertThat(inventory.restock("restock", "r1", "o1", items)).as("a retried activity").isEmpty();

        assertThat(inventory.stock("restock", "A")).containsExactly(new StockView("A", "W1", 1, 0),
                new StockView("A", "W2", 4, 0), new StockView("A", "W2", StockPool.QC_FAIL, 1, 0));
    }

    private static StockMove move(String id, StockPool from, StockPool to, int quantity) {
        return new StockMove(id, "A", "W1", from, to, quantity);
    }

    private static void addChannel(String clientId) {
        jdbi.useHandle(h -> h.execute("""
                insert into channels (client_id, channel_id, kind, all_locations, buffer)
                values (?, 'ajio', 'AJIO', true, 0)""", clientId));
    }

    private static long changes(String clientId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from inventory_changes where client_id = ?")
                .bind(0, clientId).mapTo(Long.class).one());
    }

    private static int figure(String clientId, String sku) {
        return jdbi.withHandle(h -> h.createQuery("""
                select coalesce(max(available), 0) from channel_sku_available where client_id = ? and client_sku = ?
                """).bind(0, clientId).bind(1, sku).mapTo(Integer.class).one());
    }
}
