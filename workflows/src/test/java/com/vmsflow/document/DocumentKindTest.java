package com.vmsflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.json.Json;
import com.vmsflow.order.DocumentRef;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document kinds keep the names the documents table, API.md and the histories hold. */
class DocumentKindTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"B2B_INVOICE", "B2C_INVOICE", "SHIPPING_LABEL", "MANIFEST", "CREDIT_NOTE"})
    void aKindIsWrittenAndReadByItsName(String name) throws Exception {
        DocumentKind kind = DocumentKind.valueOf(name);
        String json = Json.mapper().writeValueAsString(new DocumentRef(kind, "N-1", null, "AJIO",
                Instant.parse("2026-05-01T10:00:00Z")));
        assertThat(json).contains("\"type\":\"" + name + "\"");
        assertThat(Json.mapper().readValue(json, DocumentRef.class).type()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({"INV, B2B_INVOICE", "CRN, CREDIT_NOTE"})
    void aRegisteredGstDocumentIsKeptAsItsKind(DocumentType type, DocumentKind kind) {
        assertThat(DocumentKind.of(type)).isEqualTo(kind);
    }
}
