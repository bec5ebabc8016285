package com.vmsflow.routing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The routing rule (docs/design/omnichannel.md, "Routing"). A location is considered when the rate card has a row
 * from it into the destination's zone. Of those that hold every unit, the one that meets the promised service at
 * the lowest cost (none meets it: the fastest, then the cheapest); a warehouse before a store at the same cost (a
 * store sells over the counter too), then by location id. When none holds everything, the client's choice: SPLIT
 * into shipments (the location that can ship the most units first, then the cheapest, and so on for the rest), or
 * WAIT (UNFULFILLABLE). Pure and deterministic: the same request and candidates give the same decision and reasons.
 */
public final class Routing {

    private Routing() {
    }

    public static RoutingDecision route(RoutingRequest request, List<Candidate> candidates, RateCard card) {
        List<Candidate> considered = candidates.stream().sorted(Comparator.comparing(Candidate::locationId)).toList();
        List<String> notShipping = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        List<Option> whole = new ArrayList<>();
        List<Candidate> shipping = new ArrayList<>();
        BigDecimal weight = request.weightOf(request.units());
        for (Candidate candidate : considered) {
            Zone zone = Zone.of(candidate, request.to());
            if (card.rate(candidate.locationId(), zone, BigDecimal.ZERO).isEmpty()) {
                notShipping.add(name(candidate) + ": no rate into " + zone + " (" + request.to().country() + ")");
                continue;
            }
            shipping.add(candidate);
            String lacking = lacking(candidate, request.units());
            Optional<Rate> rate = card.rate(candidate.locationId(), zone, weight);
            if (!lacking.isEmpty()) {
                short_.add(name(candidate) + ": short of " + lacking);
            } else if (rate.isEmpty()) {
                short_.add(name(candidate) + ": holds it all, but no rate for " + weight.toPlainString() + " kg into "
                        + zone);
            } else {
                whole.add(new Option(candidate, zone, request.units(), rate.get()));
            }
        }
        if (!whole.isEmpty()) {
            return single(request, whole, short_, notShipping);
        }
        List<String> reasons = new ArrayList<>();
        if (request.whenNoLocationHasAll() == WhenNoLocationHasAll.WAIT) {
            reasons.add("UNFULFILLABLE: no location holds it all and the client waits for one (WAIT)");
            reasons.addAll(short_);
            reasons.addAll(notShipping);
            return new RoutingDecision(List.of(), reasons);
        }
        return split(request, shipping, card, short_, notShipping);
    }

    /** One location holds it all: the best of them by promise, cost, kind and id. */
    private static RoutingDecision single(RoutingRequest request, List<Option> whole, List<String> short_,
                                          List<String> notShipping) {
        Comparator<Option> best = byPromise(request.promisedDays()).thenComparing(o -> o.rate().cost())
                .thenComparing(o -> o.candidate().kind()).thenComparing(o -> o.candidate().locationId());
        List<Option> ranked = whole.stream().sorted(best).toList();
        Option chosen = ranked.get(0);
        List<String> reasons = new ArrayList<>();
        reasons.add(name(chosen.candidate()) + ": chosen: holds it all; " + terms(chosen));
        for (Option other : ranked.subList(1, ranked.size())) {
            reasons.add(name(other.candidate()) + ": holds it all; " + terms(other) + "; not chosen: "
                    + whyNot(other, chosen, request.promisedDays()));
        }
        reasons.addAll(short_);
        reasons.addAll(notShipping);
        return new RoutingDecision(List.of(chosen.shipment()), reasons);
    }

