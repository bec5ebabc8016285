package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentRepositoryTest {

    private static final LocalDate MAY_2026 = LocalDate.of(2026, 5, 4);

    private static TestDatabase db;
    private static DocumentRepository documents;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        Jdbi jdbi = db.jdbi();
        documents = new DocumentRepository(jdbi);
        ClientRepository clients = new ClientRepository(jdbi);
        clients.upsert(Fixtures.client("numbers", "DR"));
        clients.upsert(Fixtures.client("years", "YR"));
        clients.upsert(Fixtures.client("race-same", "RS"));
        clients.upsert(Fixtures.client("race-many", "RM"));
        clients.upsert(Fixtures.client("docs", "DD"));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aReferenceGetsOneNumberAndTheNextReferenceTheNextNumber() {
        String first = documents.allocateNumber("numbers", DocumentType.INV, "FO-1", MAY_2026);

        assertThat(first).isEqualTo("DR2627000001").matches("^[A-Z1-9][A-Z0-9/-]{0,15}$");
        assertThat(documents.allocateNumber("numbers", DocumentType.INV, "FO-1", MAY_2026)).isEqualTo(first);
        assertThat(documents.allocateNumber("numbers", DocumentType.INV, "FO-1", MAY_2026.plusYears(1)))
                .isEqualTo(first);
        assertThat(documents.allocateNumber("numbers", DocumentType.INV, "FO-2", MAY_2026)).isEqualTo("DR2627000002");
        // Credit notes have their own series.
        assertThat(documents.allocateNumber("numbers", DocumentType.CRN, "FO-1", MAY_2026)).isEqualTo("DR2627000001");
    }

    @Test
    void theSeriesRestartsWithEachFinancialYear() {
        assertThat(documents.allocateNumber("years", DocumentType.INV, "A", LocalDate.of(2026, 4, 1)))
                .isEqualTo("YR2627000001");
        assertThat(documents.allocateNumber("years", DocumentType.INV, "B", LocalDate.of(2027, 3, 31)))
                .isEqualTo("YR2627000002");
        assertThat(documents.allocateNumber("years", DocumentType.INV, "C", LocalDate.of(2027, 4, 1)))
                .isEqualTo("YR2728000001");
        assertThat(documents.allocateNumber("years", DocumentType.INV, "D", LocalDate.of(2026, 12, 1)))
                .isEqualTo("YR2627000003");
    }

    @Test
    void concurrentCallersForOneReferenceGetOneNumber() throws Exception {
        List<String> numbers =
                Fixtures.race(16, i -> documents.allocateNumber("race-same", DocumentType.INV, "FO-9", MAY_2026));

        assertThat(numbers).containsOnly("RS2627000001");
        assertThat(documents.allocateNumber("race-same", DocumentType.INV, "FO-10", MAY_2026))
                .isEqualTo("RS2627000002");
    }

    @Test
    void concurrentCallersForDifferentReferencesGetConsecutiveNumbers() throws Exception {
        List<String> numbers = Fixtures.race(16,
                i -> documents.allocateNumber("race-many", DocumentType.INV, "FO-" + i, MAY_2026));

        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("RM2627"))
                .extracting(n -> Integer.parseInt(n.substring(6)))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    }

    @Test
    void anUnknownClientHasNoSeries() {
        assertThatThrownBy(() -> documents.allocateNumber("nobody", DocumentType.INV, "FO-1", MAY_2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSavedDocumentIsKeptAsFirstSavedAndFoundByNumberOrReference() {
        StoredDocument invoice = new StoredDocument("docs", "FO-1", DocumentKind.B2B_INVOICE, "DD2627000001",
                MAY_2026, "RMS", "23f498ee41441ecad30f72ba5b9907506c3df70a17b0e0dff46b76a786400662",
                new BigDecimal("1499.50"), "{\"lines\": 2}");
        StoredDocument label = new StoredDocument("docs", "FO-1", DocumentKind.SHIPPING_LABEL, "AWB123", null, "AJIO",
                null, null, null);

        documents.save(invoice);
        documents.save(new StoredDocument("docs", "FO-1", DocumentKind.B2B_INVOICE, "DD2627000001", MAY_2026, "RMS",
                "other", BigDecimal.ONE, "{}"));
        documents.save(label);

        assertThat(documents.find("docs", DocumentKind.B2B_INVOICE, "DD2627000001")).contains(invoice);
        assertThat(documents.find("docs", DocumentKind.B2C_INVOICE, "DD2627000001")).isEmpty();
        assertThat(documents.forReference("docs", "FO-1"))
                .containsExactly(invoice, new StoredDocument("docs", "FO-1", DocumentKind.SHIPPING_LABEL, "AWB123",
                        null, "AJIO", null, null, "{}"));
        assertThat(documents.forReference("docs", "FO-2")).isEmpty();
    }
}
