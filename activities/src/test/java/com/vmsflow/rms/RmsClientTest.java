package com.vmsflow.rms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.config.HttpSettings;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.http.JsonHttp;
import com.vmsflow.http.RefusalDetails;
import com.vmsflow.json.Json;
import io.dropwizard.util.Duration;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RmsClientTest {

    private static final LocalDate DOC_DATE = LocalDate.of(2026, 11, 23);
    private static final List<EInvoiceLine> LINES = List.of(new EInvoiceLine("1", "TSHIRT-M", "6109", 2,
            new BigDecimal("1426.79"), new BigDecimal("12")));
    private static final EInvoiceRequest REQUEST = new EInvoiceRequest("29AAFCC9980M1ZR", "27AAPFU0939F1ZV",
            DocumentType.INV, "RMS2627000001", DOC_DATE, LINES, new BigDecimal("1598"));

    private final MockWebServer server = new MockWebServer();
    private RmsClient rms;

    @BeforeEach
    void start() throws IOException {
        server.start();
        rms = client(Duration.seconds(2));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void registersAnEInvoice() throws Exception {
        server.enqueue(json(201, answer(false)));

        EInvoice invoice = rms.register(REQUEST);

        assertThat(invoice).isEqualTo(new EInvoice(DocumentType.INV, "RMS2627000001", DOC_DATE, "ab12", "jwt",
                new BigDecimal("1598.00"), LINES, "RMS"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/rms/v1/e-invoices");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("29AAFCC9980M1ZR/2026-27/INV/RMS2627000001");
        assertThat(tree(request.getBody().readUtf8())).isEqualTo(tree("""
                {"supplierGstin": "29AAFCC9980M1ZR", "buyerGstin": "27AAPFU0939F1ZV", "docType": "INV",
                 "docNo": "RMS2627000001", "docDate": "2026-11-23",
                 "lines": [{"sku": "TSHIRT-M", "hsnCode": "6109", "quantity": 2, "taxableValue": "1426.79",
                            "gstRate": "12.00"}],
                 "totalValue": "1598.00"}"""));
    }

    @Test
    void aDocumentRegisteredBeforeAnswersItsFirstIrn() {
        server.enqueue(json(200, answer(true)));

        assertThat(rms.register(REQUEST).irn()).isEqualTo("ab12");
    }

    @Test
    void anInvalidDocumentIsRefusedNonRetryable() {
        server.enqueue(json(422, "{\"errorCode\": \"INVALID_GSTIN\", \"message\": \"buyerGstin fails its check\"}"));

        ApplicationFailure failure = failureOf(() -> rms.register(REQUEST));

        assertThat(failure.getType()).isEqualTo(RmsActivities.REFUSED);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .isEqualTo("RMS refused register (422 INVALID_GSTIN): buyerGstin fails its check");
        assertThat(failure.getDetails().get(0, RefusalDetails.class))
                .isEqualTo(new RefusalDetails(422, "INVALID_GSTIN"));
    }

    @Test
    void aServerErrorIsRetryable() {
        server.enqueue(json(500, "{\"errorCode\": \"FAULT\", \"message\": \"portal down\"}"));

        ApplicationFailure failure = failureOf(() -> rms.register(REQUEST));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsRetryable() {
        RmsClient impatient = client(Duration.milliseconds(200));
        server.enqueue(json(201, answer(false)).setHeadersDelay(1, TimeUnit.SECONDS));

        ApplicationFailure failure = failureOf(() -> impatient.register(REQUEST));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).startsWith("RMS unreachable for register: ");
    }

    @Test
    void findsARegisteredDocument() throws Exception {
        server.enqueue(json(200, answer(true)));

        assertThat(rms.find("29AAFCC9980M1ZR", DocumentType.INV, "2019-20/KA/1", DOC_DATE)).contains(
                new RegisteredDocument("ab12", "112610000000001", "2026-11-23T10:00:00Z", "jwt", DocumentType.INV,
                        "RMS2627000001", DOC_DATE, new BigDecimal("1598.00"), true));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath())
                .isEqualTo("/rms/v1/e-invoices/29AAFCC9980M1ZR/INV/2019-20%2FKA%2F1?docDate=2026-11-23");
    }

    @Test
    void findsNothingForAnUnknownDocument() {
        server.enqueue(json(404, "{\"errorCode\": \"NOT_FOUND\", \"message\": \"no such document\"}"));

        assertThat(rms.find("29AAFCC9980M1ZR", DocumentType.INV, "RMS2627000001", DOC_DATE)).isEmpty();
    }

    @Test
    void aNotFoundWithoutTheContractsCodeIsARefusal() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("Not Found"));

        ApplicationFailure failure = failureOf(
                () -> rms.find("29AAFCC9980M1ZR", DocumentType.INV, "RMS2627000001", DOC_DATE));

        assertThat(failure.getType()).isEqualTo(RmsActivities.REFUSED);
        assertThat(failure.getOriginalMessage()).isEqualTo("RMS refused find (404): Not Found");
    }

    private RmsClient client(Duration readTimeout) {
        HttpSettings settings = new HttpSettings();
        settings.baseUrl = server.url("/rms").toString();
        settings.connectTimeout = Duration.seconds(1);
        settings.readTimeout = readTimeout;
        return new RmsClient(settings);
    }

    private static String answer(boolean duplicate) {
        return """
                {"irn": "ab12", "ackNo": 112610000000001, "ackDate": "2026-11-23T10:00:00Z", "signedQrCode": "jwt",
                 "docType": "INV", "docNo": "RMS2627000001", "docDate": "2026-11-23", "totalValue": "1598.00",
                 "duplicate": %s}""".formatted(duplicate);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static JsonNode tree(String json) throws IOException {
        return Json.mapper().readTree(json);
    }

    private static ApplicationFailure failureOf(Runnable call) {
        return catchThrowableOfType(ApplicationFailure.class, call::run);
    }
}
