package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.InwardPoRepository.GrnOutcome;
import com.vmsflow.store.InwardPoRepository.PoOutcome;
import com.vmsflow.store.InwardPoRepository.Received;
import com.vmsflow.store.InwardPoRepository.Wanted;
import com.vmsflow.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inward POs received by GRNs: stock rises in the GRN's pools, never above the PO, each document once. */
class InwardPoRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static InwardPoRepository pos;
    private static InventoryRepository inventory;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        pos = new InwardPoRepository(jdbi);
        inventory = new InventoryRepository(jdbi);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aPoIsReceivedByItsGrnsIntoTheirPoolsUpToItsQuantities() {
        Fixtures.addClient(jdbi, "po");
        pos.create("po", "PO-1", "W1", List.of(new Wanted("A", 10), new Wanted("B", 2)));
        assertThat(pos.find("po", "PO-1").status()).isEqualTo(InwardPo.Status.OPEN);

        GrnOutcome first = pos.receive("po", "PO-1", "GRN-1", List.of(new Received("A", 6, StockPool.GOOD),
                new Received("A", 1, StockPool.QC_FAIL)));
        assertThat(first).isInstanceOf(GrnOutcome.Received.class);
        assertThat(((GrnOutcome.Received) first).po().status()).isEqualTo(InwardPo.Status.PARTLY_RECEIVED);

        GrnOutcome over = pos.receive("po", "PO-1", "GRN-2", List.of(new Received("B", 2, StockPool.GOOD),
                new Received("A", 2, StockPool.GOOD), new Received("A", 2, StockPool.RECYCLE)));
        assertThat(over).isEqualTo(new GrnOutcome.Refused(java.util.Map.of("lines[2].quantity",
                "brings A above the PO: 3 of 10 still expected")));
        assertThat(pos.receive("po", "PO-1", "GRN-3", List.of(new Received("C", 1, StockPool.GOOD))))
                .isEqualTo(new GrnOutcome.Refused(java.util.Map.of("lines[0].sku", "is not on the PO")));

        GrnOutcome rest = pos.receive("po", "PO-1", "GRN-2", List.of(new Received("B", 2, StockPool.GOOD),
                new Received("A", 3, StockPool.GOOD)));
        InwardPo po = ((GrnOutcome.Received) rest).po();
        assertThat(po.status()).isEqualTo(InwardPo.Status.RECEIVED);
        assertThat(po.lines()).containsExactly(new InwardPo.Line("A", 10, 10), new InwardPo.Line("B", 2, 2));
        assertThat(po.grns()).containsExactly("GRN-1", "GRN-2");
        assertThat(inventory.stock("po", null)).containsExactly(new StockView("A", "W1", 9, 0),
                new StockView("A", "W1", StockPool.QC_FAIL, 1, 0), new StockView("B", "W1", 2, 0));
    }

    @Test
    void theSameDocumentsTwiceChangeNothingAndDifferentOnesUnderTheirNumbersAreConflicts() {
        Fixtures.addClient(jdbi, "po-idem");
        List<Wanted> lines = List.of(new Wanted("A", 5), new Wanted("B", 1));
        pos.create("po-idem", "PO-1", "W1", lines);
        assertThat(pos.create("po-idem", "PO-1", "W1", List.of(lines.get(1), lines.get(0))))
                .isInstanceOf(PoOutcome.Created.class).extracting(o -> ((PoOutcome.Created) o).repeated())
                .isEqualTo(true);
        assertThat(pos.create("po-idem", "PO-1", "W2", lines)).isInstanceOf(PoOutcome.Conflict.class);
        assertThat(pos.create("po-idem", "PO-1", "W1", List.of(new Wanted("A", 6))))
                .isInstanceOf(PoOutcome.Conflict.class);
        pos.create("po-idem", "PO-2", "W1", List.of(new Wanted("A", 5)));

        List<Received> grn = List.of(new Received("A", 2, StockPool.GOOD));
        pos.receive("po-idem", "PO-1", "GRN-1", grn);
        assertThat(pos.receive("po-idem", "PO-1", "GRN-1", grn))
                .isEqualTo(new GrnOutcome.Received(pos.find("po-idem", "PO-1"), true));
        assertThat(pos.receive("po-idem", "PO-1", "GRN-1", List.of(new Received("A", 3, StockPool.GOOD))))
                .isEqualTo(new GrnOutcome.Conflict("PO-1"));
        assertThat(pos.receive("po-idem", "PO-2", "GRN-1", grn)).isEqualTo(new GrnOutcome.Conflict("PO-1"));
        assertThat(pos.receive("po-idem", "PO-9", "GRN-9", grn)).isEqualTo(new GrnOutcome.NoSuchPo());

        assertThat(inventory.stock("po-idem", "A")).containsExactly(new StockView("A", "W1", 2, 0));
        assertThat(pos.find("po-idem", "PO-2").status()).isEqualTo(InwardPo.Status.OPEN);
    }

    @Test
    void concurrentGrnsNeverReceiveMoreThanThePo() throws Exception {
        Fixtures.addClient(jdbi, "po-race");
        pos.create("po-race", "PO-1", "W1", List.of(new Wanted("A", 10)));

        List<GrnOutcome> outcomes = Fixtures.race(20, i -> pos.receive("po-race", "PO-1", "GRN-" + i,
                List.of(new Received("A", 3, i % 2 == 0 ? StockPool.GOOD : StockPool.QC_FAIL))));

        assertThat(outcomes.stream().filter(GrnOutcome.Received.class::isInstance)).hasSize(3);
        assertThat(pos.find("po-race", "PO-1").lines()).containsExactly(new InwardPo.Line("A", 10, 9));
        assertThat(inventory.stock("po-race", "A").stream().mapToInt(StockView::onHand).sum()).isEqualTo(9);
    }
}
