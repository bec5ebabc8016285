package com.vmsflow.inventory;

/** One sales channel of one client: an Ajio seller account, or a web store. */
public record ChannelRef(String clientId, String channelId) {

    @Override
    public String toString() {
        return clientId + "/" + channelId;
    }
}
