package com.vmsflow.launcher;

import static com.vmsflow.launcher.Demo.RMS;
import static com.vmsflow.launcher.Demo.expectStatus;
import static com.vmsflow.launcher.Demo.key;
import static com.vmsflow.launcher.Demo.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Demo.Flow;
import com.vmsflow.launcher.Demo.Outcome;
import com.vmsflow.sandbox.ajio.inventory.FigureReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo's inventory (issue 16): the client's stock reaching Ajio through the channel's inventory sync (demo-rms
 * keeps one unit of each SKU back), an order's reservation and its consumption at handover moving what Ajio shows,
 * and an order Ajio cancelled on its seller panel without a feed event, found by the status check of open orders.
 * Each flow uses SKUs of its own, so the other flows' orders never move its figures.
 */
final class InventoryFlows extends DemoFlows {

    InventoryFlows(Demo demo) {
        super(demo);
    }

    void addTo(Map<String, Flow> flows) {
        flows.put("Inventory · stock to Ajio, an order reserves, handover consumes", this::stockToAjio);
        flows.put("Inventory · Ajio cancels on its panel", this::panelCancellation);
    }

    private void stockToAjio(List<Outcome> outcomes) {
        catalogue("AJ-STOLE-BLUE", "STOLE-BLUE", 40);
        int stocked = awaitAjio("AJ-STOLE-BLUE", 39);
        demo.progress(RMS, "AJ-STOLE-BLUE", "the ERP set 40 at WH-BLR: Ajio shows " + stocked + " (1 kept back)");
        String order = demo.newOrder(RMS, line("AJ-STOLE-BLUE", 2, "649.00"));
        demo.packAll(RMS, demo.awaitStatus(RMS, order, "PROCESSING"));
        int reserved = awaitAjio("AJ-STOLE-BLUE", 37);
        demo.progress(RMS, order, "2 reserved: Ajio shows " + reserved);
        demo.awaitStatus(RMS, order, "PACKED");
        demo.handover(RMS, order);
        Outcome handedOver = demo.finish(RMS, order, "COMPLETED", "");
        int consumed = awaitAjio("AJ-STOLE-BLUE", 37);
        long oversells = sandbox.ajioInventory(RMS, "AJ-STOLE-BLUE").item("AJ-STOLE-BLUE")
                .map(FigureReport::oversells).orElse(0L);
        String figures = stocked + " → " + reserved + " → " + consumed;
        outcomes.add(new Outcome("", RMS, order, "39 → 37 → 37", handedOver.ok() && oversells == 0 ? figures
                : figures + " (" + handedOver.actual() + ", " + oversells + " oversold)",
                "Ajio's figure of AJ-STOLE-BLUE: stocked, reserved, consumed at handover; 0 oversold"));
    }

    private void panelCancellation(List<Outcome> outcomes) {
        catalogue("AJ-SCARF-GREY", "SCARF-GREY", 10);
        String order = demo.newOrder(RMS, line("AJ-SCARF-GREY", 1, "499.00"));
        demo.awaitStatus(RMS, order, "PROCESSING");
        sandbox.panelCancellation(RMS, order);
        demo.progress(RMS, order, "Ajio's team cancelled it on the seller panel: nothing on the feed");
        Outcome cancelled = demo.finish(RMS, order, "CANCELLED", "");
        List<JsonNode> listed = demo.awaitReportRows(RMS, "status-mismatches",
                row -> row.path("orderId").asText().equals(order), 1);
        outcomes.add(new Outcome("", RMS, order, "CANCELLED", cancelled.actual(), "found by the status check of"
                + " open orders, cancelled by the SOP rules; listed " + listed.size() + " time(s) in"
                + " status-mismatches"));
    }

    /** The seller maps the channel SKU; the ERP sets the stock at the warehouse (PUT /inventory, ERP role). */
    private void catalogue(String channelSku, String sku, int quantity) {
        expectStatus(gateway.put(key("seller", RMS), "/v1/clients/" + RMS + "/sku-mappings",
                List.of(Map.of("channelSku", channelSku, "clientSku", sku))), 200, "sku mapping");
        expectStatus(gateway.put(key("erp", RMS), "/v1/clients/" + RMS + "/inventory",
                List.of(Map.of("sku", sku, "location", "WH-BLR", "quantity", quantity))), 200, "inventory");
    }

    /** What Ajio shows of the channel SKU once it shows {@code expected}, or when the time is up (-1: nothing). */
    private int awaitAjio(String channelSku, int expected) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int shown = -1;
        while (System.nanoTime() < deadline) {
            shown = sandbox.ajioInventory(RMS, channelSku).item(channelSku).map(FigureReport::quantity).orElse(-1);
            if (shown == expected) {
                return shown;
            }
            Demo.sleep(Duration.ofMillis(200));
        }
        return shown;
    }
}
