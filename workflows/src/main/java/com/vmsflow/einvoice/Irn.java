package com.vmsflow.einvoice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The Invoice Reference Number of the GST e-invoice system: lowercase hex SHA-256 of
 * {@code SupplierGSTIN + FinYear + DocType + DocNo}, no separators.
 */
public final class Irn {

    private static final Pattern SHAPE = Pattern.compile("^[0-9a-f]{64}$");

    private Irn() {
    }

    public static String of(String supplierGstin, LocalDate documentDate, DocumentType type, String documentNumber) {
        return of(supplierGstin, FinancialYear.of(documentDate), type, documentNumber);
    }

    public static String of(String supplierGstin, String financialYear, DocumentType type, String documentNumber) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((supplierGstin + financialYear + type.name() + documentNumber)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static boolean hasShape(String irn) {
        return irn != null && SHAPE.matcher(irn).matches();
    }
}
