package com.vmsflow.ajio;

import static com.vmsflow.ajio.FakeAjio.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.config.AjioSettings;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.http.JsonHttp;
import com.vmsflow.http.Refusal;
import com.vmsflow.http.RefusalDetails;
import com.vmsflow.json.Json;
import com.vmsflow.order.cancellation.CancellationSource;
import io.dropwizard.util.Duration;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AjioClientTest {

    private static final String CLIENT = "demo-rms";
    private static final SellerAccounts ACCOUNTS = clientId -> Optional.ofNullable(Map.of(
            CLIENT, new SellerAccount("SELLER-1", "s3cret"),
            "demo-erp", new SellerAccount("SELLER-2", "other")).get(clientId));

    private static final String ORDER_JSON = """
            {"orderId": "FL1000001", "createdAt": "2026-11-23T08:00:00Z", "status": "CREATED", "acknowledged": false,
             "lines": [{"lineId": "1", "channelSku": "AJ-TSHIRT-M", "quantity": 2, "cancelledQuantity": 0,
                        "acknowledgedQuantity": null, "price": "799.00"}]}""";
    private static final AjioOrder ORDER = new AjioOrder("FL1000001", Instant.parse("2026-11-23T08:00:00Z"), false,
            List.of(new AjioOrderLine("1", "AJ-TSHIRT-M", 2, 0, new BigDecimal("799.00"))));

    private final MockWebServer server = new MockWebServer();
    private final FakeAjio ajio = new FakeAjio();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private AjioClient client;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(ajio);
        server.start();
        client = client(Duration.seconds(2));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    // --- each call of the contract

    @Test
    void listsOrdersByCreationWindow() {
        ajio.answer(200, "{\"orders\": [" + ORDER_JSON + "], \"page\": 0, \"size\": 100, \"totalPages\": 2,"
                + " \"totalElements\": 101}");

        OrderPage page = client.listOrders(CLIENT, Instant.parse("2026-11-23T00:00:00Z"),
                Instant.parse("2026-11-24T00:00:00Z"), 0, 100);

        assertThat(page).isEqualTo(new OrderPage(List.of(ORDER), 0, 100, 2, 101));
        assertThat(page.isLast()).isFalse();
        RecordedRequest request = ajio.onlyCall();
        assertGet(request, "/ajio/v1/orders");
        assertThat(request.getRequestUrl().queryParameter("createdFrom")).isEqualTo("2026-11-23T00:00:00Z");
        assertThat(request.getRequestUrl().queryParameter("createdTo")).isEqualTo("2026-11-24T00:00:00Z");
        assertThat(request.getRequestUrl().queryParameter("page")).isEqualTo("0");
        assertThat(request.getRequestUrl().queryParameter("size")).isEqualTo("100");
    }

    @Test
    void readsAnOrder() {
        ajio.answer(200, ORDER_JSON);

        assertThat(client.getOrder(CLIENT, "FL1000001")).isEqualTo(ORDER);
        assertGet(ajio.onlyCall(), "/ajio/v1/orders/FL1000001");
    }

    @Test
    void acknowledgesEveryLine() throws Refusal {
        ajio.answer(200, ORDER_JSON.replace("\"acknowledged\": false", "\"acknowledged\": true"));

        AjioOrder order = client.acknowledge(CLIENT, "FL1000001",
                List.of(new LineQuantity("1", 2), new LineQuantity("2", 0)), "ack-FL1000001");

        assertThat(order.acknowledged()).isTrue();
        assertPost(ajio.onlyCall(), "/ajio/v1/orders/FL1000001/acknowledgement", "ack-FL1000001",
                "{\"lines\": [{\"lineId\": \"1\", \"quantity\": 2}, {\"lineId\": \"2\", \"quantity\": 0}]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {AjioClient.QUANTITY_CHANGED, AjioClient.ALREADY_ACKNOWLEDGED, AjioClient.ORDER_CANCELLED})
    void handsAcknowledgementRefusalsToTheCaller(String errorCode) {
        ajio.answer(409, "{\"errorCode\": \"" + errorCode + "\", \"message\": \"not now\"}");

        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> client.acknowledge(CLIENT, "FL1000001", List.of(new LineQuantity("1", 2)), "ack-1"));

        assertThat(refusal.errorCode()).isEqualTo(errorCode);
        assertThat(refusal.status()).isEqualTo(409);
        ApplicationFailure failure = refusal.toFailure();
        assertThat(failure.getType()).isEqualTo(AjioActivities.REFUSED);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .isEqualTo("Ajio refused acknowledge (409 " + errorCode + "): not now");
    }

    @Test
    void readsTheB2bOrder() {
        ajio.answer(200, """
                {"orderId": "FL1000001", "poNumber": "PO-77", "poDate": "2026-11-23", "buyerGstin": "27AAPFU0939F1ZV",
                 "lines": [{"lineId": "1", "channelSku": "AJ-TSHIRT-M", "quantity": 2, "unitPrice": "799.00",
                            "taxableValue": "1426.79", "gstRate": "12.00", "hsnCode": "6109"}]}""");

        assertThat(client.b2bOrder(CLIENT, "FL1000001")).isEqualTo(new B2bOrder("FL1000001", "PO-77",
                LocalDate.of(2026, 11, 23), "27AAPFU0939F1ZV", List.of(new B2bLine("1", "AJ-TSHIRT-M", 2,
                new BigDecimal("799.00"), new BigDecimal("1426.79"), new BigDecimal("12.00"), "6109"))));
        assertGet(ajio.onlyCall(), "/ajio/v1/orders/FL1000001/b2b");
    }

    @Test
    void cancelsQuantities() {
        ajio.answer(200, ORDER_JSON.replace("\"cancelledQuantity\": 0", "\"cancelledQuantity\": 1"));

        AjioOrder order = client.cancel(CLIENT, "FL1000001", List.of(new LineQuantity("1", 1)), "NOT_FOUND", "cxl-1");

        assertThat(order.line("1").openQuantity()).isEqualTo(1);
        assertPost(ajio.onlyCall(), "/ajio/v1/orders/FL1000001/cancellation", "cxl-1",
                "{\"lines\": [{\"lineId\": \"1\", \"quantity\": 1}], \"reason\": \"NOT_FOUND\"}");
    }

    @Test
    void uploadsTheB2bInvoice() {
        ajio.answer(201, "{\"invoiceId\": \"AJ-INV-1\"}");
        EInvoice invoice = new EInvoice(DocumentType.INV, "RMS1920000001", LocalDate.of(2026, 11, 23), "ab12",
                "jwt", new BigDecimal("1598"), List.of(new EInvoiceLine("1", "TSHIRT-M", "6109", 2,
                new BigDecimal("1426.79"), new BigDecimal("12"))), "RMS");

        assertThat(client.uploadB2bInvoice(CLIENT, "FL1000001", invoice, "inv-1")).isEqualTo("AJ-INV-1");
        assertPost(ajio.onlyCall(), "/ajio/v1/orders/FL1000001/b2b-invoice", "inv-1", """
                {"invoiceNumber": "RMS1920000001", "invoiceDate": "2026-11-23", "irn": "ab12", "signedQrCode": "jwt",
                 "lines": [{"lineId": "1", "quantity": 2, "taxableValue": "1426.79", "gstRate": "12.00"}],
                 "totalValue": "1598.00"}""");
    }

    @Test
    void readsTheB2cInvoice() {
        ajio.answer(200, "{\"invoiceNumber\": \"B2C-1\", \"invoiceDate\": \"2026-11-24\", \"amount\": \"1598.00\","
                + " \"pdfBase64\": \"JVBERi0=\"}");

        assertThat(client.b2cInvoice(CLIENT, "FL1000001")).isEqualTo(new B2cInvoice("B2C-1",
                LocalDate.of(2026, 11, 24), new BigDecimal("1598.00"), "JVBERi0="));
        assertGet(ajio.onlyCall(), "/ajio/v1/orders/FL1000001/b2c-invoice");
    }

    @Test
    void readsTheShippingLabel() {
        ajio.answer(200, "{\"awbNumber\": \"AWB-9\", \"courier\": \"DELHIVERY\", \"labelPdfBase64\": \"JVBERi0=\"}");

        assertThat(client.shippingLabel(CLIENT, "FL1000001"))
                .isEqualTo(new ShippingLabel("AWB-9", "DELHIVERY", "JVBERi0="));
        assertGet(ajio.onlyCall(), "/ajio/v1/orders/FL1000001/shipping-label");
    }

    @Test
    void createsAManifest() {
        ajio.answer(201, "{\"manifestId\": \"MF-1\", \"courier\": \"DELHIVERY\", \"shipmentIds\": [\"FL1\", \"FL2\"],"
                + " \"createdAt\": \"2026-11-24T10:00:00Z\"}");

        assertThat(client.createManifest(CLIENT, "DELHIVERY", List.of("FL1", "FL2"), "mf-1"))
                .isEqualTo(new Manifest("MF-1", List.of("FL1", "FL2")));
        assertPost(ajio.onlyCall(), "/ajio/v1/manifests", "mf-1",
                "{\"courier\": \"DELHIVERY\", \"shipmentIds\": [\"FL1\", \"FL2\"]}");
    }

    @Test
    void readsTheCancellationFeedAfterACursor() {
        ajio.answer(200, """
                {"events": [{"eventId": "E-8", "orderId": "FL1000001", "source": "CUSTOMER", "full": false,
                             "lines": [{"lineId": "1", "quantity": 1}], "reason": "changed mind",
                             "at": "2026-11-23T09:00:00Z"}],
                 "next": "c-8"}""");

        CancellationPage page = client.cancellations(CLIENT, "c-7", 100);

        assertThat(page).isEqualTo(new CancellationPage(List.of(new AjioCancellation("E-8", "FL1000001",
                CancellationSource.CUSTOMER, false, List.of(new LineQuantity("1", 1)), "changed mind",
                Instant.parse("2026-11-23T09:00:00Z"))), "c-8"));
        RecordedRequest request = ajio.onlyCall();
        assertGet(request, "/ajio/v1/cancellations");
        assertThat(request.getRequestUrl().queryParameter("after")).isEqualTo("c-7");
        assertThat(request.getRequestUrl().queryParameter("limit")).isEqualTo("100");
    }

    @Test
    void readsTheOrderUpdatesFeedAfterACursor() {
        ajio.answer(200, """
                {"events": [{"eventId": "OU00000001", "orderId": "FL1000001", "type": "DISPATCH_AFTER_CHANGED",
                             "dispatchAfter": "2026-11-24T06:00:00Z", "at": "2026-11-23T09:00:00Z"},
                            {"eventId": "OU00000002", "orderId": "FL1000002", "type": "RETURN_PICKED_UP",
                             "at": "2026-11-23T09:05:00Z"}],
                 "next": "2"}""");

        OrderUpdatePage page = client.orderUpdates(CLIENT, "0", 100);

        assertThat(page).isEqualTo(new OrderUpdatePage(List.of(
                new AjioOrderUpdate("OU00000001", "FL1000001", AjioOrderUpdate.Type.DISPATCH_AFTER_CHANGED,
                        Instant.parse("2026-11-24T06:00:00Z"), Instant.parse("2026-11-23T09:00:00Z")),
                new AjioOrderUpdate("OU00000002", "FL1000002", AjioOrderUpdate.Type.RETURN_PICKED_UP, null,
                        Instant.parse("2026-11-23T09:05:00Z"))), "2"));
        RecordedRequest request = ajio.onlyCall();
        assertGet(request, "/ajio/v1/order-updates");
        assertThat(request.getRequestUrl().queryParameter("after")).isEqualTo("0");
    }

    @Test
    void readsAFeedFromTheStartWithoutACursor() {
        ajio.answer(200, "{\"events\": [], \"next\": \"\"}");

        assertThat(client.cancellations(CLIENT, null, 100)).isEqualTo(new CancellationPage(List.of(), ""));
        assertThat(ajio.onlyCall().getRequestUrl().queryParameterNames()).containsExactly("limit");
    }

    @Test
    void readsTheReturnsFeed() {
        ajio.answer(200, """
                {"returns": [{"returnId": "R-1", "orderId": "FL1000001", "type": "RTO",
                              "items": [{"lineId": "1", "channelSku": "AJ-TSHIRT-M", "quantity": 2}],
                              "createdAt": "2026-11-30T10:00:00Z"}],
                 "next": "r-1"}""");

        assertThat(client.returns(CLIENT, "r-0", 50)).isEqualTo(new ReturnPage(List.of(new ReturnExpectation("R-1",
                "FL1000001", ReturnType.RTO, List.of(new ReturnItem("1", "AJ-TSHIRT-M", 2)),
                Instant.parse("2026-11-30T10:00:00Z"))), "r-1"));
        RecordedRequest request = ajio.onlyCall();
        assertGet(request, "/ajio/v1/returns");
        assertThat(request.getRequestUrl().queryParameter("after")).isEqualTo("r-0");
        assertThat(request.getRequestUrl().queryParameter("limit")).isEqualTo("50");
    }

    @Test
    void requestsAnRto() {
        ajio.answer(202, "{\"requestId\": \"RTO-REQ-1\", \"orderId\": \"FL1000001\"}");

        assertThat(client.requestRto(CLIENT, "FL1000001", List.of(new RtoItem("AJ-TSHIRT-M", 2)), "rto-1"))
                .isEqualTo(new RtoRequest("RTO-REQ-1", "FL1000001"));
        assertPost(ajio.onlyCall(), "/ajio/v1/rto-requests", "rto-1",
                "{\"orderId\": \"FL1000001\", \"items\": [{\"channelSku\": \"AJ-TSHIRT-M\", \"quantity\": 2}]}");
    }

    @Test
    void updatesQc() {
        ajio.answer(200, "{\"returnId\": \"R-1\", \"status\": \"QC_UPDATED\"}");

        client.updateQc(CLIENT, "R-1", List.of(new QcItem("AJ-TSHIRT-M", 1, QcResult.PASS),
                new QcItem("AJ-TSHIRT-M", 1, QcResult.MISSING)), "qc-R-1");

        assertPost(ajio.onlyCall(), "/ajio/v1/returns/R-1/qc", "qc-R-1", """
                {"items": [{"channelSku": "AJ-TSHIRT-M", "quantity": 1, "qc": "PASS"},
                           {"channelSku": "AJ-TSHIRT-M", "quantity": 1, "qc": "MISSING"}]}""");
    }

    @Test
    void uploadsACreditNoteByChannelSku() {
        ajio.answer(201, "{\"creditNoteId\": \"AJ-CN-1\"}");
        EInvoice creditNote = new EInvoice(DocumentType.CRN, "CN1920000001", LocalDate.of(2026, 12, 1), "cd34",
                "jwt", new BigDecimal("799.00"), List.of(new EInvoiceLine("1", "AJ-TSHIRT-M", "6109", 1,
                new BigDecimal("713.39"), new BigDecimal("12.00"))), "RMS");

        assertThat(client.uploadCreditNote(CLIENT, "R-1", creditNote, "cn-R-1")).isEqualTo("AJ-CN-1");
        assertPost(ajio.onlyCall(), "/ajio/v1/returns/R-1/credit-note", "cn-R-1", """
                {"creditNoteNumber": "CN1920000001", "creditNoteDate": "2026-12-01", "irn": "cd34",
                 "signedQrCode": "jwt",
                 "lines": [{"channelSku": "AJ-TSHIRT-M", "quantity": 1, "taxableValue": "713.39", "gstRate": "12.00"}],
                 "totalValue": "799.00"}""");
    }

    @Test
    void readsRsiDocuments() {
        ajio.answer(200, """
                {"documents": [{"documentId": "RSI-1", "createdAt": "2026-12-05T06:00:00Z",
                                "items": [{"returnId": "R-1", "orderId": "FL1000001", "channelSku": "AJ-TSHIRT-M",
                                           "quantity": 1, "amount": "799.00"}]}],
                 "next": "d-1"}""");

        assertThat(client.rsiDocuments(CLIENT, null, 100)).isEqualTo(new RsiPage(List.of(new RsiDocument("RSI-1",
                Instant.parse("2026-12-05T06:00:00Z"), List.of(new RsiItem("R-1", "FL1000001", "AJ-TSHIRT-M", 1,
                new BigDecimal("799.00"))))), "d-1"));
        assertGet(ajio.onlyCall(), "/ajio/v1/rsi-documents");
    }

    @Test
    void acceptsAnRsiDocument() {
        ajio.answer(200, "{\"documentId\": \"RSI-1\", \"status\": \"ACCEPTED\"}");

        client.acceptRsiDocument(CLIENT, "RSI-1", "rsi-RSI-1");

        assertPost(ajio.onlyCall(), "/ajio/v1/rsi-documents/RSI-1/acceptance", "rsi-RSI-1", "{}");
    }

    @Test
    void aFeedAnswerWithoutItsListIsAChangedContractNotAnEmptyFeed() {
        ajio.answer(200, "{\"items\": [], \"next\": \"c-1\"}");

        ApplicationFailure failure = failureOf(() -> client.cancellations(CLIENT, null, 100));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage())
                .startsWith("Ajio answered cancellations with what is not a CancellationPage: ");
    }

    @Test
    void pathsKeepTheBaseUrlsPathWithOrWithoutATrailingSlash() {
        AjioSettings settings = settings(Duration.seconds(2));
        settings.baseUrl = settings.baseUrl + "/";
        ajio.answer(200, ORDER_JSON);

        new AjioClient(settings, ACCOUNTS, clock).getOrder(CLIENT, "FL 1/2");

        assertThat(ajio.onlyCall().getPath()).isEqualTo("/ajio/v1/orders/FL%201%2F2");
    }

    // --- failures

    @Test
    void aRefusalFailsNonRetryableWithTheServersMessage() {
        ajio.answer(404, "{\"errorCode\": \"ORDER_NOT_FOUND\", \"message\": \"no order FL9\"}");

        ApplicationFailure failure = failureOf(() -> client.getOrder(CLIENT, "FL9"));

        assertThat(failure.getType()).isEqualTo(AjioActivities.REFUSED);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage()).isEqualTo("Ajio refused getOrder (404 ORDER_NOT_FOUND): no order FL9");
        assertThat(failure.getDetails().get(0, RefusalDetails.class))
                .isEqualTo(new RefusalDetails(404, "ORDER_NOT_FOUND"));
    }

    @Test
    void aServerErrorIsRetryable() {
        ajio.answer(503, "{\"errorCode\": \"FAULT\", \"message\": \"injected\"}");

        ApplicationFailure failure = failureOf(() -> client.b2bOrder(CLIENT, "FL1000001"));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).isEqualTo("Ajio failed b2bOrder (503 FAULT): injected");
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsRetryable() {
        AjioClient impatient = client(Duration.milliseconds(200));
        ajio.answers.add(json(200, ORDER_JSON).setHeadersDelay(1, TimeUnit.SECONDS));

        ApplicationFailure failure = failureOf(() -> impatient.getOrder(CLIENT, "FL1000001"));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).startsWith("Ajio unreachable for getOrder: ")
                .contains("SocketTimeoutException");
    }

    @Test
    void throttlingIsRetriedAfterRetryAfter() {
        ajio.answers.add(json(429, "{\"errorCode\": \"THROTTLED\", \"message\": \"5 a second\"}")
                .setHeader("Retry-After", "3"));

        ApplicationFailure failure = failureOf(() -> client.acceptRsiDocument(CLIENT, "RSI-1", "rsi-RSI-1"));

        assertThat(failure.getType()).isEqualTo(JsonHttp.THROTTLED);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getNextRetryDelay()).isEqualTo(java.time.Duration.ofSeconds(3));
    }

    @Test
    void aClientWithoutASellerAccountFailsNonRetryable() {
        ApplicationFailure failure = failureOf(() -> client.getOrder("nobody", "FL1000001"));

        assertThat(failure.getType()).isEqualTo(AjioClient.UNKNOWN_CLIENT);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(ajio.tokenRequests).isEmpty();
        assertThat(ajio.calls).isEmpty();
    }

    // --- tokens

    @Test
    void fetchesATokenOnceAndReusesIt() throws IOException {
        ajio.always = json(200, ORDER_JSON);

        for (int i = 0; i < 3; i++) {
            client.getOrder(CLIENT, "FL1000001");
        }

        assertThat(ajio.tokenRequests).hasSize(1);
        RecordedRequest tokenRequest = ajio.tokenRequests.get(0);
        assertThat(tokenRequest.getMethod()).isEqualTo("POST");
        assertThat(tree(tokenRequest.getBody().readUtf8()))
                .isEqualTo(tree("{\"sellerId\": \"SELLER-1\", \"secret\": \"s3cret\"}"));
        assertThat(tokenRequest.getHeader("Idempotency-Key")).isNotBlank();
        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-1");
    }

    @Test
    void refreshesATokenTheMarginBeforeItExpires() {
        ajio.expiresIn = 60;
        ajio.always = json(200, ORDER_JSON);

        client.getOrder(CLIENT, "FL1000001");
        clock.advance(java.time.Duration.ofSeconds(49));
        client.getOrder(CLIENT, "FL1000001");
        clock.advance(java.time.Duration.ofSeconds(1));
        client.getOrder(CLIENT, "FL1000001");

        assertThat(ajio.tokenRequests).hasSize(2);
        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void renewsAnExpiredTokenAndRepeatsTheCallOnce() {
        ajio.answer(401, "{\"errorCode\": \"TOKEN_EXPIRED\", \"message\": \"expired\"}").answer(200, ORDER_JSON);

        assertThat(client.getOrder(CLIENT, "FL1000001")).isEqualTo(ORDER);

        assertThat(ajio.tokenRequests).hasSize(2);
        assertThat(ajio.calls).hasSize(2);
        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void repeatsAPostWithANewTokenAndTheSameIdempotencyKey() throws Refusal {
        ajio.answer(401, "{\"errorCode\": \"TOKEN_EXPIRED\", \"message\": \"expired\"}").answer(200, ORDER_JSON);

        client.acknowledge(CLIENT, "FL1000001", List.of(new LineQuantity("1", 2)), "ack-1");

        assertThat(ajio.calls).extracting(r -> r.getHeader("Idempotency-Key")).containsExactly("ack-1", "ack-1");
        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void aCallForbiddenToTheSellerAccountIsItsCredentialsRefusedNotTheCallsRefusal() {
        ajio.always = json(403, "{\"errorCode\": \"ACCOUNT_SUSPENDED\", \"message\": \"seller suspended\"}");

        ApplicationFailure failure = failureOf(() -> client.getOrder(CLIENT, "FL1000001"));

        assertThat(failure.getType()).isEqualTo(AjioActivities.CREDENTIALS_REFUSED);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).contains("403 ACCOUNT_SUSPENDED");
    }

    @Test
    void aNewTokenRefusedAgainIsRetryableNotARefusal() {
        ajio.always = json(401, "{\"errorCode\": \"TOKEN_EXPIRED\", \"message\": \"expired\"}");

        ApplicationFailure failure = failureOf(() -> client.getOrder(CLIENT, "FL1000001"));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAUTHORIZED);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(ajio.calls).hasSize(2);
        assertThat(ajio.tokenRequests).hasSize(2);
    }

    /** Refused credentials have a type of their own (the sync waits for support on it), retryable for every flow. */
    @Test
    void badCredentialsAreRetryableSoNoOrderFailsForThem() {
        ajio.tokenRefusal = json(401, "{\"errorCode\": \"BAD_CREDENTIALS\", \"message\": \"unknown seller\"}");

        ApplicationFailure failure = failureOf(() -> client.getOrder(CLIENT, "FL1000001"));

        assertThat(failure.getType()).isEqualTo(AjioActivities.CREDENTIALS_REFUSED);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).startsWith("Ajio refuses the credentials of seller account ")
                .contains("(Ajio did not authorize fetchToken (401 BAD_CREDENTIALS): unknown seller)")
                .doesNotContain("secret");
        assertThat(ajio.calls).isEmpty();

        ajio.tokenRefusal = null;
        ajio.always = json(200, ORDER_JSON);
        assertThat(client.getOrder(CLIENT, "FL1000001")).isEqualTo(ORDER);
    }

    @Test
    void eachSellerHasItsOwnToken() {
        ajio.always = json(200, ORDER_JSON);

        client.getOrder(CLIENT, "FL1000001");
        client.getOrder("demo-erp", "FL1000001");
        client.getOrder(CLIENT, "FL1000001");

        assertThat(ajio.tokenRequests).hasSize(2);
        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-1");
    }

    @Test
    void concurrentCallsShareOneTokenFetch() throws Exception {
        ajio.tokenDelayMillis = 300;
        ajio.always = json(200, ORDER_JSON);
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<AjioOrder>> orders = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<AjioOrder> call = () -> {
                    go.await();
                    return client.getOrder(CLIENT, "FL1000001");
                };
                orders.add(pool.submit(call));
            }
            go.countDown();
            for (Future<AjioOrder> order : orders) {
                assertThat(order.get(10, TimeUnit.SECONDS)).isEqualTo(ORDER);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ajio.tokenRequests).hasSize(1);
        assertThat(ajio.calls).hasSize(threads);
        assertThat(bearers()).containsOnly("Bearer token-1");
    }

    // --- helpers

    private AjioClient client(Duration readTimeout) {
        return new AjioClient(settings(readTimeout), ACCOUNTS, clock);
    }

    private AjioSettings settings(Duration readTimeout) {
        AjioSettings settings = new AjioSettings();
        settings.baseUrl = server.url("/ajio").toString();
        settings.connectTimeout = Duration.seconds(1);
        settings.readTimeout = readTimeout;
        settings.tokenRefreshMargin = Duration.seconds(10);
        return settings;
    }

    private List<String> bearers() {
        return ajio.calls.stream().map(r -> r.getHeader("Authorization")).toList();
    }

    private static void assertGet(RecordedRequest request, String path) {
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo(path);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-1");
    }

    private static void assertPost(RecordedRequest request, String path, String idempotencyKey, String body) {
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo(path);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(idempotencyKey);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(tree(request.getBody().readUtf8())).isEqualTo(tree(body));
    }

    private static Object tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static ApplicationFailure failureOf(Runnable call) {
        return catchThrowableOfType(ApplicationFailure.class, call::run);
    }

    /** A clock the token tests move by hand. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(java.time.Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
