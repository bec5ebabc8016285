package com.vmsflow.ajio;

/** A quantity of one order line that Ajio expects to come back. */
public record ReturnItem(String lineId, String channelSku, int quantity) {
}
