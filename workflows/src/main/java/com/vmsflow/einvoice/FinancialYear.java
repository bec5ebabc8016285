package com.vmsflow.einvoice;

import java.time.LocalDate;

/** India's financial year runs April to March and is written {@code YYYY-YY}, e.g. 2019-20. */
public final class FinancialYear {

    private FinancialYear() {
    }

    public static String of(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** The short form used in document numbers, e.g. {@code 1920} for 2019-20. */
    public static String compact(LocalDate date) {
        String fy = of(date);
        return fy.substring(2, 4) + fy.substring(5, 7);
    }
}
