package com.vmsflow.launcher.bench;

import com.vmsflow.config.ChannelSettings;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.LocationSettings;
import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.routing.Candidate;
import com.vmsflow.routing.Destination;
import com.vmsflow.routing.LocationKind;
import com.vmsflow.routing.Rate;
import com.vmsflow.routing.Routing;
import com.vmsflow.routing.RoutingDecision;
import com.vmsflow.routing.RoutingRequest;
import com.vmsflow.routing.Zone;
import com.vmsflow.store.RoutingCandidates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measurement 8 (issue 19): routing one web store order, the way the order's routing step does it: the candidates
 * read from PostgreSQL (each location of the channel with what it has of the order's SKUs) and the rule applied, timed
 * together, for orders of one to three random SKUs to random cities, with {@value #LOCATIONS} locations and
 * {@code skus} SKUs stocked at every one of them (written straight to the database).
 */
final class RoutingBench {

    static final String CLIENT = "bench-omni";
    static final String CHANNEL = "bench-web";
    static final int LOCATIONS = 50;
    /** The size, quick or not: the query's cost is what grows with it. */
    static final int SKUS = 10_000;
    private static final String[][] CITIES = {{"AE", "Dubai"}, {"AE", "Abu Dhabi"}, {"AE", "Sharjah"},
            {"QA", "Doha"}, {"QA", "Al Wakrah"}};
    private static final BigDecimal UNIT_KG = new BigDecimal("0.5");

    /** Timings in microseconds, sorted; how the orders were routed. */
    record Result(int locations, int skus, List<Long> micros, int split, int unfulfillable) {
        double p(double percentile) {
            return Bench.percentile(micros, percentile) / 1000.0;
        }

        double maxMillis() {
            return micros.isEmpty() ? 0 : micros.get(micros.size() - 1) / 1000.0;
        }
    }

    private final Bench bench;

    RoutingBench(Bench bench) {
        this.bench = bench;
    }

    /** The bench's web store client: {@value #LOCATIONS} locations in five cities, one channel over them all. */
    static ClientSettings client(ClientSettings client) {
        client.stockBuffer = 0;
        for (int i = 1; i <= LOCATIONS; i++) {
            String[] city = CITIES[i % CITIES.length];
            client.locations.add(LocationSettings.of(location(i), i % 10 == 0 ? LocationKind.WAREHOUSE
                    : LocationKind.STORE, city[0], city[1]));
            for (Zone zone : Zone.values()) {
                client.routing.rateCard.add(new Rate(location(i), zone, new BigDecimal("5"),
                        BigDecimal.valueOf(10 + zone.ordinal() * 15 + i % 7), 1 + zone.ordinal() * 2));
            }
        }
        ChannelSettings web = new ChannelSettings();
        web.channelId = CHANNEL;
        web.kind = ChannelKind.WEBSTORE;
        client.channels = new ArrayList<>(List.of(web));
        return client;
    }

    Result run(ClientSettings settings, int skus, int orders) {
        seed(skus);
        RoutingCandidates candidates = new RoutingCandidates(bench.jdbi);
        Random random = new Random(42);
        for (int i = 0; i < Math.min(200, orders); i++) {
            route(settings, candidates, random, skus); // the JIT and the connection pool, untimed
        }
        List<Long> micros = new ArrayList<>(orders);
        int split = 0;
        int unfulfillable = 0;
        for (int i = 0; i < orders; i++) {
            long started = System.nanoTime();
            RoutingDecision decision = route(settings, candidates, random, skus);
            micros.add((System.nanoTime() - started) / 1000);
            split += decision.split() ? 1 : 0;
            unfulfillable += decision.unfulfillable() ? 1 : 0;
        }
        micros.sort(Long::compare);
        Result result = new Result(LOCATIONS, skus, micros, split, unfulfillable);
        bench.progress("routing: %,d orders, p50 %.2f ms, p99 %.2f ms (%d split, %d unfulfillable)", orders,
                result.p(50), result.p(99), split, unfulfillable);
        return result;
    }

    private static RoutingDecision route(ClientSettings settings, RoutingCandidates candidates, Random random,
                                         int skus) {
        Map<String, Integer> units = new LinkedHashMap<>();
        int lines = 1 + random.nextInt(3);
        for (int l = 0; l < lines; l++) {
            units.put(sku(1 + random.nextInt(skus)), 1 + random.nextInt(2));
        }
        String[] city = CITIES[random.nextInt(CITIES.length)];
        List<Candidate> found = candidates.of(CLIENT, CHANNEL, units.keySet());
        return Routing.route(new RoutingRequest(new Destination(city[0], city[1], null), units, UNIT_KG, 2,
                settings.routing.whenNoLocationHasAll), found, settings.routing.card());
    }

    /** Every SKU at every location, 0 to 4 units (a fifth of them out): one statement, untimed. */
    private void seed(int skus) {
        long started = System.nanoTime();
        bench.jdbi.useHandle(h -> h.createUpdate("""
                        insert into inventory (client_id, sku, location, on_hand)
                        select :client, 'SKU-' || lpad(s::text, 6, '0'), l.location_id, (s * 7 + length(l.location_id)
                               + cast(substr(l.location_id, 5) as int)) % 5
                        from generate_series(1, :skus) s cross join locations l
                        where l.client_id = :client
                        on conflict do nothing
                        """).bind("client", CLIENT).bind("skus", skus).execute());
        bench.progress("routing: %,d SKUs at %d locations written in %.1f s", skus, LOCATIONS,
                (System.nanoTime() - started) / 1e9);
    }

    private static String location(int i) {
        return String.format("LOC-%02d", i);
    }

    private static String sku(int i) {
        return String.format("SKU-%06d", i);
    }
}