    /** SPLIT: the location that can ship the most of what is left, then the cheapest, until nothing is left. */
    private static RoutingDecision split(RoutingRequest request, List<Candidate> shipping, RateCard card,
                                         List<String> short_, List<String> notShipping) {
        Map<String, Integer> left = new TreeMap<>(request.units());
        Set<String> used = new HashSet<>();
        List<Option> parts = new ArrayList<>();
        Comparator<Option> best = Comparator.comparing((Option o) -> -o.unitCount())
                .thenComparing(byPromise(request.promisedDays())).thenComparing(o -> o.rate().cost())
                .thenComparing(o -> o.candidate().kind()).thenComparing(o -> o.candidate().locationId());
        while (!left.isEmpty()) {
            Option next = null;
            for (Candidate candidate : shipping) {
                if (used.contains(candidate.locationId())) {
                    continue;
                }
                Map<String, Integer> take = new TreeMap<>();
                left.forEach((sku, units) -> {
                    int can = Math.min(units, candidate.available(sku));
                    if (can > 0) {
                        take.put(sku, can);
                    }
                });
                Zone zone = Zone.of(candidate, request.to());
                Optional<Rate> rate = take.isEmpty() ? Optional.empty()
                        : card.rate(candidate.locationId(), zone, request.weightOf(take));
                if (rate.isPresent()) {
                    Option option = new Option(candidate, zone, take, rate.get());
                    if (next == null || best.compare(option, next) < 0) {
                        next = option;
                    }
                }
            }
            if (next == null) {
                break;
            }
            parts.add(next);
            used.add(next.candidate().locationId());
            next.units().forEach((sku, units) -> left.merge(sku, -units, Integer::sum));
            left.values().removeIf(units -> units <= 0);
        }
        List<String> reasons = new ArrayList<>();
        if (!left.isEmpty()) {
            reasons.add("UNFULFILLABLE: no location holds it all, and together they are short of "
                    + describe(left));
            reasons.addAll(short_);
            reasons.addAll(notShipping);
            return new RoutingDecision(List.of(), reasons);
        }
        reasons.add("split into " + parts.size() + " shipments: no location holds it all (SPLIT)");
        for (Option part : parts) {
            reasons.add(name(part.candidate()) + ": ships " + describe(part.units()) + "; " + terms(part));
        }
        List<String> lacking = short_.stream().filter(r -> parts.stream().noneMatch(p -> r.startsWith(
                name(p.candidate()) + ":"))).toList();
        reasons.addAll(lacking);
        reasons.addAll(notShipping);
        return new RoutingDecision(parts.stream().map(Option::shipment).toList(), reasons);
    }

    /** Those that meet the promise first (all do when none is made); of those that do not, the fastest first. */
    private static Comparator<Option> byPromise(Integer promisedDays) {
        return Comparator.comparing((Option o) -> meets(o, promisedDays) ? 0 : 1)
                .thenComparing(o -> meets(o, promisedDays) ? 0 : o.rate().days());
    }

    private static boolean meets(Option option, Integer promisedDays) {
        return promisedDays == null || option.rate().days() <= promisedDays;
    }

    private static String whyNot(Option other, Option chosen, Integer promisedDays) {
        if (meets(chosen, promisedDays) && !meets(other, promisedDays)) {
            return "slower than the promised " + promisedDays + " days";
        }
        if (!meets(chosen, promisedDays) && other.rate().days() > chosen.rate().days()) {
            return "slower, and none meets the promised " + promisedDays + " days";
        }
        int cost = other.rate().cost().compareTo(chosen.rate().cost());
        if (cost > 0) {
            return "dearer";
        }
        if (other.candidate().kind() != chosen.candidate().kind()) {
            return "a store: a warehouse ships first at the same cost";
        }
        return "the same cost and service: by location id";
    }

    private static String lacking(Candidate candidate, Map<String, Integer> units) {
        List<String> lacking = new ArrayList<>();
        units.forEach((sku, wanted) -> {
            int has = candidate.available(sku);
            if (has < wanted) {
                lacking.add(sku + " (" + has + " of " + wanted + ")");
            }
        });
        return String.join(", ", lacking);
    }

    private static String terms(Option option) {
        return option.zone() + " " + option.rate().days() + (option.rate().days() == 1 ? " day" : " days") + " at "
                + option.rate().cost().toPlainString();
    }

    private static String name(Candidate candidate) {
        return candidate.locationId() + " (" + candidate.kind() + ")";
    }

    private static String describe(Map<String, Integer> units) {
        Map<String, Integer> ordered = new LinkedHashMap<>(new TreeMap<>(units));
        List<String> parts = new ArrayList<>();
        ordered.forEach((sku, n) -> parts.add(n + " x " + sku));
        return String.join(", ", parts);
    }

    /** A location shipping some units at the rate card's terms. */
    private record Option(Candidate candidate, Zone zone, Map<String, Integer> units, Rate rate) {

        int unitCount() {
            return units.values().stream().mapToInt(Integer::intValue).sum();
        }

        Shipment shipment() {
            return new Shipment(candidate.locationId(), units, zone, rate.cost(), rate.days());
        }
    }
}
