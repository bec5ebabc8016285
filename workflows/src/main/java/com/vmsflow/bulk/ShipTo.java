package com.vmsflow.bulk;

/** Where a bulk order goes: the B2B buyer's address. */
public record ShipTo(String name, String line1, String city, String postcode, String country) {
}
