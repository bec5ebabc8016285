package com.vmsflow.returns;

/** A return's status, from Ajio's expectation to its settlement. */
public enum ReturnStatus {
    /** Ajio expects it; the warehouse has not received it yet. */
    EXPECTED,
    /** The warehouse received it and checked its quality. */
    RECEIVED,
    /** QC results are at Ajio. */
    QC_UPDATED,
    /** Model CREDIT_NOTE_ERP: waiting for the ERP's credit note. */
    AWAITING_CREDIT_NOTE,
    COMPLETED,
    /** Not ours, or items not on the order: recorded and refused. */
    REFUSED;

    public boolean isFinal() {
        return this == COMPLETED || this == REFUSED;
    }
}
