package com.vmsflow.sandbox.faults;

import com.vmsflow.sandbox.api.OutsideSystem;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/** The faults switched on per system, and the dice that decide which call gets one (seedable for tests). */
public class Faults {

    /** What happens to one call before it is handled. */
    public enum Verdict {
        PROCEED,
        ERROR,
        THROTTLE
    }

    private final Map<OutsideSystem, FaultSettings> settings = new ConcurrentHashMap<>();
    private final Random random;
    private final Duration lostResponseDelay;

    public Faults(Random random, Duration lostResponseDelay) {
        this.random = random;
        this.lostResponseDelay = lostResponseDelay;
    }

    public void set(FaultSettings faults) {
        settings.put(faults.system(), faults.validated());
    }

    public void clear() {
        settings.clear();
    }

    public List<FaultSettings> all() {
        return Arrays.stream(OutsideSystem.values()).map(this::of).toList();
    }

    public FaultSettings of(OutsideSystem system) {
        return settings.getOrDefault(system, FaultSettings.none(system));
    }

    /** One roll decides between a 503, a 429 and handling the call, so the two rates add up. */
    public Verdict verdict(FaultSettings faults) {
        if (faults.errorRate() == 0 && faults.throttleRate() == 0) {
            return Verdict.PROCEED;
        }
        double roll = random.nextDouble();
        if (roll < faults.errorRate()) {
            return Verdict.ERROR;
        }
        return roll < faults.errorRate() + faults.throttleRate() ? Verdict.THROTTLE : Verdict.PROCEED;
    }

    public boolean loseResponse(FaultSettings faults) {
        return faults.lostResponseRate() > 0 && random.nextDouble() < faults.lostResponseRate();
    }

    public Duration lostResponseDelay() {
        return lostResponseDelay;
    }
}
