package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.b2b2c.CostPrice;
import com.vmsflow.config.ChannelSettings;
import java.math.BigDecimal;
import java.util.List;
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

    /** B2B2C (seed 002): the partner's orders start as the brand's, carrying the partner's terms. */
    @Test
    void aPartnersOrdersStartWithItsBrandsProfileAndItsTermsWhateverTheOrderOfTheList() {
        ClientSettings partner = partnerOf("pair-brand");
        ClientSettings brand = Fixtures.client("pair-brand", "PB");
        brand.eInvoicingModel = EInvoicingModel.ERP;
        brand.channels = List.of(ChannelSettings.defaultAjio(), channelOn("pair-partner"));

        clients.upsertAll(List.of(partner, brand));
        clients.upsertAll(List.of(partner, brand));

        ClientProfile profile = clients.orderProfile("pair-partner").orElseThrow();
        assertThat(profile.clientId()).isEqualTo("pair-brand");
        assertThat(profile.eInvoicingModel()).isEqualTo(EInvoicingModel.ERP);
        assertThat(profile.marketplaceAccount()).isEqualTo("pair-partner");
        assertThat(profile.b2b2c()).isEqualTo(partner.b2b2cTerms());
        assertThat(profile.b2b2c().costPrice().unitFor("TEE-M", new BigDecimal("799.00")))
                .contains(new BigDecimal("479.40"));
        assertThat(clients.orderProfile("pair-brand").orElseThrow().b2b2c()).as("the brand's own orders").isNull();
    }

    @Test
    void pairingsThatCannotRunAreRefusedBeforeAnythingIsWritten() {
        ClientSettings partner = partnerOf("lone-brand");
        partner.clientId = "lone-partner";
        ClientSettings brand = Fixtures.client("lone-brand", "LB");

        assertThatThrownBy(() -> clients.upsertAll(List.of(brand, partner)))
                .hasMessageContaining("lone-brand, which has no Ajio channel with sellerAccount lone-partner");
        assertThat(clients.find("lone-brand")).isEmpty();
        assertThat(ClientSettings.pairingProblems(List.of(partner))).containsExactly(
                "client lone-partner is fulfilled by lone-brand, which is not another configured client");
        partner.eInvoicingModel = EInvoicingModel.ERP;
        brand.channels = List.of(channelOn("lone-partner"));
        assertThat(ClientSettings.pairingProblems(List.of(brand, partner))).singleElement().asString()
                .contains("its e-invoicing model must be RMS");
    }

    private static ClientSettings partnerOf(String brandId) {
        ClientSettings partner = Fixtures.client("pair-partner", "PP");
        partner.supplierGstin = "29AABCP1234C1ZW";
        partner.fulfilledBy = new ClientSettings.FulfilledBy();
        partner.fulfilledBy.clientId = brandId;
        partner.fulfilledBy.billingAddress = new B2b2cTerms.BillingAddress("Partner Pvt Ltd", "12 MG Road",
                "Bengaluru", "Karnataka", "560001");
        partner.fulfilledBy.accountCodes = new B2b2cTerms.AccountCodes("P-1", "SALES", "RETURNS");
        partner.fulfilledBy.costPrice = CostPrice.percentOfSellingPrice(new BigDecimal("60"));
        return partner;
    }

    private static ChannelSettings channelOn(String partnerId) {
        ChannelSettings channel = new ChannelSettings();
        channel.channelId = "ajio-" + partnerId;
        channel.sellerAccount = partnerId;
        return channel;
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
