package com.vmsflow.store;

import com.vmsflow.routing.Candidate;
import com.vmsflow.routing.LocationKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The locations a web store order may ship from (docs/design/omnichannel.md, "Routing"): those that serve its
 * channel (its locations, or all of the client's when it names none), each with what it has available now of the
 * order's SKUs in its GOOD pool (on hand less reserved). One query, by the inventory's primary key.
 */
public record RoutingCandidates(Jdbi jdbi) {

    public List<Candidate> of(String clientId, String channelId, Collection<String> skus) {
        Map<String, Row> byLocation = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select l.location_id, l.kind, l.country, l.city, i.sku, i.on_hand - i.reserved as available
                        from locations l
                        join channels c on c.client_id = l.client_id and c.channel_id = :channelId
                        left join inventory i on i.client_id = l.client_id and i.location = l.location_id
                                             and i.pool = 'GOOD' and i.sku = any(cast(:skus as text[]))
                        where l.client_id = :clientId
                          and (c.all_locations or exists (
                                select 1 from channel_locations cl
                                where cl.client_id = l.client_id and cl.channel_id = c.channel_id
                                  and cl.location = l.location_id))
                        order by l.location_id
                        """)
                .bind("clientId", clientId).bind("channelId", channelId).bind("skus", skus.toArray(String[]::new))
                .map((rs, ctx) -> {
                    String locationId = rs.getString("location_id");
                    LocationKind kind = LocationKind.valueOf(rs.getString("kind"));
                    String country = rs.getString("country");
                    String city = rs.getString("city");
                    Row row = byLocation.computeIfAbsent(locationId, id -> new Row(id, kind, country, city,
                            new LinkedHashMap<>()));
                    String sku = rs.getString("sku");
                    if (sku != null) {
                        row.available().put(sku, rs.getInt("available"));
                    }
                    return row;
                }).list());
        List<Candidate> candidates = new ArrayList<>();
        byLocation.values().forEach(r -> candidates.add(new Candidate(r.locationId(), r.kind(), r.country(), r.city(),
                r.available())));
        return candidates;
    }

    private record Row(String locationId, LocationKind kind, String country, String city,
                       Map<String, Integer> available) {
    }
}
