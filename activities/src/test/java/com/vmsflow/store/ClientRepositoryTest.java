package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClientRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static ClientRepository clients;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        clients = new ClientRepository(jdbi);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void upsertStoresTheSettingsAndFindReadsThemBack() {
        ClientSettings settings = Fixtures.client("brand-a", "BA");
        settings.eInvoicingModel = EInvoicingModel.ERP;
        settings.returnModel = ReturnModel.RSI;
        settings.postingMode = PostingMode.PULL;
        settings.acknowledgementHold = Duration.hours(2);
        settings.erpInvoiceDeadline = Duration.minutes(90);

        clients.upsert(settings);

        assertThat(clients.find("brand-a")).contains(new ClientRow("brand-a", "Client brand-a", "seller-brand-a",
                new ClientProfile("brand-a", "29AAFCC9980M1ZR", EInvoicingModel.ERP, ReturnModel.RSI,
                        PostingMode.PULL, java.time.Duration.ofHours(2), java.time.Duration.ofMinutes(90), "BA")));
        assertThat(clients.find("nobody")).isEmpty();
    }

    @Test
    void aRepeatedUpsertChangesNothingAndAChangedSettingIsApplied() {
        ClientSettings settings = Fixtures.client("brand-b", "BB");
        clients.upsert(settings);
        Instant written = updatedAt("brand-b");

        clients.upsert(settings);
        assertThat(updatedAt("brand-b")).isEqualTo(written);

        settings.name = "Brand B Renamed";
        settings.invoicePrefix = "BR";
        clients.upsert(settings);
        assertThat(clients.find("brand-b")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Brand B Renamed");
            assertThat(c.profile().invoicePrefix()).isEqualTo("BR");
        });
        assertThat(updatedAt("brand-b")).isAfter(written);
    }

    @Test
    void allListsTheClientsById() {
        clients.upsert(Fixtures.client("zz-last", "ZZ"));
        clients.upsert(Fixtures.client("aa-first", "AA"));

        assertThat(clients.all()).extracting(ClientRow::clientId).startsWith("aa-first").endsWith("zz-last");
    }

    private static Instant updatedAt(String clientId) {
        return jdbi.withHandle(h -> h.createQuery("select updated_at from clients where client_id = :id")
                .bind("id", clientId).mapTo(Instant.class).one());
    }
}
