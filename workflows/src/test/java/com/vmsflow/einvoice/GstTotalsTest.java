package com.vmsflow.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GST sums, row by row; the expected values are the ones the four former copies computed. */
class GstTotalsTest {

    @ParameterizedTest(name = "{1} at {0} is {2}")
    @CsvSource({
            "999.00,   1, 999.00",
            "999,      2, 1998.00",
            "333.335,  1, 333.34",
            "333.334,  3, 1000.00",
            "0.005,    1, 0.01",
            "0.004,    1, 0.00",
            "1118.6,   1, 1118.60",
            "0,        5, 0.00"})
    void aLinesTaxableValueIsItsQuantityAtTheUnitPriceRoundedHalfUpToPaise(String unitPrice, int quantity,
                                                                          String taxable) {
        assertThat(GstTotals.taxableValue(new BigDecimal(unitPrice), quantity)).isEqualTo(taxable);
    }

    /** Each row: the document's value, then its lines as taxable value and GST rate, separated by spaces. */
    @ParameterizedTest(name = "{1} is worth {0}")
    @CsvSource({
            "1118.88,  999.00@12",
            "1118.88,  999@12.0",
            "1049.99,  999.99@5",
            "1180.00,  1000@18",
            "2298.88,  999.00@12 1000@18",
            "0.01,     0.01@5",
            "0.01,     0.004@5 0.004@5",
            "100.00,   100@0",
            "0.00,     ''"})
    void theDocumentsValueIsTheExactSumOfTaxableValuesAndTheirGstRoundedOnce(String value, String lines) {
        List<EInvoiceLine> parsed = Arrays.stream(lines.split(" ")).filter(s -> !s.isBlank()).map(s -> {
            String[] parts = s.split("@");
            return new EInvoiceLine(null, "SKU", null, 1, new BigDecimal(parts[0]), new BigDecimal(parts[1]));
        }).toList();
        assertThat(GstTotals.invoiceValue(parsed)).isEqualTo(value).isEqualTo(formerGatewayTotal(parsed));
    }

    /** The gateway's former sum ({@code taxable + taxable * rate / 100}): the same exact value, so the same total. */
    private static BigDecimal formerGatewayTotal(List<EInvoiceLine> lines) {
        return lines.stream()
                .map(l -> l.taxableValue().add(l.taxableValue().multiply(l.gstRate()).divide(BigDecimal.valueOf(100))))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
