package com.vmsflow.launcher;

import static com.vmsflow.launcher.Demo.expectStatus;
import static com.vmsflow.launcher.Demo.key;
import static com.vmsflow.launcher.Demo.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Demo.Flow;
import com.vmsflow.launcher.Demo.Outcome;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.ajio.returns.NewReturn;
import com.vmsflow.sandbox.ajio.returns.ReturnItem;
import com.vmsflow.sandbox.ajio.returns.ReturnType;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.sandbox.erp.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's B2B2C flows (seed 002, issue 18): demo-brand fulfils the Ajio orders of demo-partner's seller account.
 * Orders are placed on the partner's account at the sandbox's Ajio and become the brand's; the brand's warehouse
 * packs and hands over with its keys; the sandbox's ERP of the brand answers each pack confirmation with its e-invoice
 * to the partner through the gateway, and only then does Ajio hear of the packing, as the partner.
 */
final class B2b2cFlows extends DemoFlows {

    static final String BRAND = "demo-brand";
    static final String PARTNER = "demo-partner";
    /** The brand's channel on the partner's seller account (config/local.yml). */
    static final String PARTNER_CHANNEL = "ajio-demo-partner";
    /** Long enough for the warehouse to try a handover while the brand's e-invoice is still on its way. */
    private static final Duration LATE_INVOICE = Duration.ofSeconds(20);
    private static final Duration USUAL_INVOICE = Duration.ofSeconds(1);

    B2b2cFlows(Demo demo) {
        super(demo);
    }

    void addTo(Map<String, Flow> flows) {
        flows.put("B2B2C · the partner's order, the brand's e-invoice first", this::happyPath);
        flows.put("B2B2C · cancelled after the brand's e-invoice: B2B2C_RETURN", this::cancelledAfterTheEInvoice);
        flows.put("B2B2C · customer return: B2B2C_RETURN, the partner's credit note", this::customerReturn);
        flows.put("B2B2C · e-invoice late at handover: kept back, then handed over", this::lateEInvoice);
    }

