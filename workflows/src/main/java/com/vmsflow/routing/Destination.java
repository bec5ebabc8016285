package com.vmsflow.routing;

import java.util.Objects;

/** Where the customer wants the order: its country (ISO 3166 alpha-2), city and postcode. */
public record Destination(String country, String city, String postcode) {

    public Destination {
        Objects.requireNonNull(country, "country");
    }
}
