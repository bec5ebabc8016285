package com.vmsflow.ajio;

/** A client's Ajio seller account; it is also the body of Ajio's token request. */
public record SellerAccount(String sellerId, String secret) {

    /** Keeps the secret out of logs and failure messages. */
    @Override
    public String toString() {
        return "SellerAccount[sellerId=" + sellerId + ", secret=***]";
    }
}
