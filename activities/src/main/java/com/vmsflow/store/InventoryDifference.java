package com.vmsflow.store;

/**
 * One row of a reconciliation's report ({@code inventory_differences}).
 *
 * @param clientSku null when UNMAPPED
 * @param shown what the channel showed; null when MISSING_AT_CHANNEL
 * @param expected what we show it; null when UNMAPPED
 */
public record InventoryDifference(String channelSku, String clientSku, Integer shown, Integer expected, Kind kind,
                                  boolean pushed) {

    public enum Kind {
        DIFFERENT,
        MISSING_AT_CHANNEL,
        UNMAPPED
    }

    public static InventoryDifference different(String channelSku, String clientSku, int shown, int expected) {
        return new InventoryDifference(channelSku, clientSku, shown, expected, Kind.DIFFERENT, true);
    }

    public static InventoryDifference missing(String channelSku, String clientSku, int expected) {
        return new InventoryDifference(channelSku, clientSku, null, expected, Kind.MISSING_AT_CHANNEL, true);
    }

    public static InventoryDifference unmapped(String channelSku, int shown) {
        return new InventoryDifference(channelSku, null, shown, null, Kind.UNMAPPED, false);
    }
}
