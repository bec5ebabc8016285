package com.vmsflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routing rule as a table of cases (seed 003, "route an order based on cost and service"): the stock of each
 * location, where the order goes, what it holds, the promised service and the client's split setting, then the
 * shipments chosen and the first of the reasons.
 */
class RoutingTest {

    /** Dubai's warehouse and two stores, one store in Abu Dhabi, one in Doha. */
    static final Map<String, Candidate> LOCATIONS = Map.of(
            "DXB-WH", location("DXB-WH", LocationKind.WAREHOUSE, "AE", "Dubai"),
            "DXB-STORE-1", location("DXB-STORE-1", LocationKind.STORE, "AE", "Dubai"),
            "DXB-STORE-3", location("DXB-STORE-3", LocationKind.STORE, "AE", "Dubai"),
            "AUH-STORE-2", location("AUH-STORE-2", LocationKind.STORE, "AE", "Abu Dhabi"),
            "DOH-STORE-1", location("DOH-STORE-1", LocationKind.STORE, "QA", "Doha"));

    static final RateCard CARD = new RateCard(List.of(
            rate("DXB-WH", Zone.SAME_CITY, "2", "12.00", 1), rate("DXB-WH", Zone.SAME_CITY, "10", "20.00", 1),
            rate("DXB-WH", Zone.COUNTRY, "2", "18.00", 2), rate("DXB-WH", Zone.COUNTRY, "10", "30.00", 2),
            rate("DXB-WH", Zone.ABROAD, "2", "60.00", 4),
            rate("DXB-STORE-1", Zone.SAME_CITY, "2", "10.00", 1), rate("DXB-STORE-1", Zone.COUNTRY, "2", "14.00", 3),
            rate("DXB-STORE-3", Zone.SAME_CITY, "2", "12.00", 1),
            rate("AUH-STORE-2", Zone.SAME_CITY, "2", "10.00", 1), rate("AUH-STORE-2", Zone.COUNTRY, "2", "16.00", 2),
            rate("DOH-STORE-1", Zone.SAME_CITY, "2", "9.00", 1), rate("DOH-STORE-1", Zone.COUNTRY, "2", "15.00", 2),
            rate("DOH-STORE-1", Zone.ABROAD, "2", "40.00", 3)));

