package com.vmsflow.b2b2c;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The brand's cost price for its partner (seed 002): a share of the selling price or a price per SKU. */
class CostPriceTest {

    @Test
    void aShareOfTheSellingPriceIsRoundedHalfUpToThePaisa() {
        CostPrice share = CostPrice.percentOfSellingPrice(new BigDecimal("62.5"));
        assertThat(share.unitFor("TEE-M", new BigDecimal("999.00"))).hasValue(new BigDecimal("624.38"));
        assertThat(share.unitFor("ANY", new BigDecimal("0.01"))).hasValue(new BigDecimal("0.01"));
    }

    @Test
    void aPricePerSkuKnowsOnlyItsSkus() {
        CostPrice list = CostPrice.bySku(Map.of("TEE-M", new BigDecimal("450")));
        assertThat(list.unitFor("TEE-M", new BigDecimal("999.00"))).hasValue(new BigDecimal("450.00"));
        assertThat(list.unitFor("JEANS-32", new BigDecimal("1999.00"))).isEmpty();
    }

    @Test
    void oneRuleExactlyAndOnlyPricesAboveZero() {
        assertThatThrownBy(() -> new CostPrice(null, null)).hasMessageContaining("one of the two");
        assertThatThrownBy(() -> new CostPrice(BigDecimal.TEN, Map.of("TEE-M", BigDecimal.ONE)))
                .hasMessageContaining("one of the two");
        assertThatThrownBy(() -> CostPrice.percentOfSellingPrice(BigDecimal.ZERO)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> CostPrice.percentOfSellingPrice(new BigDecimal("100.01")))
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> CostPrice.bySku(Map.of("TEE-M", BigDecimal.ZERO)))
                .hasMessageContaining("TEE-M must be above 0");
    }
}
