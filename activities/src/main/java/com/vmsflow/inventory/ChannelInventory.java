package com.vmsflow.inventory;

import java.time.Duration;
import java.util.List;

/**
 * A kind of sales channel's inventory API, for the inventory sync: figures pushed in the channel's batch size, and
 * what it shows read back page by page in channel SKU code point order (PostgreSQL's {@code collate "C"}), so that
 * a reconciliation merges it with ours as two sorted streams. Thread-safe: one serves every channel of its kind.
 */
public interface ChannelInventory {

    ChannelKind kind();

    /** Sets what the channel shows for each channel SKU, absolute figures; all of them or none. */
    void push(ChannelRef channel, List<Figure> figures, String idempotencyKey) throws Throttled;

    /** What the channel shows after channel SKU {@code after} (null: from the first), at most {@code limit}. */
    Page page(ChannelRef channel, String after, int limit) throws Throttled;

    /** The most figures {@link #page} answers at once. */
    int maxPageSize();

    /** A channel SKU's figure: pushed, or shown by the channel. */
    record Figure(String channelSku, int quantity) {
    }

    /** @param next the cursor of the next page; null on the last */
    record Page(List<Figure> figures, String next) {

        public Page {
            figures = List.copyOf(figures);
        }
    }

    /** The channel's rate limit answered 429: nothing changed; call again after {@code retryAfter}. */
    final class Throttled extends Exception {

        private final Duration retryAfter;

        public Throttled(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
