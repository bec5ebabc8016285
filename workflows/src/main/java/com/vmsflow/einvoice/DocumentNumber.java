package com.vmsflow.einvoice;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A GST document number as NIC's e-invoice schema (INV-01) has it: at most 16 characters, letters of either case,
 * digits, {@code /} and {@code -}, not starting with {@code 0}, {@code /} or {@code -}: {@value #PATTERN}. NIC has
 * issued IRNs for numbers such as {@code g2qxhY}; the IRN is computed over the number as written (BRIEF, "Domain
 * facts"), so {@code g2qxhY} and {@code G2QXHY} have different IRNs. NIC's duplicate check, though, does not tell
 * them apart: {@link #duplicateKey} is what two numbers must share to be one document to NIC.
 */
public final class DocumentNumber {

    /** The shape, as NIC's schema writes it. */
    public static final String PATTERN = "^[a-zA-Z1-9][a-zA-Z0-9/-]{0,15}$";

    /** What a refusal says the shape is (the gateway's constraint message and the sandbox's RMS say the same). */
    public static final String RULE = "a GST document number: 1 to 16 of letters (either case), digits, / and -,"
            + " starting with a letter or 1-9";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private DocumentNumber() {
    }

    public static boolean isValid(String docNo) {
        return docNo != null && SHAPE.matcher(docNo).matches();
    }

    /** The number as NIC's duplicate check sees it: letters of either case are the same letter. */
    public static String duplicateKey(String docNo) {
        return docNo == null ? null : docNo.toUpperCase(Locale.ROOT);
    }
}
