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
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.ajio.returns.NewReturn;
import com.vmsflow.sandbox.ajio.returns.ReturnItem;
import com.vmsflow.sandbox.ajio.returns.ReturnType;
import com.vmsflow.sandbox.ajio.rsi.NewRsiDocument;
import com.vmsflow.sandbox.ajio.rsi.NewRsiItem;
import com.vmsflow.sandbox.ajio.rsi.RsiDocument;
import com.vmsflow.sandbox.api.OutsideSystem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The demo's returns (issue 4), one flow per return model and per way a return comes back. Each return starts from an
 * order the flow completes first (only a shipped order comes back); Ajio's return expectations and RSI documents come
 * from the sandbox, the warehouse reports receipts and RTOs through the gateway, the sandbox's ERP answers
 * RETURN_ORDER_CREATE with its credit note through the gateway. Finance's reports are read through the gateway too.
 */
final class ReturnFlows extends DemoFlows {

    /** RMS e-invoicing, returns settled by the RMS's credit notes. */
    static final String CN = "demo-cn";

    ReturnFlows(Demo demo) {
        super(demo);
    }

    void addTo(Map<String, Flow> flows) {
        flows.put("ERP · customer return, the ERP's credit note", this::erpCreditNote);
        flows.put("ERP · return with QC FAIL and MISSING", this::qcFailAndMissing);
        flows.put("CN · customer return, the RMS's credit note", this::rmsCreditNote);
        flows.put("CN · RTO without expectation: Ajio generates it", this::rtoWithoutExpectation);
        flows.put("RMS · customer return, RSI document accepted", this::rsiDocument);
        flows.put("RMS · RTO, Ajio's expectation first", this::rtoWithExpectation);
    }

    // --- the flows ---------------------------------------------------------------------------------------------

    private void erpCreditNote(List<Outcome> outcomes) {
        String order = completedOrder(ERP, line("AJ-TEE-M", 2, "799.00"));
        String ret = customerReturn(ERP, order, "AJ-TEE-M", 1);
        receive(ERP, ret, item("TEE-M", 1, "PASS"));
        outcomes.add(finish(ERP, ret, "COMPLETED", r -> "order " + order + ": RETURN_ORDER_CREATE to the ERP, its"
                + " credit note " + creditNote(r) + " came through the gateway and went to Ajio"));
    }

    private void qcFailAndMissing(List<Outcome> outcomes) {
        String order = completedOrder(ERP, line("AJ-TEE-M", 3, "799.00"));
        String ret = customerReturn(ERP, order, "AJ-TEE-M", 3);
        receive(ERP, ret, item("TEE-M", 1, "PASS"), item("TEE-M", 1, "FAIL"), item("TEE-M", 1, "MISSING"));
        outcomes.add(finish(ERP, ret, "COMPLETED", r -> "order " + order + ": the ERP's credit note "
                + creditNote(r) + " covers the 1 that passed QC"));
        List<JsonNode> rows = demo.awaitReportRows(ERP, "qc-exceptions",
                row -> row.path("returnId").asText().equals(ret), 2);
        outcomes.add(new Outcome("", ERP, ret, "2 report rows", rows.size() + " report rows",
                "qc-exceptions: " + String.join(", ", rows.stream().map(row -> row.path("quantity").asInt() + " "
                        + row.path("qc").asText()).toList()) + ", settled with Ajio offline"));
    }

    private void rmsCreditNote(List<Outcome> outcomes) {
        String order = completedOrder(CN, line("AJ-KURTA-L", 1, "1299.00"));
        String ret = customerReturn(CN, order, "AJ-KURTA-L", 1);
        receive(CN, ret, item("KURTA-L", 1, "PASS"));
        outcomes.add(finish(CN, ret, "COMPLETED", r -> "order " + order + ": the RMS made credit note "
                + creditNote(r) + " (a CRN IRN), uploaded to Ajio"));
    }

