package com.vmsflow.gateway.report;

/**
 * Keeps a CSV text cell from running as a formula when the file is opened in a spreadsheet (CSV injection, OWASP):
 * a cell that starts with one of {@code = + - @}, a tab or a carriage return gets a leading apostrophe.
 */
final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static String neutralise(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
