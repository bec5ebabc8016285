package com.vmsflow.sandbox.rms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /rms/v1/e-invoices}. {@code docType} is read as text so that a wrong one is a 422
 * naming it.
 */
public record RegistrationRequest(String supplierGstin, String buyerGstin, String docType, String docNo,
                                  LocalDate docDate, List<RegistrationLine> lines, BigDecimal totalValue) {
}
