package com.vmsflow.client;

/** How a processed return is settled with Ajio (seed 000, "Return Flow"). */
public enum ReturnModel {
    CREDIT_NOTE_ERP,
    CREDIT_NOTE_RMS,
    RSI
}
