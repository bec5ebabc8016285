package com.vmsflow.sandbox.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money to two places, as the contract writes it. */
public final class Money {

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Equal amounts however they are written ({@code 5}, {@code 5.0}, {@code "5.00"}); null equals only null. */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
