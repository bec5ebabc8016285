package com.vmsflow.einvoice;

import java.util.regex.Pattern;

/** A GST document number: at most 16 characters, {@code ^[A-Z1-9][A-Z0-9/-]{0,15}$}. */
public final class DocumentNumber {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z1-9][A-Z0-9/-]{0,15}$");

    private DocumentNumber() {
    }

    public static boolean isValid(String docNo) {
        return docNo != null && SHAPE.matcher(docNo).matches();
    }
}
