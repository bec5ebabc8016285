package com.vmsflow.ajio;

/** The warehouse's quality check of a returned item; FAIL and MISSING are settled offline with Ajio. */
public enum QcResult {
    PASS,
    FAIL,
    MISSING
}
