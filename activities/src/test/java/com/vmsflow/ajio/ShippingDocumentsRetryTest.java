package com.vmsflow.ajio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.config.AjioSettings;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.Fixtures;
import com.vmsflow.store.StoredDocument;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching the B2C invoice and the label, Ajio failing the second call: the retry asks only for what is still
 * missing, so that under Ajio's faults a retry needs one call to succeed, not two (OutsideFaultsTest's bound).
 */
class ShippingDocumentsRetryTest {

    private static final String CLIENT = "demo-rms";
    private static final String INVOICE = "{\"invoiceNumber\": \"B2C-1\", \"invoiceDate\": \"2026-11-24\","
            + " \"amount\": \"1598.00\", \"pdfBase64\": \"JVBERi0=\"}";
    private static final String LABEL = "{\"awbNumber\": \"AWB-9\", \"courier\": \"DELHIVERY\","
            + " \"labelPdfBase64\": \"JVBERi0=\"}";

    private static TestDatabase database;
    private final MockWebServer server = new MockWebServer();
    private final FakeAjio ajio = new FakeAjio();
    private AjioActivitiesImpl activities;
    private DocumentRepository documents;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        new ClientRepository(database.jdbi()).upsert(Fixtures.client(CLIENT, "SD"));
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(ajio);
        server.start();
        AjioSettings settings = new AjioSettings();
        settings.baseUrl = server.url("/ajio").toString();
        settings.connectTimeout = Duration.seconds(1);
        settings.readTimeout = Duration.seconds(2);
        settings.tokenRefreshMargin = Duration.seconds(10);
        AjioClient client = new AjioClient(settings,
                clientId -> Optional.ofNullable(Map.of(CLIENT, new SellerAccount("SELLER-1", "s3cret")).get(clientId)),
                Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));
        documents = new DocumentRepository(database.jdbi());
        activities = new AjioActivitiesImpl(client, documents);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void aRetryAfterTheLabelFailedFetchesOnlyTheLabel() {
        ajio.answer(200, INVOICE).answer(503, "{\"errorCode\": \"SERVICE_UNAVAILABLE\", \"message\": \"busy\"}");
        assertThatThrownBy(() -> activities.fetchShippingDocuments(CLIENT, "FL1000001"))
                .isInstanceOf(ApplicationFailure.class);

        ajio.answer(200, LABEL);
        ShippingDocuments fetched = activities.fetchShippingDocuments(CLIENT, "FL1000001");

        assertThat(fetched).isEqualTo(new ShippingDocuments("B2C-1", "AWB-9", "DELHIVERY"));
        assertThat(ajio.calls).extracting(call -> call.getPath()).containsExactly(
                "/ajio/v1/orders/FL1000001/b2c-invoice", "/ajio/v1/orders/FL1000001/shipping-label",
                "/ajio/v1/orders/FL1000001/shipping-label");
        assertThat(documents.forReference(CLIENT, "FL1000001")).extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.B2C_INVOICE, DocumentKind.SHIPPING_LABEL);
    }
}
