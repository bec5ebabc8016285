package com.vmsflow.sandbox.ajio.rsi;

/** Ajio's answer to an RSI acceptance. */
public record RsiAcceptance(String documentId, String status) {

    public static RsiAcceptance accepted(String documentId) {
        return new RsiAcceptance(documentId, "ACCEPTED");
    }
}
