package com.vmsflow.gateway.channel;

import java.util.List;

/** A page of a client's channels by channel id; {@code next} is the {@code after} of the next page, null on the last. */
public record ChannelPage(List<ChannelState> channels, String next) {
}