    /** The partner's SKU mappings (uploaded with the partner's key: they are the brand's) and the brand's stock. */
    void seedCatalogue() {
        expectStatus(gateway.put(key("seller", PARTNER), "/v1/clients/" + PARTNER + "/sku-mappings", List.of(
                Map.of("channelSku", "AJP-TEE-M", "clientSku", "TEE-M"),
                Map.of("channelSku", "AJP-JEANS-32", "clientSku", "JEANS-32"))), 200, "the partner's sku mappings");
        expectStatus(gateway.put(key("seller", BRAND), "/v1/clients/" + BRAND + "/inventory", List.of(
                Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 300),
                Map.of("sku", "JEANS-32", "location", "WH-BLR", "quantity", 300))), 200, "the brand's inventory");
    }

    // --- the flows ---------------------------------------------------------------------------------------------

    private void happyPath(List<Outcome> outcomes) {
        String order = partnerOrder(line("AJP-TEE-M", 2, "799.00"), line("AJP-JEANS-32", 1, "1999.00"));
        packed(order);
        demo.handover(BRAND, order);
        outcomes.add(completed(order, "the brand's e-invoice to the partner (at 60 % of the selling price) before"
                + " the partner's invoice to Ajio"));
    }

    /**
     * Ajio refuses the partner's invoice upload once (the sandbox's switch), so the order waits for support after
     * the brand's e-invoice; the seller cancels it then, and the brand's ERP books the units back (B2B2C_RETURN).
     */
    private void cancelledAfterTheEInvoice(List<Outcome> outcomes) {
        String order = partnerOrder(line("AJP-TEE-M", 1, "799.00"));
        JsonNode processing = demo.awaitStatus(BRAND, order, "PROCESSING");
        sandbox.refuseNext(PARTNER, order, "uploadB2bInvoice", 1);
        demo.packAll(BRAND, processing);
        JsonNode stuck = demo.awaitOrder(BRAND, order, o -> o.path("waitingFor").asText().equals("SUPPORT")
                && hasDocument(o, "B2B2C_INVOICE"), "the brand's e-invoice, then Ajio's refusal");
        demo.progress(BRAND, order, "the brand's e-invoice is in; Ajio refused the partner's invoice upload: "
                + stuck.path("waitingForWhat").asText());
        expectStatus(gateway.post(key("seller", BRAND), "/v1/clients/" + BRAND + "/orders/" + order
                + "/cancellations", Map.of("kind", "FULL", "reason", "demo: the partner's customer changed her"
                + " mind")), 200, "cancellation after the e-invoice");
        Outcome outcome = demo.finish(BRAND, order, "CANCELLED", "cancelled after the brand's e-invoice: "
                + postings(order));
        outcomes.add(once(outcome, order, EventType.B2B2C_RETURN));
    }

    private void customerReturn(List<Outcome> outcomes) {
        String order = partnerOrder(line("AJP-TEE-M", 2, "799.00"));
        packed(order);
        demo.handover(BRAND, order);
        demo.awaitStatus(BRAND, order, "COMPLETED");
        ReturnFlows returns = new ReturnFlows(demo);
        String ret = sandbox.createReturn(PARTNER, new NewReturn(order, ReturnType.CUSTOMER_RETURN,
                List.of(new ReturnItem("1", "AJP-TEE-M", 1)))).returnId();
        demo.progress(BRAND, ret, "the customer returns 1 tee of order " + order + " to the partner, at Ajio");
        returns.awaitReturn(BRAND, ret, r -> r.path("waitingFor").asText().equals("WAREHOUSE"),
                "expected at the brand's warehouse");
        returns.receive(BRAND, ret, ReturnFlows.item("TEE-M", 1, "PASS"));
        Outcome outcome = returns.finish(BRAND, ret, "COMPLETED", r -> "the partner's RMS credit note "
                + r.path("creditNote").path("documentNumber").asText("(none)") + " at Ajio; " + postings(order));
        outcomes.add(once(outcome, order, EventType.B2B2C_RETURN));
    }

    /**
     * The brand's ERP is slow for one pack confirmation: the warehouse hands over that order with one that is ready;
     * the ready one goes on the manifest, the late one is kept back, and goes on the next handover once invoiced.
     */
    private void lateEInvoice(List<Outcome> outcomes) {
        String ready = partnerOrder(line("AJP-JEANS-32", 1, "1999.00"));
        String late = partnerOrder(line("AJP-TEE-M", 1, "799.00"));
        packed(ready);
        JsonNode processing = demo.awaitStatus(BRAND, late, "PROCESSING");
        sandbox.erpBehaviour(BRAND, new ErpBehaviour(LATE_INVOICE.toMillis(), null));
        try {
            demo.packAll(BRAND, processing);
            demo.awaitOrder(BRAND, late, o -> o.path("waitingFor").asText().equals("ERP"),
                    "the pack confirmation at the ERP");
        } finally {
            sandbox.erpBehaviour(BRAND, new ErpBehaviour(USUAL_INVOICE.toMillis(), null));
        }
        Answer first = gateway.post(key("warehouse", BRAND), "/v1/clients/" + BRAND + "/handovers",
                Map.of("handoverId", "H-" + ready, "courier", "Delhivery", "orderIds", List.of(ready, late)));
        expectStatus(first, 201, "handover");
        List<String> keptBack = new ArrayList<>();
        first.body().path("keptBack").forEach(k -> keptBack.add(k.path("orderId").asText() + " ("
                + k.path("reason").asText() + ")"));
        demo.progress(BRAND, ready + "," + late, "handed over " + ready + "; kept back: " + String.join(", ",
                keptBack));
        outcomes.add(demo.finish(BRAND, ready, "COMPLETED", "on the manifest; " + late + " kept back with it"));
        packedAfterTheInvoice(late);
        demo.handover(BRAND, late);
        outcomes.add(new Outcome("", BRAND, late, "COMPLETED kept back once",
                demo.finish(BRAND, late, "COMPLETED", "").actual() + (keptBack.size() == 1 ? " kept back once"
                        : " kept back " + keptBack.size() + " times"),
                "kept back at the first handover (its e-invoice late), handed over on the next"));
    }

    // --- how the users act -------------------------------------------------------------------------------------

    /** An order on the partner's Ajio account; VMS Flow knows it as the brand's, by the same marketplace order id. */
    private String partnerOrder(NewOrderLine... lines) {
        String order = sandbox.createOrder(PARTNER, lines).orderId();
        demo.progress(BRAND, order, "ordered on Ajio from the partner's seller account " + PARTNER);
        return order;
    }

    private void packed(String order) {
        demo.packAll(BRAND, demo.awaitStatus(BRAND, order, "PROCESSING"));
        packedAfterTheInvoice(order);
    }

    private void packedAfterTheInvoice(String order) {
        JsonNode packed = demo.awaitStatus(BRAND, order, "PACKED");
        demo.progress(BRAND, order, "the brand's e-invoice " + document(packed, "B2B2C_INVOICE")
                + " to the partner, then the partner's " + document(packed, "B2B_INVOICE") + " to Ajio");
    }

    private Outcome completed(String order, String note) {
        Outcome outcome = demo.finish(BRAND, order, "COMPLETED", note + "; " + postings(order));
        return once(once(outcome, order, EventType.B2B2C_PACK_CONFIRMATION), order, null);
    }

    /**
     * The outcome as it is when the brand's ERP got exactly one posting of {@code type} for the order (and Ajio one
     * partner's invoice upload, for {@code type} null); else the same outcome showing what went twice or never.
     */
    private Outcome once(Outcome outcome, String order, EventType type) {
        long count = type == null
                ? sandbox.calls(OutsideSystem.AJIO, "uploadB2bInvoice").counts().businessKey("uploadB2bInvoice", order)
                : sandbox.erp(BRAND).postingsByOrder().getOrDefault(order, List.of()).stream()
                        .filter(t -> t == type).count();
        if (count == 1) {
            return outcome;
        }
        String what = type == null ? "the partner's invoice uploaded to Ajio" : type.name();
        return new Outcome("", outcome.clientId(), outcome.orderId(), outcome.expected(),
                outcome.actual() + ", " + what + " x " + count, outcome.note());
    }

    private String postings(String order) {
        return "the brand's ERP got " + String.join(", ", sandbox.erp(BRAND).postingsByOrder()
                .getOrDefault(order, List.of()).stream().map(EventType::name).toList());
    }

    private static boolean hasDocument(JsonNode order, String type) {
        for (JsonNode document : order.path("documents")) {
            if (document.path("type").asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static String document(JsonNode order, String type) {
        for (JsonNode document : order.path("documents")) {
            if (document.path("type").asText().equals(type)) {
                return document.path("number").asText();
            }
        }
        return "(none)";
    }
}
