package com.vmsflow.inventory;

import java.util.List;
import java.util.Optional;

/**
 * A channel's go-live control: its mode and, for {@link GoLiveMode#ALLOW_LIST}, the client SKUs it shows.
 *
 * @param skus client SKUs shown at their real figure under ALLOW_LIST; empty otherwise
 */
public record GoLive(GoLiveMode mode, List<String> skus) {

    /** The most SKUs an allow-list holds (it travels in the sync's history and state). */
    public static final int MAX_ALLOW_LIST = 5_000;

    public GoLive {
        skus = skus == null ? List.of() : List.copyOf(skus);
    }

    public static GoLive of(GoLiveMode mode) {
        return new GoLive(mode, List.of());
    }

    /** The quantity the channel is shown of a client SKU whose real figure is {@code available}. */
    public int shown(String clientSku, int available) {
        return switch (mode) {
            case ALL -> available;
            case ZERO -> 0;
            case ALLOW_LIST -> skus.contains(clientSku) ? available : 0;
        };
    }

    /** Why this control cannot be applied, in the words the API answers with; empty when it can. */
    public Optional<String> problem() {
        if (mode == null) {
            return Optional.of("mode is required: ALL, ALLOW_LIST or ZERO");
        }
        if (mode == GoLiveMode.ALLOW_LIST && skus.isEmpty()) {
            return Optional.of("ALLOW_LIST needs the skus it shows");
        }
        if (mode != GoLiveMode.ALLOW_LIST && !skus.isEmpty()) {
            return Optional.of("skus are for ALLOW_LIST only; " + mode + " shows " + (mode == GoLiveMode.ALL
                    ? "every SKU" : "no SKU"));
        }
        if (skus.size() > MAX_ALLOW_LIST) {
            return Optional.of("an allow-list holds at most " + MAX_ALLOW_LIST + " skus, not " + skus.size());
        }
        if (skus.stream().anyMatch(s -> s == null || s.isBlank())) {
            return Optional.of("skus may not be blank");
        }
        if (skus.stream().distinct().count() != skus.size()) {
            return Optional.of("skus may not repeat");
        }
        return Optional.empty();
    }
}
