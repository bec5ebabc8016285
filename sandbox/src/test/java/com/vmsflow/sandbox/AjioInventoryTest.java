package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.sandbox.ajio.inventory.FigureReport;
import com.vmsflow.sandbox.ajio.inventory.InventoryItem;
import com.vmsflow.sandbox.ajio.inventory.InventoryReport;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ajio's inventory calls as VMS Flow's inventory sync makes them, and what the control endpoints tell of them. */
class AjioInventoryTest {

    private AjioFlow ajio;

    @BeforeEach
    void newSeller() {
        ajio = new AjioFlow(TestSandbox.shared());
    }

    @Test
    void aPushIsShownByTheListingAndTheControlReport() {
        Api.Reply pushed = push(Map.of("SKU-B", 4, "SKU-A", 0));

        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.body().get("accepted").asInt()).isEqualTo(2);
        JsonNode page = ajio.get("/inventory").body();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("sku").asText()).isEqualTo("SKU-A");
        assertThat(page.get("items").get(0).get("quantity").asInt()).isZero();
        assertThat(page.get("items").get(1).get("updatedAt").asText()).isNotBlank();
        assertThat(page.has("next")).as("null, not absent, on the last page").isTrue();
        assertThat(page.get("next").isNull()).isTrue();

        InventoryReport report = ajio.control.ajioInventory(ajio.seller, "SKU-B");
        assertThat(report.items()).singleElement().satisfies(figure -> {
            assertThat(figure.quantity()).isEqualTo(4);
            assertThat(figure.pushes()).isEqualTo(1);
        });
        assertThat(report.calls()).isEqualTo(2);
        assertThat(report.itemsReceived()).isEqualTo(2);
        assertThat(ajio.api.get("/ajio/v1/inventory", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void aBatchAboveTheBatchSizeIsRefusedWith400NamingTheLimit() {
        Map<String, Integer> figures = new LinkedHashMap<>();
        IntStream.range(0, 51).forEach(i -> figures.put("SKU-" + i, 1));

        Api.Reply refused = push(figures);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("BATCH_TOO_LARGE");
        assertThat(refused.body().get("message").asText()).contains("50");
        InventoryReport report = ajio.control.ajioInventory(ajio.seller);
        assertThat(report.items()).isEmpty();
        assertThat(report.batchesRefused()).isEqualTo(1);
        assertThat(lastCall("pushInventory").outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aBadItemIsRefusedWith400AndChangesNothing() {
        Api.Reply negative = push(Map.of("SKU-A", 2, "SKU-B", -1));
        Api.Reply repeated = ajio.post("/inventory", Map.of("items", List.of(Map.of("sku", "SKU-A", "quantity", 1),
                Map.of("sku", "SKU-A", "quantity", 2))));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(repeated.status()).isEqualTo(400);
        assertThat(ajio.control.ajioInventory(ajio.seller).items()).isEmpty();
    }

    @Test
    void beyondTheRateLimitCallsAre429WithRetryAfterAndChangeNothing() {
        List<Api.Reply> replies = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            replies.add(push(Map.of("SKU-A", i)));
        }

        List<Api.Reply> throttled = replies.stream().filter(reply -> reply.status() == 429).toList();
        assertThat(throttled).isNotEmpty().allSatisfy(reply -> {
            assertThat(Integer.parseInt(reply.header("Retry-After"))).isGreaterThanOrEqualTo(1);
            assertThat(reply.errorCode()).isEqualTo("THROTTLED");
        });
        int lastAccepted = IntStream.range(0, replies.size()).filter(i -> replies.get(i).status() == 200).max()
                .orElseThrow() + 1;
        InventoryReport report = ajio.control.ajioInventory(ajio.seller);
        assertThat(report.items()).singleElement().satisfies(figure -> {
            assertThat(figure.quantity()).isEqualTo(lastAccepted);
            assertThat(figure.pushes()).isEqualTo(replies.size() - throttled.size());
        });
        assertThat(report.throttled()).isEqualTo(throttled.size());
        assertThat(report.calls()).isEqualTo(replies.size());
    }

    @Test
    void theListingPagesBySkuWithNextUntilTheLastPage() {
        List<InventoryItem> items = IntStream.range(0, 7).mapToObj(i -> InventoryItem.of("SKU-" + (7 - i), i))
                .toList();
        ajio.control.setAjioInventory(ajio.seller, items);

        List<String> read = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Api.Reply page = ajio.get("/inventory?limit=3" + (next == null ? "" : "&after=" + next));
            assertThat(page.status()).isEqualTo(200);
            page.body().get("items").forEach(item -> read.add(item.get("sku").asText()));
            next = page.body().get("next").isNull() ? null : page.body().get("next").asText();
            pages++;
        } while (next != null);

        assertThat(read).containsExactly("SKU-1", "SKU-2", "SKU-3", "SKU-4", "SKU-5", "SKU-6", "SKU-7");
        assertThat(pages).isEqualTo(3);
        assertThat(ajio.get("/inventory?limit=501").status()).isEqualTo(422);
    }

    @Test
    void presetFiguresAreShownWithoutCountingAsPushes() {
        InventoryReport report = ajio.control.setAjioInventory(ajio.seller,
                List.of(InventoryItem.of("STALE-1", 9), InventoryItem.of("UNMAPPED", 3)));

        assertThat(report.items()).extracting(FigureReport::sku).containsExactly("STALE-1", "UNMAPPED");
        assertThat(report.items()).allSatisfy(figure -> assertThat(figure.pushes()).isZero());
        assertThat(report.calls()).isZero();
        assertThat(ajio.get("/inventory").body().get("items")).hasSize(2);
    }

    @Test
    void ordersLowerWhatAjioShowsAndCountOversells() {
        push(Map.of("SKU-A", 3, "SKU-B", 1, "SKU-C", 0));

        ajio.order(line("SKU-A", 2, "100.00"), line("SKU-B", 2, "100.00"));
        ajio.control.createOrders(ajio.seller, 2, List.of(line("SKU-A", 1, "100.00")));
        ajio.order(line("SKU-C", 1, "100.00"), line("SKU-NEVER-PUSHED", 5, "100.00"));

        InventoryReport report = ajio.control.ajioInventory(ajio.seller);
        assertThat(report.item("SKU-A")).hasValueSatisfying(figure -> {
            assertThat(figure.quantity()).isZero();
            assertThat(figure.oversells()).as("3 shown: 2, then 1, then 1 oversold").isEqualTo(1);
        });
        assertThat(report.item("SKU-B")).hasValueSatisfying(figure -> {
            assertThat(figure.quantity()).isZero();
            assertThat(figure.oversells()).isEqualTo(1);
        });
        assertThat(report.item("SKU-C")).hasValueSatisfying(figure -> assertThat(figure.oversells()).isEqualTo(1));
        assertThat(report.item("SKU-NEVER-PUSHED")).isEmpty();
        assertThat(report.oversells()).isEqualTo(3);
    }

    @Test
    void ordersOfSkusNeverPushedCountNothing() {
        ajio.order(line("SKU-A", 1, "10.00"));

        InventoryReport report = ajio.control.ajioInventory(ajio.seller);

        assertThat(report.items()).isEmpty();
        assertThat(report.oversells()).isZero();
    }

    private Api.Reply push(Map<String, Integer> figures) {
        List<Map<String, Object>> items = new ArrayList<>();
        figures.forEach((sku, quantity) -> items.add(Map.of("sku", sku, "quantity", quantity)));
        return ajio.post("/inventory", Map.of("items", items));
    }

    private CallRecord lastCall(String operation) {
        List<CallRecord> calls = ajio.control.calls(OutsideSystem.AJIO, operation).calls();
        return calls.get(calls.size() - 1);
    }
}
