package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import io.dropwizard.util.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's bulk B2B outward orders through every real part (gateway, worker, Temporal, PostgreSQL, the sandbox's
 * ERP): a BLOCK_COMPLETE order is UNFULFILLABLE, a GRN of what it lacks does not allocate it, the seller's allocate
 * does; packed and dispatched, its BULK_ORDER_DISPATCH posting reaches the ERP once. And the demo's two bulk flows.
 */
class BulkOrderEndToEndTest {

    private static TestStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        stack = TestStack.start(Duration.seconds(20));
        gateway = stack.gateway;
        sandbox = stack.sandbox;
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static Demo demo() {
        return new Demo(gateway, sandbox, System.out, java.time.Duration.ofMinutes(2));
    }

    @Test
    void aBlockCompleteOrderIsUnfulfillableUntilAGrnAndTheSellersAllocateThenDispatchedAndPostedToTheErpOnce() {
        List<String> said = new ArrayList<>();
        JsonNode done = new BulkOrderFlows(demo()).blockCompleteAfterGrn("BO-E2E-1", "E2E-KURTA", said);

        assertThat(said).as("short; still short after the GRN; allocated on the seller's word")
                .containsExactly("UNFULFILLABLE", "UNFULFILLABLE", "FULFILLABLE");
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("lines").path(0).path("dispatched").asInt()).isEqualTo(5);
        String messageId = done.path("erpMessageId").asText();
        assertThat(messageId).isNotEmpty();
        CallCounts erp = Await.until(() -> sandbox.calls(OutsideSystem.ERP, "posting").counts(),
                counts -> counts.applied("posting", messageId) > 0, 20_000);
        assertThat(erp.applied("posting", messageId)).as("the ERP took BULK_ORDER_DISPATCH once").isOne();
        int stored = stack.local.jdbi().withHandle(h -> h.createQuery("""
                select count(*) from erp_postings where order_id = 'BO-E2E-1' and event_type = 'BULK_ORDER_DISPATCH'
                """).mapTo(Integer.class).one());
        assertThat(stored).as("one posting in the outbox").isOne();
        JsonNode inventory = gateway.get("dev-support", "/v1/clients/demo-erp/inventory?sku=E2E-KURTA").body();
        assertThat(inventory.path("skus").path(0).path("locations").path(0).path("onHand").asInt())
                .as("2 + a GRN of 3, all 5 dispatched").isZero();
        JsonNode listed = gateway.get("dev-seller-demo-erp", "/v1/clients/demo-erp/bulk-orders?status=COMPLETED")
                .body().path("bulkOrders");
        assertThat(listed).anySatisfy(row -> assertThat(row.path("bulkOrderId").asText()).isEqualTo("BO-E2E-1"));
    }

    /** The demo's two bulk flows, run as the demo runs them: each summary row shows what it expected. */
    @Test
    void theDemosBulkFlowsEndAsTheirSummaryRowsExpect() throws Exception {
        Map<String, Demo.Flow> flows = new LinkedHashMap<>();
        new BulkOrderFlows(demo()).addTo(flows);
        List<Demo.Outcome> outcomes = new ArrayList<>();
        for (Demo.Flow flow : flows.values()) {
            flow.run(outcomes);
        }

        assertThat(flows).hasSize(2);
        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o.ok()).as(o.toString()).isTrue());
    }
}