    private void rtoWithoutExpectation(List<Outcome> outcomes) {
        String order = completedOrder(CN, line("AJ-TEE-M", 1, "799.00"));
        Answer rto = gateway.post(key("warehouse", CN), "/v1/clients/" + CN + "/rto-receipts",
                Map.of("orderId", order, "items", List.of(item("TEE-M", 1, "PASS"))));
        expectStatus(rto, 202, "RTO receipt");
        demo.progress(CN, order, "an RTO came back with no expectation: Ajio is asked to generate one");
        String ret = awaitRtoReturn(CN, order);
        demo.progress(CN, ret, "Ajio generated the RTO of order " + order + "; the warehouse's receipt went to it");
        long asked = sandbox.calls(OutsideSystem.AJIO, "requestRto").counts().businessKey("requestRto", order);
        outcomes.add(finish(CN, ret, "COMPLETED", r -> "order " + order + ": Ajio asked " + asked
                + " time(s), then the RMS's credit note " + creditNote(r)));
    }

    private void rsiDocument(List<Outcome> outcomes) {
        String order = completedOrder(RMS, line("AJ-KURTA-L", 2, "1299.00"));
        String received = customerReturn(RMS, order, "AJ-KURTA-L", 1);
        String notYet = customerReturn(RMS, order, "AJ-KURTA-L", 1);
        receive(RMS, received, item("KURTA-L", 1, "PASS"));
        outcomes.add(finish(RMS, received, "COMPLETED", r -> "order " + order + ": QC at Ajio; Ajio's RSI document"
                + " settles it"));

        RsiDocument document = sandbox.createRsiDocument(RMS, new NewRsiDocument(List.of(
                new NewRsiItem(received, "AJ-KURTA-L", 1), new NewRsiItem(notYet, "AJ-KURTA-L", 1))));
        String documentId = document.documentId();
        demo.progress(RMS, documentId, "Ajio's RSI document over " + received + " and " + notYet
                + " (not received yet)");
        List<JsonNode> rows = demo.awaitReportRows(RMS, "rsi-items", row -> row.path("documentId").asText()
                .equals(documentId) && !row.path("acceptedAt").isNull(), 2);
        demo.progress(RMS, documentId, "ACCEPTED at Ajio; its items are in the rsi-items report");
        outcomes.add(new Outcome("", RMS, documentId, "ACCEPTED", rows.size() == 2 ? "ACCEPTED" : "NOT ACCEPTED",
                "2 items in the rsi-items report, " + rows.stream().filter(row -> !row.path("received").asBoolean())
                        .count() + " of a return not received yet"));
        JsonNode waiting = awaitReturn(RMS, notYet, r -> true, "synced");
        outcomes.add(new Outcome("", RMS, notYet, "EXPECTED", waiting.path("status").asText(),
                "order " + order + ": not received yet; its RSI item was accepted all the same"));
    }

    private void rtoWithExpectation(List<Outcome> outcomes) {
        String order = completedOrder(RMS, line("AJ-JEANS-32", 1, "1999.00"));
        String ret = sandbox.createReturn(RMS, new NewReturn(order, ReturnType.RTO,
                List.of(new ReturnItem("1", null, 1)))).returnId();
        demo.progress(RMS, ret, "Ajio expects the RTO of order " + order);
        awaitReturn(RMS, ret, r -> r.path("waitingFor").asText().equals("WAREHOUSE"), "expected at the warehouse");
        expectStatus(gateway.post(key("warehouse", RMS), "/v1/clients/" + RMS + "/rto-receipts",
                Map.of("orderId", order, "items", List.of(item("JEANS-32", 1, "PASS")))), 202, "RTO receipt");
        demo.progress(RMS, ret, "the RTO came back: its receipt goes to the expectation Ajio sent first");
        Outcome outcome = finish(RMS, ret, "COMPLETED", r -> "order " + order + ": Ajio was asked 0 times");
        long asked = sandbox.calls(OutsideSystem.AJIO, "requestRto").counts().businessKey("requestRto", order);
        outcomes.add(asked == 0 ? outcome : new Outcome("", RMS, ret, "COMPLETED", "RTO REQUESTED",
                "Ajio was asked " + asked + " time(s) for an RTO it had sent"));
    }

