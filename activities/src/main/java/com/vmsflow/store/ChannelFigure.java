package com.vmsflow.store;

import java.time.Instant;

/** What a channel was last shown of one of its SKUs, and when ({@code channel_stock}). */
public record ChannelFigure(String channelId, String channelSku, String clientSku, int quantity, Instant pushedAt) {
}
