package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.sandbox.ajio.returns.NewReturn;
import com.vmsflow.sandbox.ajio.returns.ReturnExpectation;
import com.vmsflow.sandbox.ajio.returns.ReturnItem;
import com.vmsflow.sandbox.ajio.returns.ReturnType;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import com.vmsflow.sandbox.einvoice.DocumentDraft;
import com.vmsflow.sandbox.einvoice.DraftLine;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import com.vmsflow.sandbox.einvoice.IssuedDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AjioReturnsTest {

    private AjioFlow ajio;
    private String orderId;

    @BeforeEach
    void invoicedOrder() {
        ajio = new AjioFlow(TestSandbox.shared());
        orderId = ajio.order(line("SKU-A", 2, "799.00"), line("SKU-B", 1, "499.00"));
        ajio.invoiceAll(orderId);
    }

    @Test
    void anRtoExpectationAppearsOnTheReturnsFeedAfterTheDelay() throws InterruptedException {
        Map<String, Object> request = Map.of("orderId", orderId,
                "items", List.of(Map.of("channelSku", "SKU-B", "quantity", 1)));

        Api.Reply first = ajio.post("/rto-requests", request);
        Api.Reply pending = ajio.post("/rto-requests", request);
        JsonNode atOnce = ajio.get("/returns").body().get("returns");
        JsonNode later = awaitReturns(1);
        Api.Reply afterwards = ajio.post("/rto-requests", request);

        assertThat(first.status()).isEqualTo(202);
        assertThat(pending.body().get("requestId")).isEqualTo(first.body().get("requestId"));
        assertThat(atOnce).isEmpty();
        JsonNode rto = later.get(0);
        assertThat(rto.get("orderId").asText()).isEqualTo(orderId);
        assertThat(rto.get("type").asText()).isEqualTo("RTO");
        assertThat(rto.get("items").get(0).get("lineId").asText()).isEqualTo("2");
        assertThat(rto.get("items").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(afterwards.body().get("requestId")).isNotEqualTo(first.body().get("requestId"));
        CallCounts counts = ajio.control.calls(OutsideSystem.AJIO, "requestRto").counts();
        assertThat(counts.businessKey("requestRto", orderId)).isEqualTo(3);
        assertThat(counts.applied("requestRto", orderId)).isEqualTo(2);
    }

    @Test
    void anRtoForAnUnknownOrderIsNotFound() {
        Api.Reply reply = ajio.post("/rto-requests", Map.of("orderId", "FL0000000", "items", List.of()));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void qcIsTakenOnceAndTheSameQcAgainAnswersTheSame() {
        ReturnExpectation expectation = customerReturn();
        String path = "/returns/" + expectation.returnId() + "/qc";
        Map<String, Object> qc = Map.of("items", List.of(
                Map.of("channelSku", "SKU-A", "quantity", 1, "qc", "PASS"),
                Map.of("channelSku", "SKU-A", "quantity", 1, "qc", "FAIL")));

        Api.Reply first = ajio.post(path, qc);
        Api.Reply again = ajio.post(path, qc);
        Api.Reply different = ajio.post(path, Map.of("items", List.of(
                Map.of("channelSku", "SKU-A", "quantity", 2, "qc", "PASS"))));
        Api.Reply tooMany = ajio.post("/returns/" + customerReturn().returnId() + "/qc", Map.of("items", List.of(
                Map.of("channelSku", "SKU-A", "quantity", 3, "qc", "PASS"))));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("status").asText()).isEqualTo("QC_UPDATED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(different.errorCode()).isEqualTo("QC_ALREADY_SUBMITTED");
        assertThat(tooMany.status()).isEqualTo(422);
    }

    @Test
    void aCreditNoteIsTakenOnce() {
        ReturnExpectation expectation = customerReturn();
        String path = "/returns/" + expectation.returnId() + "/credit-note";
        Map<String, Object> note = creditNote("CN00000001", DocumentType.CRN);

        Api.Reply first = ajio.post(path, note);
        Api.Reply again = ajio.post(path, note);
        Api.Reply different = ajio.post(path, creditNote("CN00000002", DocumentType.CRN));
        Api.Reply invoiceQr = ajio.post("/returns/" + customerReturn().returnId() + "/credit-note",
                creditNote("CN00000003", DocumentType.INV));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(different.errorCode()).isEqualTo("CREDIT_NOTE_EXISTS");
        assertThat(invoiceQr.errorCode()).isEqualTo("IRN_MISMATCH");
    }

    @Test
    void aReturnNamesLinesByIdOrChannelSku() {
        ReturnExpectation expectation = ajio.control.createReturn(ajio.seller, new NewReturn(orderId,
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem(null, "SKU-B", 1), new ReturnItem("1", null, 1))));

        assertThat(expectation.items()).containsExactly(new ReturnItem("2", "SKU-B", 1),
                new ReturnItem("1", "SKU-A", 1));
        assertThat(ajio.get("/returns").body().get("returns").get(0).get("returnId").asText())
                .isEqualTo(expectation.returnId());
    }

    private ReturnExpectation customerReturn() {
        return ajio.control.createReturn(ajio.seller, new NewReturn(orderId, ReturnType.CUSTOMER_RETURN,
                List.of(new ReturnItem(null, "SKU-A", 2))));
    }

    /** A credit note for one unit of SKU-A whose QR is made for {@code qrType}. */
    private static Map<String, Object> creditNote(String number, DocumentType qrType) {
        LocalDate date = LocalDate.now(EInvoiceIssuer.IST);
        IssuedDocument issued = EInvoiceIssuer.withSecret(TestSandbox.QR_SECRET, Clock.systemUTC())
                .issue(new DocumentDraft(AjioFlow.SUPPLIER_GSTIN, TestSandbox.AJIO_GSTIN, qrType, number, date,
                        List.of(new DraftLine("6109", new BigDecimal("559.30"), BigDecimal.valueOf(5))), null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditNoteNumber", number);
        body.put("creditNoteDate", date.toString());
        body.put("irn", issued.irn());
        body.put("signedQrCode", issued.signedQrCode());
        body.put("lines", List.of(Map.of("channelSku", "SKU-A", "quantity", 1, "taxableValue", "559.30",
                "gstRate", 5)));
        body.put("totalValue", issued.totalValue());
        return body;
    }

    private JsonNode awaitReturns(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonNode returns = ajio.get("/returns").body().get("returns");
        while (returns.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            returns = ajio.get("/returns").body().get("returns");
        }
        return returns;
    }
}
