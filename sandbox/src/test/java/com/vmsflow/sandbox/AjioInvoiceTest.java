package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.ajio.order.OrderDetail;
import com.vmsflow.sandbox.ajio.order.OrderStatus;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AjioInvoiceTest {

    private AjioFlow ajio;
    private String orderId;

    @BeforeEach
    void acknowledgedOrder() {
        ajio = new AjioFlow(TestSandbox.shared());
        orderId = ajio.order(line("SKU-A", 2, "799.00"), line("SKU-B", 1, "499.00"));
        ajio.acknowledgeAll(orderId);
    }

    @Test
    void anInvoiceForMoreThanTheB2bQuantityIsRefused() {
        ajio.control.businessCancellation(ajio.seller, orderId, List.of(new LineQuantity("1", 1)));

        Api.Reply reply = upload(AjioFlow.invoice(Map.of("1", 2)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorCode()).isEqualTo("QUANTITY_EXCEEDS_B2B");
        assertThat(ajio.detail(orderId).invoiceId()).isNull();
    }

    @Test
    void anInvoiceWhoseQrNamesAnotherDocumentIsRefused() {
        Map<String, Object> otherNumber = AjioFlow.invoice("EI90000001", "EI90000002", Map.of("1", 2));
        Map<String, Object> otherIrn = new HashMap<>(AjioFlow.invoice(Map.of("1", 2)));
        otherIrn.put("irn", "0".repeat(64));
        Map<String, Object> unreadable = new HashMap<>(AjioFlow.invoice(Map.of("1", 2)));
        unreadable.put("signedQrCode", "not-a-jwt");

        for (Map<String, Object> invoice : List.of(otherNumber, otherIrn, unreadable)) {
            Api.Reply reply = upload(invoice);
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.errorCode()).isEqualTo("IRN_MISMATCH");
        }
        assertThat(ajio.detail(orderId).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void theSameInvoiceAgainAnswersAsTheFirstTimeAndADifferentOneIsRefused() {
        Map<String, Object> invoice = AjioFlow.invoice(Map.of("1", 2, "2", 1));

        Api.Reply first = upload(invoice);
        Api.Reply again = upload(invoice);
        Api.Reply different = upload(AjioFlow.invoice(Map.of("1", 1)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.errorCode()).isEqualTo("INVOICE_EXISTS");
        CallCounts counts = ajio.control.calls(OutsideSystem.AJIO, "uploadB2bInvoice").counts();
        assertThat(counts.businessKey("uploadB2bInvoice", orderId)).isEqualTo(3);
        assertThat(counts.applied("uploadB2bInvoice", orderId)).isEqualTo(1);
        OrderDetail detail = ajio.detail(orderId);
        assertThat(detail.status()).isEqualTo(OrderStatus.INVOICED);
        assertThat(detail.invoiceId()).isEqualTo(first.body().get("invoiceId").asText());
        assertThat(detail.irn()).isEqualTo(invoice.get("irn"));
    }

    @Test
    void theB2cInvoiceAndTheLabelComeOnlyAfterTheB2bInvoice() {
        Api.Reply earlyInvoice = ajio.get("/orders/" + orderId + "/b2c-invoice");
        Api.Reply earlyLabel = ajio.get("/orders/" + orderId + "/shipping-label");
        upload(AjioFlow.invoice(Map.of("1", 2, "2", 1)));

        Api.Reply b2c = ajio.get("/orders/" + orderId + "/b2c-invoice");
        Api.Reply label = ajio.get("/orders/" + orderId + "/shipping-label");

        assertThat(earlyInvoice.errorCode()).isEqualTo("NOT_INVOICED");
        assertThat(earlyLabel.errorCode()).isEqualTo("NOT_INVOICED");
        assertThat(b2c.body().get("amount").asText()).isEqualTo("2097.00");
        assertThat(pdf(b2c.body().get("pdfBase64").asText())).startsWith("%PDF-");
        assertThat(label.body().get("awbNumber").asText()).startsWith("AWB");
        assertThat(pdf(label.body().get("labelPdfBase64").asText())).startsWith("%PDF-");
        OrderDetail detail = ajio.detail(orderId);
        assertThat(detail.b2cInvoiceFetched()).isTrue();
        assertThat(detail.labelFetched()).isTrue();
    }

    @Test
    void invoicedQuantitiesCannotBeCancelledButTheRestCan() {
        upload(AjioFlow.invoice(Map.of("1", 1)));

        Api.Reply invoiced = ajio.post("/orders/" + orderId + "/cancellation",
                Map.of("lines", List.of(new LineQuantity("1", 2)), "reason", "NOT_FOUND"));
        Api.Reply rest = ajio.post("/orders/" + orderId + "/cancellation",
                Map.of("lines", List.of(new LineQuantity("1", 1), new LineQuantity("2", 1)), "reason", "NOT_FOUND"));

        assertThat(invoiced.status()).isEqualTo(409);
        assertThat(invoiced.errorCode()).isEqualTo("ALREADY_INVOICED");
        assertThat(rest.status()).isEqualTo(200);
        OrderDetail detail = ajio.detail(orderId);
        assertThat(detail.line("1").cancelledQuantity()).isEqualTo(1);
        assertThat(detail.line("1").invoicedQuantity()).isEqualTo(1);
        assertThat(detail.line("2").cancelledQuantity()).isEqualTo(1);
    }

    @Test
    void anInvoiceNamingAnUnknownLineIsRefused() {
        ObjectNode body = Api.MAPPER.valueToTree(AjioFlow.invoice(Map.of("9", 1)));

        Api.Reply reply = upload(Api.MAPPER.convertValue(body, Map.class));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorCode()).isEqualTo("INVALID_REQUEST");
    }

    private Api.Reply upload(Map<?, ?> invoice) {
        return ajio.post("/orders/" + orderId + "/b2b-invoice", invoice);
    }

    private static String pdf(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.US_ASCII);
    }
}