    // --- how the users act -------------------------------------------------------------------------------------

    /** An order taken from Ajio to COMPLETED through the warehouse's API. */
    String completedOrder(String client, NewOrderLine... lines) {
        String order = demo.newOrder(client, lines);
        demo.packAll(client, demo.awaitStatus(client, order, "PROCESSING"));
        demo.awaitStatus(client, order, "PACKED");
        demo.handover(client, order);
        demo.awaitStatus(client, order, "COMPLETED");
        return order;
    }

    /** A customer return of the order's first line at Ajio; answers its return id once VMS Flow expects it. */
    String customerReturn(String client, String order, String channelSku, int quantity) {
        String ret = sandbox.createReturn(client, new NewReturn(order, ReturnType.CUSTOMER_RETURN,
                List.of(new ReturnItem("1", channelSku, quantity)))).returnId();
        demo.progress(client, ret, "Ajio expects " + quantity + " x " + channelSku + " back from order " + order);
        awaitReturn(client, ret, r -> r.path("waitingFor").asText().equals("WAREHOUSE"), "expected at the warehouse");
        return ret;
    }

    @SafeVarargs
    final void receive(String client, String ret, Map<String, Object>... items) {
        expectStatus(gateway.post(key("warehouse", client), "/v1/clients/" + client + "/returns/" + ret + "/receipt",
                Map.of("items", List.of(items))), 202, "return receipt");
        demo.progress(client, ret, "received at the warehouse: " + String.join(", ", List.of(items).stream()
                .map(i -> i.get("quantity") + " x " + i.get("sku") + " " + i.get("qc")).toList()));
    }

    static Map<String, Object> item(String sku, int quantity, String qc) {
        return Map.of("sku", sku, "quantity", quantity, "qc", qc);
    }

    Outcome finish(String client, String ret, String expected, Function<JsonNode, String> note) {
        JsonNode view = awaitReturn(client, ret, r -> r.path("status").asText().equals(expected)
                || r.path("status").asText().equals("REFUSED"), expected);
        String status = view.path("status").asText();
        demo.progress(client, ret, status);
        return new Outcome("", client, ret, expected, status, status.equals("REFUSED")
                ? view.path("refusal").asText() : note.apply(view));
    }

    private static String creditNote(JsonNode view) {
        return view.path("creditNote").path("documentNumber").asText("(none)");
    }

    /** The return Ajio generated for an RTO that came without one, from the returns list. */
    private String awaitRtoReturn(String client, String order) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Answer page = gateway.get("dev-support", "/v1/clients/" + client + "/returns?limit=500");
            for (JsonNode r : page.body().path("returns")) {
                if (r.path("orderId").asText().equals(order) && r.path("type").asText().equals("RTO")) {
                    return r.path("returnId").asText();
                }
            }
            Demo.sleep(Duration.ofMillis(400));
        }
        throw new IllegalStateException("Ajio generated no RTO for order " + order);
    }

    JsonNode awaitReturn(String client, String ret, Predicate<JsonNode> condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Answer answer = gateway.get("dev-support", "/v1/clients/" + client + "/returns/" + ret);
            if (answer.ok()) {
                last = answer.body();
                if (condition.test(last)) {
                    return last;
                }
            }
            Demo.sleep(Duration.ofMillis(400));
        }
        throw new IllegalStateException("return " + ret + " did not reach " + what + " (it is "
                + (last == null ? "not synced" : last.path("status").asText()) + ")");
    }

    /** The rows of a report of the last two days (India time) that match, as finance downloads them (JSON). */
}
