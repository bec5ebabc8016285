package com.vmsflow.sync;

/** How far a feed was relayed to the workflows, and how many events went. */
public record FeedRelayed(String cursor, int relayed) {
}