    static Stream<Arguments> cases() {
        return Stream.of(
                // stock | to | units | promise | setting | shipments | first reason
                row("DXB-WH:TEE-M=5; DXB-STORE-1:TEE-M=5; DXB-STORE-3:TEE-M=5", "AE/Dubai", "TEE-M=1", null, "SPLIT",
                        "DXB-STORE-1:TEE-M=1", "DXB-STORE-1 (STORE): chosen: holds it all; SAME_CITY 1 day at 10.00"),
                row("DXB-WH:TEE-M=5; DXB-STORE-3:TEE-M=5", "AE/Dubai", "TEE-M=1", null, "SPLIT",
                        "DXB-WH:TEE-M=1", "DXB-WH (WAREHOUSE): chosen"),
                row("DXB-WH:TEE-M=5; DXB-STORE-1:TEE-M=5; AUH-STORE-2:TEE-M=5", "AE/Abu Dhabi", "TEE-M=1", null,
                        "SPLIT", "AUH-STORE-2:TEE-M=1", "AUH-STORE-2 (STORE): chosen: holds it all; SAME_CITY"),
                row("DXB-WH:TEE-M=5; DXB-STORE-1:TEE-M=5; AUH-STORE-2:TEE-M=0", "AE/Abu Dhabi", "TEE-M=1", null,
                        "SPLIT", "DXB-STORE-1:TEE-M=1", "DXB-STORE-1 (STORE): chosen: holds it all; COUNTRY 3 days at"
                                + " 14.00"),
                row("DXB-WH:TEE-M=5; DXB-STORE-1:TEE-M=5", "AE/Abu Dhabi", "TEE-M=1", 2, "SPLIT",
                        "DXB-WH:TEE-M=1", "DXB-WH (WAREHOUSE): chosen: holds it all; COUNTRY 2 days at 18.00"),
                row("DXB-STORE-1:TEE-M=5", "AE/Abu Dhabi", "TEE-M=1", 2, "SPLIT",
                        "DXB-STORE-1:TEE-M=1", "DXB-STORE-1 (STORE): chosen"),
                row("DXB-WH:TEE-M=5; DOH-STORE-1:TEE-M=5", "QA/Doha", "TEE-M=1", null, "SPLIT",
                        "DOH-STORE-1:TEE-M=1", "DOH-STORE-1 (STORE): chosen: holds it all; SAME_CITY 1 day at 9.00"),
                row("DXB-WH:TEE-M=5; DOH-STORE-1:TEE-M=0", "QA/Doha", "TEE-M=1", null, "SPLIT",
                        "DXB-WH:TEE-M=1", "DXB-WH (WAREHOUSE): chosen: holds it all; ABROAD 4 days at 60.00"),
                row("DXB-WH:TEE-M=9; DXB-STORE-1:TEE-M=9", "AE/Dubai", "TEE-M=5", null, "SPLIT",
                        "DXB-WH:TEE-M=5", "DXB-WH (WAREHOUSE): chosen: holds it all; SAME_CITY 1 day at 20.00"),
                row("DXB-WH:TEE-M=2; DXB-STORE-1:JEANS-32=1", "AE/Dubai", "TEE-M=2, JEANS-32=1", null, "SPLIT",
                        "DXB-WH:TEE-M=2 | DXB-STORE-1:JEANS-32=1", "split into 2 shipments"),
                row("DXB-WH:TEE-M=2; DXB-STORE-1:JEANS-32=1", "AE/Dubai", "TEE-M=2, JEANS-32=1", null, "WAIT",
                        "UNFULFILLABLE", "UNFULFILLABLE: no location holds it all and the client waits"),
                row("DXB-WH:TEE-M=1; DXB-STORE-1:TEE-M=1", "AE/Dubai", "TEE-M=3", null, "SPLIT",
                        "UNFULFILLABLE", "UNFULFILLABLE: no location holds it all, and together they are short of 1"
                                + " x TEE-M"),
                row("DXB-WH:TEE-M=5; DOH-STORE-1:TEE-M=5", "IN/Mumbai", "TEE-M=1", null, "SPLIT",
                        "DOH-STORE-1:TEE-M=1", "DOH-STORE-1 (STORE): chosen: holds it all; ABROAD 3 days at 40.00"),
                row("DXB-STORE-1:TEE-M=5; AUH-STORE-2:TEE-M=5", "IN/Mumbai", "TEE-M=1", null, "SPLIT",
                        "UNFULFILLABLE", "UNFULFILLABLE: no location holds it all, and together they are short of 1"
                                + " x TEE-M"));
    }

    @ParameterizedTest(name = "{0} to {1}, {2}, promise {3}, {4}: {5}")
    @MethodSource("cases")
    void theLocationChosenAndWhy(String stock, String to, String units, Integer promise, String setting,
                                 String expected, String firstReason) {
        RoutingDecision decision = Routing.route(request(to, units, promise, setting), candidates(stock), CARD);

        assertThat(shipments(decision)).isEqualTo(expected);
        assertThat(decision.reasons().get(0)).startsWith(firstReason);
    }

