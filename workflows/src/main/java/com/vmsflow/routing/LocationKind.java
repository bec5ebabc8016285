package com.vmsflow.routing;

/** What a location is: the ERP's warehouse or a store that also sells over the counter. */
public enum LocationKind {
    WAREHOUSE,
    STORE
}
