package com.vmsflow.sandbox.ajio.returns;

/** The warehouse's quality check of a returned item. */
public enum QcResult {
    PASS,
    FAIL,
    MISSING
}
