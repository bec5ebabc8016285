package com.vmsflow.gateway.validation;

/** Patterns shared by request bodies. */
public final class Printable {

    /** No control characters (tabs, newlines, NUL...): identifiers end up in files, logs and other systems. */
    public static final String PATTERN = "^\\P{Cc}*$";
    public static final String MESSAGE = "must not contain control characters";

    private Printable() {
    }
}
