package com.vmsflow.sandbox.ajio.returns;

/** An item of an RTO request. */
public record RtoItem(String channelSku, int quantity) {
}
