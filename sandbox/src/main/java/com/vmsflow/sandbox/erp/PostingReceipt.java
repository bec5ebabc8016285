package com.vmsflow.sandbox.erp;

/** The ERP's answer to a posting: {@code RECEIVED}, or {@code DUPLICATE} for a messageId it has seen. */
public record PostingReceipt(String status) {

    public static final PostingReceipt RECEIVED = new PostingReceipt("RECEIVED");
    public static final PostingReceipt DUPLICATE = new PostingReceipt("DUPLICATE");
}
