package com.vmsflow.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ERP credit note check of a return received as 2 TEE-M that passed QC and 1 that failed, and 1 JEANS-32 that
 * failed: one credit note per row.
 */
class CreditNoteCheckTest {

    private static ReturnState received() {
        ReturnState state = new ReturnState();
        state.received(new ReturnReceipt(List.of(new ReceivedItem("TEE-M", 2, QcResult.PASS),
                new ReceivedItem("TEE-M", 1, QcResult.FAIL), new ReceivedItem("JEANS-32", 1, QcResult.FAIL))));
        return state;
    }

    private static EInvoiceLine line(String sku, int quantity) {
        return new EInvoiceLine(null, sku, "6109", quantity, new BigDecimal("761.90").multiply(
                BigDecimal.valueOf(quantity)), new BigDecimal("5"));
    }

    private static EInvoice creditNote(List<EInvoiceLine> lines) {
        return new EInvoice(DocumentType.CRN, "CN-1", LocalDate.of(2026, 11, 23), "irn", "h.p.s",
                new BigDecimal("1600.00"), lines, "ERP");
    }

    /** the credit note's lines, the problems by field (none: the credit note is taken). */
    static Stream<Arguments> creditNotes() {
        return Stream.of(
                Arguments.of("all that passed QC", List.of(line("TEE-M", 2)), Map.of()),
                Arguments.of("part of what passed QC", List.of(line("TEE-M", 1)), Map.of()),
                Arguments.of("no lines", List.of(), Map.of("lines", "a credit note needs at least one line")),
                Arguments.of("more than passed QC", List.of(line("TEE-M", 3)),
                        Map.of("lines[0].quantity", "must be between 1 and the 2 of SKU TEE-M that passed QC")),
                Arguments.of("a quantity of 0", List.of(line("TEE-M", 0)),
                        Map.of("lines[0].quantity", "must be between 1 and the 2 of SKU TEE-M that passed QC")),
                Arguments.of("a SKU that failed QC", List.of(line("TEE-M", 2), line("JEANS-32", 1)),
                        Map.of("lines[1].quantity", "must be between 1 and the 0 of SKU JEANS-32 that passed QC")),
                Arguments.of("a SKU not received", List.of(line("CAP", 1)),
                        Map.of("lines[0].quantity", "must be between 1 and the 0 of SKU CAP that passed QC")),
                Arguments.of("no SKU", List.of(line(null, 1)),
                        Map.of("lines[0].quantity", "must be between 1 and the 0 of SKU null that passed QC")),
                Arguments.of("a SKU twice", List.of(line("TEE-M", 1), line("TEE-M", 1)),
                        Map.of("lines[1].sku", "SKU TEE-M appears twice")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creditNotes")
    void aCreditNoteIsCheckedAgainstWhatPassedQc(String what, List<EInvoiceLine> lines,
                                                 Map<String, String> problems) {
        assertThat(CreditNoteCheck.problems(received(), creditNote(lines))).isEqualTo(problems);
    }
}
