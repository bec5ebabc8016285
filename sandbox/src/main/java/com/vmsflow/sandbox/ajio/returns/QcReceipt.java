package com.vmsflow.sandbox.ajio.returns;

/** Ajio's answer to a QC update. */
public record QcReceipt(String returnId, String status) {

    public static QcReceipt updated(String returnId) {
        return new QcReceipt(returnId, "QC_UPDATED");
    }
}
