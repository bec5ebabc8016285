package com.vmsflow.sandbox.rms;

import java.math.BigDecimal;

/** A line of a document to register. */
public record RegistrationLine(String sku, String hsnCode, int quantity, BigDecimal taxableValue,
                               BigDecimal gstRate) {
}
