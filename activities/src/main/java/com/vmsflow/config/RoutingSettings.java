package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.routing.Rate;
import com.vmsflow.routing.RateCard;
import com.vmsflow.routing.WhenNoLocationHasAll;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How the client's web store orders are routed to its locations (docs/design/omnichannel.md, "Routing"). */
public class RoutingSettings {

    /** An order no single location can fill: split into shipments, or wait UNFULFILLABLE. */
    @NotNull
    @JsonProperty
    public WhenNoLocationHasAll whenNoLocationHasAll = WhenNoLocationHasAll.SPLIT;

    /** The weight of a unit, for the rate card's weight bands (no SKU carries its own yet). */
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty
    public BigDecimal unitWeightKg = new BigDecimal("0.5");

    /** Cost and service per location, zone and weight: {@code {from, zone, upToKg, cost, days}}. */
    @NotNull
    @JsonProperty
    public List<Rate> rateCard = new ArrayList<>();

    public RateCard card() {
        return new RateCard(rateCard);
    }
}
