package com.vmsflow.routing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The courier's prices (seed 003, "rating engines"): cost and service per location, zone and weight. */
public record RateCard(List<Rate> rates) {

    public RateCard {
        rates = List.copyOf(rates);
    }

    /** The rate of a parcel of {@code weightKg} from the location into the zone: the smallest weight band that holds it. */
    public Optional<Rate> rate(String from, Zone zone, BigDecimal weightKg) {
        return rates.stream()
                .filter(r -> r.from().equals(from) && r.zone() == zone && r.upToKg().compareTo(weightKg) >= 0)
                .min(Comparator.comparing(Rate::upToKg));
    }
}
