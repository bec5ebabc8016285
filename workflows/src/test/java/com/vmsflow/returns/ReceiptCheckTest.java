package com.vmsflow.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.QcResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The receipt check of a return expecting 2 TEE-M and 1 JEANS-32, one receipt per row. */
class ReceiptCheckTest {

    private static ReturnState expecting() {
        ReturnState state = new ReturnState();
        state.lines(List.of(line("1", "TEE-M", 2), line("2", "JEANS-32", 1)));
        return state;
    }

    private static ReturnLine line(String lineId, String sku, int expected) {
        return new ReturnLine(lineId, "AJ-" + sku, sku, expected, new BigDecimal("799.00"), new BigDecimal("5"),
                "6109");
    }

    private static ReceivedItem item(String sku, int quantity, QcResult qc) {
        return new ReceivedItem(sku, quantity, qc);
    }

    /** the receipt's items, the problems by field (none: the receipt is taken). */
    static Stream<Arguments> receipts() {
        return Stream.of(
                Arguments.of("all expected, passed and failed", List.of(item("TEE-M", 1, QcResult.PASS),
                        item("TEE-M", 1, QcResult.FAIL), item("JEANS-32", 1, QcResult.MISSING)), Map.of()),
                Arguments.of("part of what was expected", List.of(item("JEANS-32", 1, QcResult.PASS)), Map.of()),
                Arguments.of("no items", List.of(), Map.of("items", "a receipt names at least one item")),
                Arguments.of("a SKU not expected", List.of(item("CAP", 1, QcResult.PASS)),
                        Map.of("items[0].sku", "SKU CAP is not expected on this return")),
                Arguments.of("no SKU", List.of(item("TEE-M", 1, QcResult.PASS), item(null, 1, QcResult.PASS)),
                        Map.of("items[1].sku", "SKU null is not expected on this return")),
                Arguments.of("a quantity of 0", List.of(item("TEE-M", 0, QcResult.PASS)),
                        Map.of("items[0]", "a quantity of at least 1 and a qc of PASS, FAIL or MISSING")),
                Arguments.of("no QC result", List.of(item("TEE-M", 1, null)),
                        Map.of("items[0]", "a quantity of at least 1 and a qc of PASS, FAIL or MISSING")),
                Arguments.of("more than expected, over two items", List.of(item("TEE-M", 2, QcResult.PASS),
                        item("TEE-M", 1, QcResult.FAIL)), Map.of("items", "3 of SKU TEE-M received but 2 expected")),
                Arguments.of("a bad item and too many of another", List.of(item("CAP", 1, QcResult.PASS),
                        item("JEANS-32", 2, QcResult.PASS)), Map.of("items[0].sku",
                        "SKU CAP is not expected on this return", "items", "2 of SKU JEANS-32 received but 1 expected")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receipts")
    void aReceiptIsCheckedAgainstWhatTheReturnExpects(String what, List<ReceivedItem> items,
                                                      Map<String, String> problems) {
        assertThat(ReceiptCheck.problems(expecting(), new ReturnReceipt(items))).isEqualTo(problems);
    }
}
