package com.vmsflow.gateway.catalog;

import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.CATALOG_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.SkuMappingRow;
import com.vmsflow.store.StockView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stock pools through the gateway: a warehouse moves stock into GOOD and the order waiting for it goes on; inward POs
 * received by GRNs; and what every new endpoint does with bad input (the error shape, nothing changed). SKUs start
 * with POOL-, orders with PL-.
 */
class PoolsAndInwardPosTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String INVENTORY = "/v1/clients/" + CATALOG_CLIENT + "/inventory";
    private static final String MOVES = INVENTORY + "/moves";
    private static final String POS = "/v1/clients/" + CATALOG_CLIENT + "/inward-pos";

    private static List<StockView> stock(String sku) {
        return new InventoryRepository(gateway.jdbi()).stock(CATALOG_CLIENT, sku);
    }

    private static Map<String, Object> move(String moveId, String sku, String from, String to, int quantity) {
        return Map.of("moveId", moveId, "sku", sku, "location", "BLR-1", "from", from, "to", to,
                "quantity", quantity);
    }

    @Test
    void aMoveIntoGoodReleasesTheOrderThatWaitedForStock() {
        new SkuMappingRepository(gateway.jdbi()).upsert(CATALOG_CLIENT,
                List.of(new SkuMappingRow("AJ-POOL-TEE", "POOL-TEE")));
        gateway.api().put(INVENTORY, CATALOG_WAREHOUSE_KEY, List.of(
                Map.of("sku", "POOL-TEE", "location", "BLR-1", "quantity", 3, "pool", "RECYCLE")));
        gateway.startOrderAsIs(CATALOG_CLIENT, "PL-1", Map.of("AJ-POOL-TEE", 2));
        assertThat(gateway.orderState(CATALOG_CLIENT, "PL-1").status()).as("RECYCLE is not sold")
                .isEqualTo(OrderStatus.UNFULFILLABLE);

        Api.Answer moved = gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY,
                move("mv-pl-1", "POOL-TEE", "RECYCLE", "GOOD", 2));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("ordersRetried")).extracting(JsonNode::asText).contains("PL-1");
        assertThat(gateway.awaitOrder(CATALOG_CLIENT, "PL-1", OrderState::fullyReserved, "reserved").status())
                .isEqualTo(OrderStatus.FULFILLABLE);
        assertThat(stock("POOL-TEE")).containsExactly(new StockView("POOL-TEE", "BLR-1", StockPool.GOOD, 2, 2),
                new StockView("POOL-TEE", "BLR-1", StockPool.RECYCLE, 1, 0));

        // The same move again moves nothing; GET shows each pool.
        Api.Answer again = gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY,
                move("mv-pl-1", "POOL-TEE", "RECYCLE", "GOOD", 2));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("quantity").asInt()).isEqualTo(2);
        assertThat(stock("POOL-TEE")).extracting(StockView::onHand).containsExactly(2, 1);
        JsonNode locations = gateway.api().get(INVENTORY + "?sku=POOL-TEE", SUPPORT_KEY).json()
                .path("skus").get(0).path("locations");
        assertThat(locations).extracting(l -> l.path("pool").asText() + ":" + l.path("available").asInt())
                .containsExactly("GOOD:0", "RECYCLE:1");
    }

    @Test
    void movesThatCannotBeMadeChangeNothing() {
        gateway.api().put(INVENTORY, CATALOG_WAREHOUSE_KEY, List.of(
                Map.of("sku", "POOL-CAP", "location", "BLR-1", "quantity", 4),
                Map.of("sku", "POOL-CAP", "location", "BLR-1", "quantity", 1, "pool", "QC_FAIL")));
        new InventoryRepository(gateway.jdbi()).reserve(CATALOG_CLIENT, "PL-HELD", Map.of("POOL-CAP", 3));
        gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY, move("mv-cap-1", "POOL-CAP", "GOOD", "QC_FAIL", 1));
        List<StockView> before = stock("POOL-CAP");

        Api.Answer held = gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY,
                move("mv-cap-2", "POOL-CAP", "GOOD", "RECYCLE", 1));
        Api.Answer sameId = gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY,
                move("mv-cap-1", "POOL-CAP", "GOOD", "QC_FAIL", 2));
        Api.Answer samePool = gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY,
                move("mv-cap-3", "POOL-CAP", "QC_FAIL", "QC_FAIL", 1));
        Api.Answer fields = gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY, Map.of("moveId", "has space",
                "sku", "", "location", "BLR-1\n", "from", "GOOD", "to", "RECYCLE", "quantity", 0));
        Api.Answer noPool = gateway.api().post(MOVES, CATALOG_WAREHOUSE_KEY,
                move("mv-cap-4", "POOL-CAP", "GOOD", "DAMAGED", 1));
        Api.Answer seller = gateway.api().post(MOVES, CATALOG_SELLER_KEY,
                move("mv-cap-5", "POOL-CAP", "QC_FAIL", "GOOD", 1));
        Api.Answer notJson = gateway.api().send("POST", MOVES, CATALOG_WAREHOUSE_KEY, Api.JSON, "{\"moveId\": ");

        assertThat(held.status()).isEqualTo(422);
        assertThat(held.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(held.detail("quantity")).isEqualTo("more than the 0 available (on hand less reserved) in GOOD");
        assertThat(sameId.status()).isEqualTo(409);
        assertThat(sameId.code()).isEqualTo("CONFLICT");
        assertThat(samePool.detail("to")).isEqualTo("must be another pool than from");
        assertThat(fields.status()).isEqualTo(422);
        assertThat(fields.detail("moveId")).isNotNull();
        assertThat(fields.detail("sku")).isEqualTo("must not be blank");
        assertThat(fields.detail("location")).isEqualTo("must not contain control characters");
        assertThat(fields.detail("quantity")).isEqualTo("must be greater than or equal to 1");
        assertThat(noPool.status()).isEqualTo(400);
        assertThat(noPool.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(seller.status()).isEqualTo(403);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(stock("POOL-CAP")).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aPoIsReceivedByGrnsUpToItsQuantitiesEachDocumentOnce() {
        Map<String, Object> po = Map.of("poNumber", "PO-PL-1", "location", "BLR-1", "lines", List.of(
                Map.of("sku", "POOL-JEANS", "quantity", 5), Map.of("sku", "POOL-BELT", "quantity", 2)));
        Api.Answer created = gateway.api().post(POS, CATALOG_SELLER_KEY, po);
        Api.Answer repeated = gateway.api().post(POS, CATALOG_SELLER_KEY, po);
        Api.Answer other = gateway.api().post(POS, CATALOG_SELLER_KEY, Map.of("poNumber", "PO-PL-1",
                "location", "DEL-1", "lines", List.of(Map.of("sku", "POOL-JEANS", "quantity", 5))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.json()).isEqualTo(created.json());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");

        String grn = POS + "/PO-PL-1/grn";
        Map<String, Object> first = Map.of("grnNumber", "GRN-PL-1", "lines", List.of(
                Map.of("sku", "POOL-JEANS", "quantity", 3), Map.of("sku", "POOL-JEANS", "quantity", 1,
                        "pool", "QC_FAIL")));
        Api.Answer received = gateway.api().post(grn, CATALOG_WAREHOUSE_KEY, first);
        Api.Answer resent = gateway.api().post(grn, CATALOG_WAREHOUSE_KEY, first);
        Api.Answer over = gateway.api().post(grn, CATALOG_WAREHOUSE_KEY, Map.of("grnNumber", "GRN-PL-2",
                "lines", List.of(Map.of("sku", "POOL-BELT", "quantity", 2), Map.of("sku", "POOL-JEANS",
                        "quantity", 2))));

        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().path("po").path("status").asText()).isEqualTo("PARTLY_RECEIVED");
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().path("po")).isEqualTo(received.json().path("po"));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.detail("lines[1].quantity")).isEqualTo("brings POOL-JEANS above the PO: 1 of 5 still expected");
        assertThat(stock("POOL-JEANS")).containsExactly(new StockView("POOL-JEANS", "BLR-1", 3, 0),
                new StockView("POOL-JEANS", "BLR-1", StockPool.QC_FAIL, 1, 0));
        assertThat(stock("POOL-BELT")).as("the refused GRN received nothing").isEmpty();

        gateway.api().post(grn, CATALOG_WAREHOUSE_KEY, Map.of("grnNumber", "GRN-PL-2", "lines", List.of(
                Map.of("sku", "POOL-BELT", "quantity", 2), Map.of("sku", "POOL-JEANS", "quantity", 1))));
        Api.Answer read = gateway.api().get(POS + "/PO-PL-1", CATALOG_WAREHOUSE_KEY);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(read.json().path("lines")).extracting(l -> l.path("sku").asText() + ":"
                + l.path("received").asInt() + "/" + l.path("expected").asInt())
                .containsExactly("POOL-BELT:2/2", "POOL-JEANS:5/5");
        assertThat(read.json().path("grnNumbers")).extracting(JsonNode::asText)
                .containsExactly("GRN-PL-1", "GRN-PL-2");
        assertThat(stock("POOL-JEANS")).extracting(StockView::onHand).containsExactly(4, 1);
    }

    @Test
    void badPosAndGrnsAreRefusedInTheErrorShapeAndChangeNothing() {
        gateway.api().post(POS, CATALOG_SELLER_KEY, Map.of("poNumber", "PO-PL-2", "location", "BLR-1",
                "lines", List.of(Map.of("sku", "POOL-SOCK", "quantity", 1))));

        Api.Answer badPo = gateway.api().post(POS, CATALOG_SELLER_KEY, Map.of("poNumber", "PO PL 3",
                "location", "", "lines", List.of(Map.of("sku", "POOL-X", "quantity", 0),
                        Map.of("sku", "POOL-X", "quantity", 1))));
        Api.Answer noLines = gateway.api().post(POS, CATALOG_SELLER_KEY, Map.of("poNumber", "PO-PL-3",
                "location", "BLR-1", "lines", List.of()));
        Api.Answer warehousePo = gateway.api().post(POS, CATALOG_WAREHOUSE_KEY, Map.of("poNumber", "PO-PL-3",
                "location", "BLR-1", "lines", List.of(Map.of("sku", "POOL-X", "quantity", 1))));
        Api.Answer notOnPo = gateway.api().post(POS + "/PO-PL-2/grn", CATALOG_WAREHOUSE_KEY, Map.of(
                "grnNumber", "GRN-PL-3", "lines", List.of(Map.of("sku", "POOL-OTHER", "quantity", 1))));
        Api.Answer noPo = gateway.api().post(POS + "/PO-NONE/grn", CATALOG_WAREHOUSE_KEY, Map.of(
                "grnNumber", "GRN-PL-4", "lines", List.of(Map.of("sku", "POOL-SOCK", "quantity", 1))));
        Api.Answer badGrn = gateway.api().post(POS + "/PO-PL-2/grn", CATALOG_WAREHOUSE_KEY, Map.of(
                "grnNumber", "", "lines", List.of(Map.of("sku", "POOL-SOCK", "quantity", -1))));
        Api.Answer sellerGrn = gateway.api().post(POS + "/PO-PL-2/grn", CATALOG_SELLER_KEY, Map.of(
                "grnNumber", "GRN-PL-5", "lines", List.of(Map.of("sku", "POOL-SOCK", "quantity", 1))));
        Api.Answer notJson = gateway.api().send("POST", POS + "/PO-PL-2/grn", CATALOG_WAREHOUSE_KEY, Api.JSON, "[");
        Api.Answer missing = gateway.api().get(POS + "/PO-NONE", CATALOG_SELLER_KEY);

        assertThat(badPo.status()).isEqualTo(422);
        assertThat(badPo.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(badPo.detail("poNumber")).isNotNull();
        assertThat(badPo.detail("location")).isEqualTo("must not be blank");
        assertThat(badPo.detail("lines[0].quantity")).isEqualTo("must be greater than or equal to 1");
        assertThat(badPo.detail("lines[1].sku")).isEqualTo("repeats a sku");
        assertThat(noLines.detail("lines")).isEqualTo("size must be between 1 and 1000");
        assertThat(warehousePo.status()).isEqualTo(403);
        assertThat(notOnPo.status()).isEqualTo(422);
        assertThat(notOnPo.detail("lines[0].sku")).isEqualTo("is not on the PO");
        assertThat(noPo.status()).isEqualTo(404);
        assertThat(noPo.code()).isEqualTo("NOT_FOUND");
        assertThat(badGrn.status()).isEqualTo(422);
        assertThat(badGrn.detail("grnNumber")).isNotNull();
        assertThat(badGrn.detail("lines[0].quantity")).isEqualTo("must be greater than or equal to 1");
        assertThat(sellerGrn.status()).isEqualTo(403);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);

        assertThat(gateway.api().get(POS + "/PO-PL-3", CATALOG_SELLER_KEY).status()).isEqualTo(404);
        assertThat(gateway.api().get(POS + "/PO-PL-2", SUPPORT_KEY).json().path("status").asText())
                .isEqualTo("OPEN");
        assertThat(stock("POOL-SOCK")).isEmpty();
        assertThat(stock("POOL-OTHER")).isEmpty();
    }
}
