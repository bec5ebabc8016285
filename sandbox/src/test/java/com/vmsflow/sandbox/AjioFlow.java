package com.vmsflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.ajio.order.OrderDetail;
import com.vmsflow.sandbox.einvoice.DocumentDraft;
import com.vmsflow.sandbox.einvoice.DraftLine;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import com.vmsflow.sandbox.einvoice.IssuedDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A seller working through Ajio's API: the steps tests need to bring an order to a state. */
final class AjioFlow {

    static final String SUPPLIER_GSTIN = "29AAFCC9980M1ZR";
    private static final EInvoiceIssuer ISSUER = EInvoiceIssuer.withSecret(TestSandbox.QR_SECRET, Clock.systemUTC());
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    final String seller;
    final Api api;
    final SandboxClient control;
    final String token;

    AjioFlow(SandboxServer sandbox) {
        this.seller = TestSandbox.newSeller();
        this.api = new Api(sandbox.baseUrl());
        this.control = new SandboxClient(sandbox.baseUrl());
        this.token = api.token(seller);
    }

    static NewOrderLine line(String sku, int quantity, String price) {
        return new NewOrderLine(sku, quantity, new BigDecimal(price));
    }

    String order(NewOrderLine... lines) {
        return control.createOrder(seller, lines).orderId();
    }

    OrderDetail detail(String orderId) {
        return control.order(seller, orderId);
    }

    Api.Reply get(String path) {
        return api.get("/ajio/v1" + path, token);
    }

    Api.Reply post(String path, Object body) {
        return api.post("/ajio/v1" + path, token, body, null);
    }

    Api.Reply post(String path, Object body, String idempotencyKey) {
        return api.post("/ajio/v1" + path, token, body, idempotencyKey);
    }

    /** Acknowledges every line with its open quantity. */
    void acknowledgeAll(String orderId) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode line : get("/orders/" + orderId).body().get("lines")) {
            lines.add(Map.of("lineId", line.get("lineId").asText(),
                    "quantity", line.get("quantity").asInt() - line.get("cancelledQuantity").asInt()));
        }
        Api.Reply reply = post("/orders/" + orderId + "/acknowledgement", Map.of("lines", lines));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    }

    /** An invoice body for quantities by line id, its QR made as the GST system makes it. */
    static Map<String, Object> invoice(Map<String, Integer> quantities) {
        String number = "EI" + String.format("%08d", NUMBERS.incrementAndGet());
        return invoice(number, number, quantities);
    }

    /** An invoice whose QR is made for {@code qrNumber} while the body says {@code number}. */
    static Map<String, Object> invoice(String number, String qrNumber, Map<String, Integer> quantities) {
        LocalDate date = LocalDate.now(EInvoiceIssuer.IST);
        List<Map<String, Object>> lines = new ArrayList<>();
        List<DraftLine> draftLines = new ArrayList<>();
        quantities.forEach((lineId, quantity) -> {
            BigDecimal taxable = new BigDecimal("100.00").multiply(BigDecimal.valueOf(quantity));
            lines.add(Map.of("lineId", lineId, "quantity", quantity, "taxableValue", taxable, "gstRate", 5));
            draftLines.add(new DraftLine("6109", taxable, BigDecimal.valueOf(5)));
        });
        IssuedDocument issued = ISSUER.issue(new DocumentDraft(SUPPLIER_GSTIN, TestSandbox.AJIO_GSTIN,
                DocumentType.INV, qrNumber, date, draftLines, null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invoiceNumber", number);
        body.put("invoiceDate", date.toString());
        body.put("irn", issued.irn());
        body.put("signedQrCode", issued.signedQrCode());
        body.put("lines", lines);
        body.put("totalValue", issued.totalValue());
        return body;
    }

    /** Acknowledges and invoices every line in full. */
    void invoiceAll(String orderId) {
        acknowledgeAll(orderId);
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (JsonNode line : get("/orders/" + orderId + "/b2b").body().get("lines")) {
            quantities.put(line.get("lineId").asText(), line.get("quantity").asInt());
        }
        Api.Reply reply = post("/orders/" + orderId + "/b2b-invoice", invoice(quantities));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    }
}
