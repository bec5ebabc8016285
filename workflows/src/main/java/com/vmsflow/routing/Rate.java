package com.vmsflow.routing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the rate card: from a location into a zone, a parcel of up to {@code upToKg} costs {@code cost} and
 * arrives in {@code days}.
 */
public record Rate(String from, Zone zone, BigDecimal upToKg, BigDecimal cost, int days) {

    public Rate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(zone, "zone");
        if (upToKg == null || upToKg.signum() <= 0) {
            throw new IllegalArgumentException("a rate's upToKg must be above 0");
        }
        if (cost == null || cost.signum() < 0) {
            throw new IllegalArgumentException("a rate's cost must not be negative");
        }
        if (days < 0) {
            throw new IllegalArgumentException("a rate's days must not be negative");
        }
    }
}
