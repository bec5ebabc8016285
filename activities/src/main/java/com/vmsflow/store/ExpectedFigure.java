package com.vmsflow.store;

/**
 * What a channel is to be shown of one channel SKU, before the go-live control: THE figure of its client SKU
 * ({@code channel_sku_available}; 0 without stock at the channel's locations).
 */
public record ExpectedFigure(String channelSku, String clientSku, int available) {
}
