package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.routing.LocationKind;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One of the client's locations (seed 003): a warehouse or a store, by the ERP's id, and where it is. */
public class LocationSettings {

    /** The ERP's id of it: inventory, routing and STORE keys name it so. */
    @NotEmpty
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
    @JsonProperty
    public String locationId;

    @NotNull
    @JsonProperty
    public LocationKind kind;

    /** ISO 3166 alpha-2, e.g. AE. */
    @NotEmpty
    @Pattern(regexp = "^[A-Z]{2}$")
    @JsonProperty
    public String country;

    @JsonProperty
    public String city;

    @JsonProperty
    public String postcode;

    public static LocationSettings of(String locationId, LocationKind kind, String country, String city) {
        LocationSettings location = new LocationSettings();
        location.locationId = locationId;
        location.kind = kind;
        location.country = country;
        location.city = city;
        return location;
    }
}
