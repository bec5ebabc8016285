package com.vmsflow.ajio;

/** A quantity of a channel SKU that came back to origin without a return expectation. */
public record RtoItem(String channelSku, int quantity) {
}
