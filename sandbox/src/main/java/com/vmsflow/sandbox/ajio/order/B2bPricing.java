package com.vmsflow.sandbox.ajio.order;

import com.vmsflow.sandbox.api.Money;
import java.math.BigDecimal;

/** How the simulator prices Ajio's purchase from the seller: a fixed margin on the customer's price. */
public final class B2bPricing {

    public static final String HSN_CODE = "6109";

    private static final BigDecimal SELLER_SHARE = new BigDecimal("0.70");
    private static final BigDecimal LOW_RATE_LIMIT = new BigDecimal("1000");
    private static final BigDecimal LOW_RATE = BigDecimal.valueOf(5);
    private static final BigDecimal HIGH_RATE = BigDecimal.valueOf(12);

    private B2bPricing() {
    }

    /** 70% of the customer's price. */
    public static BigDecimal unitPrice(BigDecimal customerPrice) {
        return Money.of(customerPrice.multiply(SELLER_SHARE));
    }

    /** GST on apparel: 5% up to 1000 of customer price, 12% above. */
    public static BigDecimal gstRate(BigDecimal customerPrice) {
        return customerPrice.compareTo(LOW_RATE_LIMIT) <= 0 ? LOW_RATE : HIGH_RATE;
    }
}
