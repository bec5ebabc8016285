package com.vmsflow.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.einvoice.DocumentNumber;
import com.vmsflow.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway's document numbers are NIC's ({@link DocumentNumber}): its constraint, and what the spec publishes. */
class GstDocumentNumberTest {

    private final GstDocumentNumberValidator validator = new GstDocumentNumberValidator();

    @Test
    void numbersAreTakenAsNicsSchemaHasThemLettersOfEitherCase() {
        assertThat(validator.isValid("g2qxhY", null)).isTrue();
        assertThat(validator.isValid("INV/2627/0001", null)).isTrue();
        assertThat(validator.isValid("0inv", null)).isFalse();
        assertThat(validator.isValid("abcdefghijklmnopq", null)).isFalse();
    }

    @Test
    void theSpecPublishesTheOneRuleForEveryDocumentNumber() throws IOException {
        JsonNode spec;
        try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
            spec = Json.mapper().readTree(in);
        }
        List<String> patterns = new ArrayList<>();
        collect(spec, patterns);

        assertThat(patterns).as("invoiceNumber and creditNoteNumber").hasSizeGreaterThanOrEqualTo(2)
                .containsOnly(DocumentNumber.PATTERN);
    }

    private static void collect(JsonNode node, List<String> patterns) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if ((field.getKey().equals("invoiceNumber") || field.getKey().equals("creditNoteNumber"))
                    && field.getValue().has("pattern")) {
                patterns.add(field.getValue().get("pattern").asText());
            }
        }
        node.forEach(child -> collect(child, patterns));
    }
}