    @Test
    void everyLocationConsideredHasAReasonAndTheSameInputGivesTheSameDecision() {
        String stock = "DXB-WH:TEE-M=5; DXB-STORE-1:TEE-M=0; DXB-STORE-3:TEE-M=5; AUH-STORE-2:TEE-M=5;"
                + " DOH-STORE-1:TEE-M=5";
        RoutingDecision decision = Routing.route(request("AE/Dubai", "TEE-M=2", null, "SPLIT"), candidates(stock),
                CARD);

        assertThat(decision.reasons()).containsExactly(
                "DXB-WH (WAREHOUSE): chosen: holds it all; SAME_CITY 1 day at 12.00",
                "DXB-STORE-3 (STORE): holds it all; SAME_CITY 1 day at 12.00; not chosen: a store: a warehouse ships"
                        + " first at the same cost",
                "AUH-STORE-2 (STORE): holds it all; COUNTRY 2 days at 16.00; not chosen: dearer",
                "DOH-STORE-1 (STORE): holds it all; ABROAD 3 days at 40.00; not chosen: dearer",
                "DXB-STORE-1 (STORE): short of TEE-M (0 of 2)");
        assertThat(Routing.route(request("AE/Dubai", "TEE-M=2", null, "SPLIT"), candidates(stock), CARD))
                .isEqualTo(decision);
    }

    @Test
    void aSplitTakesTheLocationThatShipsMostFirstThenTheCheapestForTheRest() {
        RoutingDecision decision = Routing.route(request("AE/Dubai", "TEE-M=3, JEANS-32=2, KURTA-L=1", null,
                "SPLIT"), candidates("DXB-WH:TEE-M=3, JEANS-32=1; DXB-STORE-1:JEANS-32=2, KURTA-L=1;"
                + " DXB-STORE-3:KURTA-L=1"), CARD);

        assertThat(shipments(decision)).isEqualTo("DXB-WH:JEANS-32=1, TEE-M=3 | DXB-STORE-1:JEANS-32=1, KURTA-L=1");
        assertThat(decision.split()).isTrue();
        assertThat(decision.reasons()).startsWith("split into 2 shipments: no location holds it all (SPLIT)",
                "DXB-WH (WAREHOUSE): ships 1 x JEANS-32, 3 x TEE-M; SAME_CITY 1 day at 12.00",
                "DXB-STORE-1 (STORE): ships 1 x JEANS-32, 1 x KURTA-L; SAME_CITY 1 day at 10.00");
    }

    // --- the table's language --------------------------------------------------------------------------------

    private static Arguments row(String stock, String to, String units, Integer promise, String setting,
                                 String expected, String firstReason) {
        return Arguments.of(stock, to, units, promise, setting, expected, firstReason);
    }

    static RoutingRequest request(String to, String units, Integer promise, String setting) {
        String[] place = to.split("/");
        return new RoutingRequest(new Destination(place[0], place[1], null), quantities(units),
                new BigDecimal("0.5"), promise, WhenNoLocationHasAll.valueOf(setting));
    }

    /** {@code "DXB-WH:TEE-M=5, JEANS-32=1; DXB-STORE-1:TEE-M=2"}: each location's available stock. */
    static List<Candidate> candidates(String stock) {
        List<Candidate> candidates = new ArrayList<>();
        for (String part : stock.split(";")) {
            String[] location = part.strip().split(":");
            Candidate base = LOCATIONS.get(location[0]);
            candidates.add(new Candidate(base.locationId(), base.kind(), base.country(), base.city(),
                    quantities(location[1])));
        }
        return candidates;
    }

    private static Map<String, Integer> quantities(String list) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            String[] skuAndUnits = item.strip().split("=");
            quantities.put(skuAndUnits[0], Integer.parseInt(skuAndUnits[1]));
        }
        return quantities;
    }

    private static String shipments(RoutingDecision decision) {
        if (decision.unfulfillable()) {
            return "UNFULFILLABLE";
        }
        return decision.shipments().stream().map(s -> s.locationId() + ":" + s.units().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "))).collect(Collectors.joining(" | "));
    }

    private static Candidate location(String id, LocationKind kind, String country, String city) {
        return new Candidate(id, kind, country, city, Map.of());
    }

    private static Rate rate(String from, Zone zone, String upToKg, String cost, int days) {
        return new Rate(from, zone, new BigDecimal(upToKg), new BigDecimal(cost), days);
    }
}
