package com.vmsflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.AjioOrderLine;
import com.vmsflow.b2b2c.CostPrice;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 002, step 3.3: the brand's e-invoice to its partner covers exactly what was packed, at the brand's cost price
 * for the partner. An order of two tees at 999.00, jeans at 1,999.00 and socks at 299.00; the socks were not found.
 */
class B2b2cInvoiceCheckTest {

    private static final CostPrice SIXTY_PERCENT = CostPrice.percentOfSellingPrice(new BigDecimal("60"));

    private final OrderState order = packedOrder();

    @Test
    void theInvoiceOfWhatWasPackedAtTheCostPriceIsTaken() {
        // 60 % of 999.00 is 599.40 a tee, two of them 1,198.80; 60 % of 1,999.00 is 1,199.40.
        assertThat(B2b2cInvoiceCheck.problems(order, SIXTY_PERCENT, invoice(
                line("TEE-M", 2, "1198.80"), line("JEANS-32", 1, "1199.40")))).isEmpty();
    }

    @Test
    void aQuantityOtherThanThePackedOneIsRefused() {
        assertThat(B2b2cInvoiceCheck.problems(order, SIXTY_PERCENT, invoice(
                line("TEE-M", 1, "599.40"), line("JEANS-32", 1, "1199.40"))))
                .containsExactly(Map.entry("lines[0].quantity", "must be the 2 packed of SKU TEE-M"));
    }

    @Test
    void aValueOtherThanTheCostPriceIsRefused() {
        assertThat(B2b2cInvoiceCheck.problems(order, SIXTY_PERCENT, invoice(
                line("TEE-M", 2, "1998.00"), line("JEANS-32", 1, "1199.40"))))
                .containsExactly(Map.entry("lines[0].taxableValue",
                        "must be the cost price of the 2 packed, 1198.80"));
    }

    @Test
    void aPackedSkuLeftOffTheInvoiceIsRefused() {
        assertThat(B2b2cInvoiceCheck.problems(order, SIXTY_PERCENT, invoice(line("TEE-M", 2, "1198.80"))))
                .containsExactly(Map.entry("lines", "every packed SKU is invoiced; missing: JEANS-32 (1 packed)"));
    }

    @Test
    void aSkuNotPackedOrNotOnTheOrderIsRefused() {
        assertThat(B2b2cInvoiceCheck.problems(order, SIXTY_PERCENT, invoice(line("TEE-M", 2, "1198.80"),
                line("JEANS-32", 1, "1199.40"), line("SOCKS", 1, "179.40"), line("CAP", 1, "100.00"))))
                .containsExactly(Map.entry("lines[2].quantity", "must be the 0 packed of SKU SOCKS"),
                        Map.entry("lines[3].sku", "SKU CAP is not on this order"));
    }

    @Test
    void aPricePerSkuValuesEachLineAndASkuWithoutOneIsRefused() {
        CostPrice list = CostPrice.bySku(Map.of("TEE-M", new BigDecimal("450")));
        assertThat(B2b2cInvoiceCheck.problems(order, list, invoice(
                line("TEE-M", 2, "900.00"), line("JEANS-32", 1, "1199.40"))))
                .containsExactly(Map.entry("lines[1].sku", "SKU JEANS-32 has no cost price for the partner"));
    }

    @Test
    void anInvoiceWithoutLinesIsRefused() {
        assertThat(B2b2cInvoiceCheck.problems(order, SIXTY_PERCENT, invoice()))
                .containsEntry("lines", "an invoice needs at least one line");
    }

    private static OrderState packedOrder() {
        OrderState state = OrderState.of(new NewOrder(OrderWorld.RMS_CLIENT, new AjioOrder("FL-B2B2C-1",
                Instant.parse("2026-12-04T04:00:00Z"), false, List.of(
                new AjioOrderLine("1", "AJ-TEE-M", 2, 0, new BigDecimal("999.00")),
                new AjioOrderLine("2", "AJ-JEANS-32", 1, 0, new BigDecimal("1999.00")),
                new AjioOrderLine("3", "AJ-SOCKS", 1, 0, new BigDecimal("299.00"))))));
        state.mapSkus(Map.of("AJ-TEE-M", "TEE-M", "AJ-JEANS-32", "JEANS-32", "AJ-SOCKS", "SOCKS"));
        state.applyPack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0), new PackLine("JEANS-32", 1, 0, 0),
                new PackLine("SOCKS", 0, 1, 0))));
        return state;
    }

    private static EInvoiceLine line(String sku, int quantity, String taxableValue) {
        return new EInvoiceLine(null, sku, "6109", quantity, new BigDecimal(taxableValue), new BigDecimal("12"));
    }

    private static EInvoice invoice(EInvoiceLine... lines) {
        return new EInvoice(DocumentType.INV, "DB2627000001", LocalDate.parse("2026-12-04"), "a".repeat(64), "qr",
                BigDecimal.ZERO, List.of(lines), "ERP");
    }
}
