package com.vmsflow.b2b2c;

import com.vmsflow.einvoice.GstTotals;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The brand's price to its partner for one unit of a SKU, the taxable unit value of the brand-to-partner B2B
 * e-invoice (seed 002: the B2B order "with different cost price"): either a share of the marketplace's selling price
 * or a price per client SKU, never both.
 *
 * @param percentOfSellingPrice the share, above 0 and at most 100, of the order line's selling price
 * @param bySku the unit price of each client SKU; a SKU missing from it has no cost price
 */
public record CostPrice(BigDecimal percentOfSellingPrice, Map<String, BigDecimal> bySku) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CostPrice {
        if ((percentOfSellingPrice == null) == (bySku == null || bySku.isEmpty())) {
            throw new IllegalArgumentException("a cost price is a percentage of the selling price or a price per SKU,"
                    + " one of the two");
        }
        if (percentOfSellingPrice != null && (percentOfSellingPrice.signum() <= 0
                || percentOfSellingPrice.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("percentOfSellingPrice must be above 0 and at most 100, not "
                    + percentOfSellingPrice);
        }
        if (bySku != null) {
            bySku.forEach((sku, price) -> {
                if (price == null || price.signum() <= 0) {
                    throw new IllegalArgumentException("the cost price of SKU " + sku + " must be above 0");
                }
            });
            bySku = Map.copyOf(new TreeMap<>(bySku));
        }
    }

    public static CostPrice percentOfSellingPrice(BigDecimal percent) {
        return new CostPrice(percent, null);
    }

    public static CostPrice bySku(Map<String, BigDecimal> prices) {
        return new CostPrice(null, prices);
    }

    /**
     * The unit price, in paise (rounded half up), of {@code sku} sold at {@code sellingPrice}; empty when there is
     * none (a SKU missing from {@code bySku}, or a share of a selling price not known).
     */
    public Optional<BigDecimal> unitFor(String sku, BigDecimal sellingPrice) {
        if (percentOfSellingPrice != null) {
            return Optional.ofNullable(sellingPrice)
                    .map(price -> GstTotals.inPaise(price.multiply(percentOfSellingPrice).movePointLeft(2)));
        }
        return Optional.ofNullable(bySku.get(sku)).map(GstTotals::inPaise);
    }
}
