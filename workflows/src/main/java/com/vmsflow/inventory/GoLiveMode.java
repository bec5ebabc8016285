package com.vmsflow.inventory;

/**
 * How much of a client's stock a channel's inventory sync shows: a client goes live with {@link #ZERO} (every channel
 * SKU at 0 while the catalogue is checked), then {@link #ALLOW_LIST} (the listed SKUs at their real figure, the rest
 * at 0), then {@link #ALL}.
 */
public enum GoLiveMode {
    ALL,
    ALLOW_LIST,
    ZERO
}
