package com.vmsflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vmsflow.client.PostingMode;
import com.vmsflow.einvoice.DocumentNumber;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.einvoice.QrPayload;
import com.vmsflow.einvoice.SignedQr;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import com.vmsflow.sandbox.config.ErpClientSettings;
import com.vmsflow.sandbox.erp.Delivery;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.sandbox.erp.ErpClientView;
import com.vmsflow.sandbox.erp.ErpDocumentView;
import com.vmsflow.sandbox.erp.EventType;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErpTest {

    private static final String SUPPLIER = "27AAPFU0939F1ZV";
    /** The partner of a B2B2C order: the buyer of the brand's (SUPPLIER's) e-invoice. */
    private static final String PARTNER_GSTIN = "29AAFCC9980M1ZR";
    private static final String PUSH = "erp-push";
    private static final String PULL = "erp-pull";

    private static final FakeGateway gateway = new FakeGateway();
    private static MockWebServer gatewayServer;
    private static SandboxServer sandbox;
    private static Api api;
    private static SandboxClient control;

    @BeforeAll
    static void start() throws IOException {
        gateway.addPosting(posting("m-pull-1", 1, "OUTWARD_ORDER_CREATE", "FLPULL1", orderPayload("FLPULL1", 1)));
        gateway.addPosting(posting("m-pull-2", 2, "OUTWARD_ORDER_COMPLETE", "FLPULL0", Api.MAPPER.createObjectNode()));
        gateway.addPosting(posting("m-pull-3", 3, "B2B2C_PACK_CONFIRMATION", "FLPULL2", packPayload("FLPULL2")));
        gateway.failAcks(1);
        gatewayServer = new MockWebServer();
        gatewayServer.setDispatcher(gateway);
        gatewayServer.start();
        String gatewayUrl = gatewayServer.url("/").toString();

        SandboxConfiguration configuration = SandboxConfiguration.defaults(0);
        ErpClientSettings push = new ErpClientSettings(PUSH, PostingMode.PUSH, gatewayUrl, "dev-erp-push", SUPPLIER);
        push.invoiceDelay = Duration.milliseconds(100);
        ErpClientSettings pull = new ErpClientSettings(PULL, PostingMode.PULL, gatewayUrl, "dev-erp-pull", SUPPLIER);
        pull.invoiceDelay = Duration.milliseconds(100);
        pull.pollInterval = Duration.milliseconds(200);
        configuration.erp.clients.addAll(List.of(push, pull));
        sandbox = SandboxServer.start(configuration);
        api = new Api(sandbox.baseUrl());
        control = new SandboxClient(sandbox.baseUrl());
    }

    @AfterAll
    static void stop() throws IOException {
        sandbox.close();
        gatewayServer.shutdown();
    }

    @Test
    void aPostingIsTakenOnceAndAnsweredWithAnEInvoiceForItsQuantities() throws Exception {
        String orderId = newOrderId();
        ObjectNode posting = posting("m-" + orderId, 0, "OUTWARD_ORDER_CREATE", orderId, orderPayload(orderId, 2));

        JsonNode body = postTwiceAndAwait(posting, "/orders/" + orderId + "/b2b-invoice");

        QrPayload qr = assertEInvoice(body, TestSandbox.AJIO_GSTIN);
        assertThat(qr.itemCount()).isEqualTo(1);
        assertThat(body.get("lines")).hasSize(1);
        assertLine(body.get("lines").get(0), "TSHIRT-M", 2, "1118.60", "5");
        assertSentOnce(posting, "/orders/" + orderId + "/b2b-invoice", "invoiceCallback");
    }

    @Test
    void theGatewaysErrorsAreRetriedUntilItTakesTheInvoice() throws Exception {
        String orderId = newOrderId();
        gateway.failFirst("/orders/" + orderId + "/b2b-invoice", 2);

        api.post("/erp/" + PUSH + "/postings", null,
                posting("m-" + orderId, 0, "OUTWARD_ORDER_CREATE", orderId, orderPayload(orderId, 1)), null);

        awaitDelivery(PUSH, orderId);
        ErpDocumentView document = document(PUSH, orderId);
        assertThat(document.attempts()).isEqualTo(3);
        assertThat(document.lastStatus()).isEqualTo(202);
        List<FakeGateway.Received> calls = gateway.received("/orders/" + orderId + "/b2b-invoice");
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(c -> c.body().get("invoiceNumber").asText()).containsOnly(document.number());
        CallCounts counts = control.calls(OutsideSystem.ERP, "invoiceCallback").counts();
        assertThat(counts.businessKey("invoiceCallback", orderId)).isEqualTo(3);
        assertThat(counts.applied("invoiceCallback", orderId)).isEqualTo(1);
    }

    @Test
    void aReturnOrderPostingIsAnsweredWithACreditNote() throws Exception {
        String returnId = "RET" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode payload = Api.MAPPER.createObjectNode().put("returnId", returnId).put("orderId", "FL1");
        payload.putArray("items").addObject().put("sku", "TSHIRT-M").put("channelSku", "AJ-TSHIRT-M")
                .put("hsnCode", "6109").put("quantity", 1).put("taxableValue", "559.30").put("gstRate", 5);
        Map<String, Object> posting = Map.of("id", "p-" + returnId, "messageId", "m-" + returnId,
                "eventType", "RETURN_ORDER_CREATE", "returnId", returnId, "payload", payload);

        api.post("/erp/" + PUSH + "/postings", null, posting, null);
        FakeGateway.Received note = gateway.await("/returns/" + returnId + "/credit-note", 5_000).orElseThrow();

        JsonNode body = note.body();
        String number = body.get("creditNoteNumber").asText();
        assertThat(number).matches("^CN\\d{10}$");
        assertThat(body.get("irn").asText()).isEqualTo(Irn.of(SUPPLIER,
                LocalDate.parse(body.get("creditNoteDate").asText()), DocumentType.CRN, number));
        QrPayload qr = SignedQr.read(body.get("signedQrCode").asText());
        assertThat(qr.docType()).isEqualTo("CRN");
        assertThat(qr.buyerGstin()).isEqualTo(TestSandbox.AJIO_GSTIN);
    }

    @Test
    void aB2b2cPackConfirmationIsAnsweredWithOneEInvoiceFromTheBrandToThePartner() throws Exception {
        String orderId = newOrderId();
        ObjectNode posting = posting("m-" + orderId, 0, "B2B2C_PACK_CONFIRMATION", orderId, packPayload(orderId));

        JsonNode body = postTwiceAndAwait(posting, "/orders/" + orderId + "/b2b2c-invoice");

        QrPayload qr = assertEInvoice(body, PARTNER_GSTIN);
        assertThat(qr.itemCount()).isEqualTo(2);
        assertThat(qr.mainHsnCode()).isEqualTo("6109");
        assertThat(qr.totalInvoiceValue()).isEqualByComparingTo("771.92");
        assertThat(body.get("lines")).hasSize(2);
        assertLine(body.get("lines").get(0), "TSHIRT-M", 2, "671.16", "5");
        assertLine(body.get("lines").get(1), "CAP", 1, "60.00", "12");
        assertSentOnce(posting, "/orders/" + orderId + "/b2b2c-invoice", "b2b2cInvoiceCallback");
        assertThat(gateway.received("/orders/" + orderId + "/b2b-invoice")).as("no invoice to Ajio").isEmpty();
        assertThat(document(PUSH, orderId).kind()).isEqualTo("B2B2C_INVOICE");
        assertThat(document(PUSH, orderId).number()).isEqualTo(body.get("invoiceNumber").asText());
        assertThat(control.calls(OutsideSystem.ERP, null).counts().businessKey("invoiceCallback", orderId)).isZero();
    }

    @Test
    void aB2b2cPackConfirmationPostedAgainUnderANewMessageIdMakesNoSecondInvoice() throws Exception {
        String orderId = newOrderId();

        api.post("/erp/" + PUSH + "/postings", null,
                posting("m-" + orderId, 0, "B2B2C_PACK_CONFIRMATION", orderId, packPayload(orderId)), null);
        gateway.await("/orders/" + orderId + "/b2b2c-invoice", 5_000).orElseThrow();
        Api.Reply reposted = api.post("/erp/" + PUSH + "/postings", null,
                posting("m2-" + orderId, 0, "B2B2C_PACK_CONFIRMATION", orderId, packPayload(orderId)), null);
        Thread.sleep(400);

        assertThat(reposted.body().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(gateway.received("/orders/" + orderId + "/b2b2c-invoice")).hasSize(1);
        assertThat(control.erp(PUSH).documents()).filteredOn(d -> d.reference().equals(orderId)).hasSize(1);
        assertThat(control.calls(OutsideSystem.ERP, "b2b2cInvoiceCallback").counts()
                .businessKey("b2b2cInvoiceCallback", orderId)).isEqualTo(1);
    }

    @Test
    void aB2b2cInvoiceIsAsLateAsTheErpsInvoiceDelay() throws Exception {
        String orderId = newOrderId();
        control.erpBehaviour(PUSH, new ErpBehaviour(1_500L, null));
        try {
            api.post("/erp/" + PUSH + "/postings", null,
                    posting("m-" + orderId, 0, "B2B2C_PACK_CONFIRMATION", orderId, packPayload(orderId)), null);
            control.erpBehaviour(PUSH, new ErpBehaviour(100L, null));

            assertThat(gateway.await("/orders/" + orderId + "/b2b2c-invoice", 800)).as("not yet").isEmpty();
            assertThat(gateway.await("/orders/" + orderId + "/b2b2c-invoice", 5_000)).as("late").isPresent();
        } finally {
            control.erpBehaviour(PUSH, new ErpBehaviour(100L, false));
        }
    }

    @Test
    void aB2b2cReturnIsOnlyRecorded() throws Exception {
        String orderId = newOrderId();
        long before = returnsReceived();
        ObjectNode payload = Api.MAPPER.createObjectNode().put("orderId", orderId).put("reason", "customer return")
                .put("partnerClientId", "demo-partner").put("partnerGstin", PARTNER_GSTIN)
                .put("b2b2cInvoiceNumber", "EI2627000001");
        payload.putArray("lines").add(costLine("1", "TSHIRT-M", "6109", 1, "335.58", "335.58", 5));
        ObjectNode posting = posting("m-return-" + orderId, 0, "B2B2C_RETURN", orderId, payload);

        Api.Reply first = api.post("/erp/" + PUSH + "/postings", null, posting, null);
        Api.Reply again = api.post("/erp/" + PUSH + "/postings", null, posting, null);
        Thread.sleep(300);

        assertThat(first.body().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(again.body().get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(returnsReceived()).isEqualTo(before + 1);
        assertThat(gateway.received(orderId + "/b2b2c-invoice")).isEmpty();
        assertThat(control.erp(PUSH).documents()).noneMatch(d -> d.reference().equals(orderId));
        CallCounts counts = control.calls(OutsideSystem.ERP, "posting").counts();
        assertThat(counts.applied("posting", "m-return-" + orderId)).isEqualTo(1);
    }

    @Test
    void aB2b2cPackConfirmationWithoutThePartnersGstinIsRefusedAndNotTaken() throws Exception {
        String orderId = newOrderId();
        ObjectNode payload = packPayload(orderId);
        payload.remove("partnerGstin");

        Api.Reply refused = api.post("/erp/" + PUSH + "/postings", null,
                posting("m-" + orderId, 0, "B2B2C_PACK_CONFIRMATION", orderId, payload), null);
        Api.Reply fixed = api.post("/erp/" + PUSH + "/postings", null,
                posting("m-" + orderId, 0, "B2B2C_PACK_CONFIRMATION", orderId, packPayload(orderId)), null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("message").asText()).contains("partner's GSTIN");
        assertThat(fixed.body().get("status").asText()).as("the refused posting was not taken").isEqualTo("RECEIVED");
        assertThat(gateway.await("/orders/" + orderId + "/b2b2c-invoice", 5_000)).isPresent();
    }

    @Test
    void aSilentErpReceivesPostingsButNeverInvoices() throws Exception {
        String orderId = newOrderId();
        control.erpBehaviour(PUSH, new ErpBehaviour(null, true));
        try {
            Api.Reply reply = api.post("/erp/" + PUSH + "/postings", null,
                    posting("m-" + orderId, 0, "OUTWARD_ORDER_CREATE", orderId, orderPayload(orderId, 1)), null);
            Api.Reply b2b2c = api.post("/erp/" + PUSH + "/postings", null,
                    posting("m-b2b2c-" + orderId, 0, "B2B2C_PACK_CONFIRMATION", orderId, packPayload(orderId)), null);

            assertThat(reply.body().get("status").asText()).isEqualTo("RECEIVED");
            assertThat(b2b2c.body().get("status").asText()).isEqualTo("RECEIVED");
            assertThat(gateway.await("/orders/" + orderId + "/b2b-invoice", 600)).isEmpty();
            assertThat(gateway.received("/orders/" + orderId + "/b2b2c-invoice")).isEmpty();
        } finally {
            ErpClientView view = control.erpBehaviour(PUSH, new ErpBehaviour(100L, false));
            assertThat(view.silent()).isFalse();
        }
    }

    @Test
    void cancelAndCompletePostingsAreOnlyRecorded() throws Exception {
        String orderId = newOrderId();

        Api.Reply cancel = api.post("/erp/" + PUSH + "/postings", null,
                posting("m-cancel-" + orderId, 0, "OUTWARD_ORDER_CANCEL", orderId, Api.MAPPER.createObjectNode()),
                "m-cancel-" + orderId);
        Api.Reply replay = api.post("/erp/" + PUSH + "/postings", null,
                posting("m-cancel-" + orderId, 0, "OUTWARD_ORDER_CANCEL", orderId, Api.MAPPER.createObjectNode()),
                "m-cancel-" + orderId);

        assertThat(cancel.body().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(replay.body().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        Thread.sleep(300);
        assertThat(gateway.received(orderId + "/b2b-invoice")).isEmpty();
    }

    @Test
    void theErpTakesEveryEventTypeTheWorkerPosts() {
        assertThat(Arrays.stream(EventType.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(PostingEventType.values()).map(Enum::name).toList());
    }

    @Test
    void postingsToAnUnknownClientOrOfAnUnknownTypeAreRefused() {
        Api.Reply unknownClient = api.post("/erp/nobody/postings", null,
                posting("m-x", 0, "OUTWARD_ORDER_CANCEL", "FL1", Api.MAPPER.createObjectNode()), null);
        Api.Reply unknownType = api.post("/erp/" + PUSH + "/postings", null,
                posting("m-y", 0, "ORDER_LOST", "FL1", Api.MAPPER.createObjectNode()), null);

        assertThat(unknownClient.status()).isEqualTo(404);
        assertThat(unknownClient.errorCode()).isEqualTo("CLIENT_NOT_FOUND");
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.body().get("message").asText()).isEqualTo("eventType ORDER_LOST is not one of"
                + " OUTWARD_ORDER_CREATE, OUTWARD_ORDER_CANCEL, OUTWARD_ORDER_COMPLETE, RETURN_ORDER_CREATE,"
                + " BULK_ORDER_DISPATCH, B2B2C_PACK_CONFIRMATION, B2B2C_RETURN");
    }

    @Test
    void aPullErpReadsTheFeedAcknowledgesItAndInvoicesOnce() throws Exception {
        awaitDelivery(PULL, "FLPULL1");
        awaitDelivery(PULL, "FLPULL2");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (gateway.received("/postings").stream().noneMatch(r -> "3".equals(after(r)))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        List<FakeGateway.Received> acks = gateway.received("/clients/" + PULL + "/postings/ack");
        assertThat(acks).hasSizeGreaterThanOrEqualTo(2);
        assertThat(acks).allSatisfy(ack -> {
            assertThat(ack.body().get("upTo").asInt()).isEqualTo(3);
            assertThat(ack.authorization()).isEqualTo("Bearer dev-erp-pull");
        });
        assertThat(gateway.received("/postings")).anyMatch(r -> "3".equals(after(r)));
        FakeGateway.Received invoice = gateway.received("/clients/" + PULL + "/orders/FLPULL1/b2b-invoice").get(0);
        assertThat(invoice.authorization()).isEqualTo("Bearer dev-erp-pull");
        assertThat(gateway.received("/clients/" + PULL + "/orders/FLPULL1/b2b-invoice")).hasSize(1);
        assertThat(gateway.received("/clients/" + PULL + "/orders/FLPULL2/b2b2c-invoice")).hasSize(1);
        CallCounts counts = control.calls(OutsideSystem.ERP, "posting").counts();
        assertThat(counts.businessKey("posting", "m-pull-1")).isGreaterThanOrEqualTo(2);
        assertThat(counts.applied("posting", "m-pull-1")).isEqualTo(1);
        assertThat(counts.applied("posting", "m-pull-3")).isEqualTo(1);
        ErpClientView erp = control.erp(PULL);
        assertThat(erp.postingsReceived()).isEqualTo(3);
        assertThat(erp.postingsByEventType()).containsOnly(Map.entry(EventType.OUTWARD_ORDER_CREATE, 1L),
                Map.entry(EventType.OUTWARD_ORDER_COMPLETE, 1L), Map.entry(EventType.B2B2C_PACK_CONFIRMATION, 1L));
    }

    private static long returnsReceived() {
        return control.erp(PUSH).postingsByEventType().getOrDefault(EventType.B2B2C_RETURN, 0L);
    }

    /**
     * Pushes the posting twice under its messageId: taken, then a duplicate. Answers the body of the document the ERP
     * then sent to {@code documentPath}, under the PUSH client's gateway path, with its ERP key.
     */
    private static JsonNode postTwiceAndAwait(ObjectNode posting, String documentPath) throws InterruptedException {
        Api.Reply first = api.post("/erp/" + PUSH + "/postings", null, posting, null);
        Api.Reply again = api.post("/erp/" + PUSH + "/postings", null, posting, null);
        FakeGateway.Received document = gateway.await(documentPath, 5_000).orElseThrow();

        assertThat(first.body().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(document.path()).isEqualTo("/v1/clients/" + PUSH + documentPath);
        assertThat(document.authorization()).isEqualTo("Bearer dev-erp-push");
        return document.body();
    }

    /** An e-invoice of SUPPLIER's series, its IRN and signed QR made as the GST system makes them, to the buyer. */
    private static QrPayload assertEInvoice(JsonNode body, String buyerGstin) {
        String number = body.get("invoiceNumber").asText();
        LocalDate date = LocalDate.parse(body.get("invoiceDate").asText());
        assertThat(DocumentNumber.isValid(number)).isTrue();
        assertThat(number).matches("^EI\\d{10}$");
        assertThat(body.get("irn").asText()).isEqualTo(Irn.of(SUPPLIER, date, DocumentType.INV, number));
        QrPayload qr = SignedQr.read(body.get("signedQrCode").asText());
        assertThat(qr.irn()).isEqualTo(body.get("irn").asText());
        assertThat(qr.docNo()).isEqualTo(number);
        assertThat(qr.docType()).isEqualTo("INV");
        assertThat(qr.sellerGstin()).isEqualTo(SUPPLIER);
        assertThat(qr.buyerGstin()).isEqualTo(buyerGstin);
        return qr;
    }

    private static void assertLine(JsonNode line, String sku, int quantity, String taxableValue, String gstRate) {
        assertThat(line.get("sku").asText()).isEqualTo(sku);
        assertThat(line.get("quantity").asInt()).isEqualTo(quantity);
        assertThat(line.get("taxableValue").asText()).isEqualTo(taxableValue);
        assertThat(line.get("gstRate").decimalValue()).isEqualByComparingTo(gstRate);
    }

    /** A moment later: one document delivered, its posting counted twice and applied once, its delivery once. */
    private static void assertSentOnce(JsonNode posting, String documentPath, String operation)
            throws InterruptedException {
        Thread.sleep(300);
        String orderId = posting.get("orderId").asText();
        String messageId = posting.get("messageId").asText();
        assertThat(gateway.received(documentPath)).hasSize(1);
        assertThat(document(PUSH, orderId).delivery()).isEqualTo(Delivery.DELIVERED);
        CallCounts counts = control.calls(OutsideSystem.ERP, null).counts();
        assertThat(counts.businessKey("posting", messageId)).isEqualTo(2);
        assertThat(counts.applied("posting", messageId)).isEqualTo(1);
        assertThat(counts.applied(operation, orderId)).isEqualTo(1);
    }

    private static String after(FakeGateway.Received request) {
        return request.url().queryParameter("after");
    }

    private static void awaitDelivery(String clientId, String reference) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            ErpDocumentView document = control.erp(clientId).documents().stream()
                    .filter(d -> d.reference().equals(reference)).findFirst().orElse(null);
            if (document != null && document.delivery() != Delivery.PENDING) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no delivered document for " + reference);
    }

    private static ErpDocumentView document(String clientId, String reference) {
        return control.erp(clientId).documents().stream().filter(d -> d.reference().equals(reference))
                .findFirst().orElseThrow();
    }

    private static String newOrderId() {
        return "FL" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static ObjectNode posting(String messageId, long cursor, String eventType, String orderId,
                                      JsonNode payload) {
        ObjectNode posting = Api.MAPPER.createObjectNode().put("id", "p-" + messageId).put("messageId", messageId)
                .put("cursor", cursor).put("eventType", eventType).put("orderId", orderId)
                .put("createdAt", "2026-11-23T08:00:00Z");
        posting.set("payload", payload);
        return posting;
    }

    /** A B2B2C pack confirmation: two lines at the brand's cost price to the partner. */
    private static ObjectNode packPayload(String orderId) {
        ObjectNode payload = Api.MAPPER.createObjectNode().put("orderId", orderId).put("marketplace", "AJIO")
                .put("partnerClientId", "demo-partner").put("partnerGstin", PARTNER_GSTIN)
                .put("shippingParty", "the marketplace's customer of order " + orderId);
        payload.putObject("billingParty").put("name", "Westbury Retail").put("line1", "12 MG Road")
                .put("city", "Bengaluru").put("state", "Karnataka").put("postcode", "560001");
        payload.putObject("accountCodes").put("customer", "Y-0001").put("salesLedger", "SL-B2B2C")
                .put("returnsLedger", "RL-B2B2C");
        payload.putArray("lines")
                .add(costLine("1", "TSHIRT-M", "6109", 2, "335.58", "671.16", 5))
                .add(costLine("2", "CAP", "6505", 1, "60.00", "60.00", 12));
        return payload;
    }

    private static ObjectNode costLine(String lineId, String sku, String hsnCode, int quantity, String unitCostPrice,
                                       String taxableValue, int gstRate) {
        return Api.MAPPER.createObjectNode().put("lineId", lineId).put("sku", sku).put("channelSku", "AJ-" + sku)
                .put("hsnCode", hsnCode).put("quantity", quantity).put("unitCostPrice", unitCostPrice)
                .put("taxableValue", taxableValue).put("gstRate", gstRate);
    }

    /** Two lines of which the second was cancelled to 0: only the first is invoiced. */
    private static ObjectNode orderPayload(String orderId, int quantity) {
        ObjectNode payload = Api.MAPPER.createObjectNode().put("orderId", orderId).put("poNumber", "PO-" + orderId)
                .put("poDate", "2026-11-23").put("buyerGstin", TestSandbox.AJIO_GSTIN);
        payload.putArray("lines")
                .add(Api.MAPPER.createObjectNode().put("lineId", "1").put("sku", "TSHIRT-M")
                        .put("channelSku", "AJ-TSHIRT-M").put("hsnCode", "6109").put("quantity", quantity)
                        .put("unitPrice", "559.30").put("taxableValue", 559.30 * quantity).put("gstRate", 5))
                .add(Api.MAPPER.createObjectNode().put("lineId", "2").put("sku", "CAP")
                        .put("channelSku", "AJ-CAP").put("hsnCode", "6505").put("quantity", 0)
                        .put("unitPrice", "100.00").put("taxableValue", "0.00").put("gstRate", 5));
        return payload;
    }
}
