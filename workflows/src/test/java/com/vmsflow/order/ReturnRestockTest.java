package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.database.ReturnRestock;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnReceipt;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnWorkflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A received return goes back into stock by its QC: PASS is sellable again (GOOD), FAIL goes to QC_FAIL. */
class ReturnRestockTest {

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld();
        world.returns.orders.put("FL-R", Map.of("AJ-TEE-M", "TEE-M", "AJ-JEANS-32", "JEANS-32"));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private ReturnState receivedAndDone(String returnId, int tees, ReceivedItem... items) {
        ReturnWorkflow r = world.startReturn(RMS_CLIENT, new ReturnExpectation(returnId, "FL-R",
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem("1", "AJ-TEE-M", tees)), world.now()));
        awaitState(r, s -> s.status() == ReturnStatus.EXPECTED && !s.lines().isEmpty());
        r.receive(new ReturnReceipt(List.of(items)));
        return awaitState(r, s -> s.status() == ReturnStatus.COMPLETED);
    }

    @Test
    void passRestocksGoodFailRestocksQcFailAndMissingNothing() {
        ReturnState done = receivedAndDone("R-RESTOCK", 3, new ReceivedItem("TEE-M", 1, QcResult.PASS),
                new ReceivedItem("TEE-M", 1, QcResult.FAIL), new ReceivedItem("TEE-M", 1, QcResult.MISSING));

        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
        assertThat(world.database.restocked).containsExactly(
                Map.entry("R-RESTOCK/TEE-M:FAIL", new ReturnRestock("TEE-M:FAIL", "TEE-M", 1, StockPool.QC_FAIL)),
                Map.entry("R-RESTOCK/TEE-M:PASS", new ReturnRestock("TEE-M:PASS", "TEE-M", 1, StockPool.GOOD)));
    }

    @Test
    void aReturnThatFailedQcRestocksQcFailOnly() {
        receivedAndDone("R-RESTOCK-FAIL", 2, new ReceivedItem("TEE-M", 2, QcResult.FAIL));

        assertThat(world.database.restocked).containsExactly(Map.entry("R-RESTOCK-FAIL/TEE-M:FAIL",
                new ReturnRestock("TEE-M:FAIL", "TEE-M", 2, StockPool.QC_FAIL)));
    }

    private static ReturnState awaitState(ReturnWorkflow r, java.util.function.Predicate<ReturnState> condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        ReturnState state = r.state();
        while (!condition.test(state)) {
            assertThat(System.currentTimeMillis()).as("the return is %s", state.status()).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            state = r.state();
        }
        return state;
    }
}
