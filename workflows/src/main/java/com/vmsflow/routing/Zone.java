package com.vmsflow.routing;

/**
 * How far a shipment goes, as the rate card prices it: within the location's city, within its country, abroad.
 */
public enum Zone {
    SAME_CITY,
    COUNTRY,
    ABROAD;

    /** The zone of a shipment from {@code from} to {@code to}; cities and countries compared as written, any case. */
    public static Zone of(Candidate from, Destination to) {
        if (!from.country().equalsIgnoreCase(to.country())) {
            return ABROAD;
        }
        return from.city() != null && from.city().equalsIgnoreCase(to.city()) ? SAME_CITY : COUNTRY;
    }
}
