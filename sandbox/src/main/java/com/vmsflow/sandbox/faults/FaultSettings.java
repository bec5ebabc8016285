package com.vmsflow.sandbox.faults;

import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.OutsideSystem;

/**
 * The faults switched on for one simulated system ({@code PUT /sandbox/faults}).
 *
 * @param latencyMs        added before every call
 * @param errorRate        share of calls answered 503 without effect
 * @param throttleRate     share of calls answered 429 {@code Retry-After: 1} without effect
 * @param lostResponseRate share of calls that take effect but whose answer is held back until the caller gives up
 */
public record FaultSettings(OutsideSystem system, long latencyMs, double errorRate, double throttleRate,
                            double lostResponseRate) {

    public static FaultSettings none(OutsideSystem system) {
        return new FaultSettings(system, 0, 0, 0, 0);
    }

    /** Refuses settings that cannot be applied: no system, negative latency, a rate outside [0, 1]. */
    public FaultSettings validated() {
        if (system == null) {
            throw ApiException.invalid("system is required: AJIO, RMS or ERP");
        }
        if (latencyMs < 0) {
            throw ApiException.invalid("latencyMs must not be negative");
        }
        requireRate("errorRate", errorRate);
        requireRate("throttleRate", throttleRate);
        requireRate("lostResponseRate", lostResponseRate);
        return this;
    }

    private static void requireRate(String field, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw ApiException.invalid(field + " must be between 0 and 1");
        }
    }
}
