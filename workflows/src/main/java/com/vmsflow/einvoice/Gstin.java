package com.vmsflow.einvoice;

import java.util.regex.Pattern;

/** The GST identification number: its shape and its check character (BRIEF, "Domain facts"). */
public final class Gstin {

    private static final Pattern SHAPE = Pattern.compile("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Gstin() {
    }

    public static boolean isValid(String gstin) {
        return gstin != null && SHAPE.matcher(gstin).matches() && checkCharacter(gstin) == gstin.charAt(14);
    }

    /** Why a GSTIN is refused, or null when it is valid. */
    public static String problem(String gstin) {
        if (gstin == null || gstin.isEmpty()) {
            return "GSTIN is required";
        }
        if (!SHAPE.matcher(gstin).matches()) {
            return "GSTIN " + gstin + " does not have the shape 99AAAAA9999A9Z9";
        }
        if (checkCharacter(gstin) != gstin.charAt(14)) {
            return "GSTIN " + gstin + " has a wrong check character (expected " + checkCharacter(gstin) + ")";
        }
        return null;
    }

    /** Factors alternate 1, 2 over the first 14 characters; each product adds its quotient and remainder by 36. */
    static char checkCharacter(String gstin) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int product = (i % 2 == 0 ? 1 : 2) * ALPHABET.indexOf(gstin.charAt(i));
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }
}
