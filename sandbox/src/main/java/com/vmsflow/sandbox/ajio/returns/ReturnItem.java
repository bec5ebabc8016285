package com.vmsflow.sandbox.ajio.returns;

/**
 * An item of a return expectation. In a control request either {@code lineId} or {@code channelSku} names the
 * order line; on the feed both are given.
 */
public record ReturnItem(String lineId, String channelSku, int quantity) {
}
