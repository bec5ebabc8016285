package com.vmsflow.launcher;

import static com.vmsflow.launcher.Demo.ERP;
import static com.vmsflow.launcher.Demo.RMS;
import static com.vmsflow.launcher.Demo.expectStatus;
import static com.vmsflow.launcher.Demo.key;
import static com.vmsflow.launcher.Demo.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Demo.Flow;
import com.vmsflow.launcher.Demo.Outcome;
import com.vmsflow.launcher.GatewayClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's stock pools (issue 17): a return whose item failed QC goes back into the QC_FAIL pool, not into what
 * Ajio may sell; and an inward PO received by a GRN into GOOD and QC_FAIL. Each flow uses SKUs of its own.
 */
final class PoolFlows extends DemoFlows {

    private final ReturnFlows returns;

    PoolFlows(Demo demo, ReturnFlows returns) {
        super(demo);
        this.returns = returns;
    }

    void addTo(Map<String, Flow> flows) {
        flows.put("Pools · a QC FAIL return restocks QC_FAIL", this::qcFailReturn);
        flows.put("Pools · an inward PO and its GRN raise stock", this::inwardPo);
    }

    private void qcFailReturn(List<Outcome> outcomes) {
        expectStatus(gateway.put(key("seller", ERP), "/v1/clients/" + ERP + "/sku-mappings",
                List.of(Map.of("channelSku", "AJ-POOL-STOLE", "clientSku", "POOL-STOLE"))), 200, "sku mapping");
        expectStatus(gateway.put(key("erp", ERP), "/v1/clients/" + ERP + "/inventory",
                List.of(Map.of("sku", "POOL-STOLE", "location", "WH-BLR", "quantity", 5))), 200, "inventory");
        String order = returns.completedOrder(ERP, line("AJ-POOL-STOLE", 1, "549.00"));
        String ret = returns.customerReturn(ERP, order, "AJ-POOL-STOLE", 1);
        returns.receive(ERP, ret, ReturnFlows.item("POOL-STOLE", 1, "FAIL"));
        Outcome done = returns.finish(ERP, ret, "COMPLETED", r -> "");
        String pools = pools(ERP, "POOL-STOLE");
        demo.progress(ERP, ret, "stock of POOL-STOLE: " + pools);
        outcomes.add(new Outcome("", ERP, ret, "COMPLETED; GOOD 4, QC_FAIL 1", done.actual() + "; " + pools,
                "order " + order + " shipped 1 of 5; it came back failing QC: into QC_FAIL, not sold again"));
    }

    private void inwardPo(List<Outcome> outcomes) {
        String po = "PO-DEMO-1";
        expectStatus(gateway.post(key("seller", RMS), "/v1/clients/" + RMS + "/inward-pos", Map.of("poNumber", po,
                "location", "WH-BLR", "lines", List.of(Map.of("sku", "POOL-BAG", "quantity", 10)))), 201, "inward PO");
        demo.progress(RMS, po, "the seller expects 10 x POOL-BAG at WH-BLR");
        Answer grn = gateway.post(key("warehouse", RMS), "/v1/clients/" + RMS + "/inward-pos/" + po + "/grn",
                Map.of("grnNumber", "GRN-DEMO-1", "lines", List.of(Map.of("sku", "POOL-BAG", "quantity", 8),
                        Map.of("sku", "POOL-BAG", "quantity", 2, "pool", "QC_FAIL"))));
        expectStatus(grn, 200, "GRN");
        Answer over = gateway.post(key("warehouse", RMS), "/v1/clients/" + RMS + "/inward-pos/" + po + "/grn",
                Map.of("grnNumber", "GRN-DEMO-2", "lines", List.of(Map.of("sku", "POOL-BAG", "quantity", 1))));
        String status = gateway.get(key("seller", RMS), "/v1/clients/" + RMS + "/inward-pos/" + po).body()
                .path("status").asText();
        String pools = pools(RMS, "POOL-BAG");
        demo.progress(RMS, po, "GRN-DEMO-1: 8 GOOD, 2 QC_FAIL; one more refused (" + over.status() + "): " + status);
        outcomes.add(new Outcome("", RMS, po, "RECEIVED; GOOD 8, QC_FAIL 2", status + "; " + pools,
                "GRN-DEMO-1 received it all; a GRN above the PO was refused with " + over.status()));
    }

    /** The SKU's stock per pool over its locations, as GET /inventory shows it: "GOOD 4, QC_FAIL 1". */
    private String pools(String client, String sku) {
        JsonNode skus = gateway.get(key("seller", client), "/v1/clients/" + client + "/inventory?sku=" + sku).body()
                .path("skus");
        Map<String, Integer> byPool = new java.util.TreeMap<>();
        for (JsonNode location : skus.path(0).path("locations")) {
            byPool.merge(location.path("pool").asText(), location.path("onHand").asInt(), Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        byPool.forEach((pool, onHand) -> parts.add(pool + " " + onHand));
        return String.join(", ", parts);
    }
}
