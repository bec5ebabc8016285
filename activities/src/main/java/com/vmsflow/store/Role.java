package com.vmsflow.store;

/**
 * What an API key may do: the ERP's and the warehouse's systems, a seller's user, VMS Flow's support staff; and in
 * release 2 a web store ({@code CHANNEL}, one of the client's channels) and a store's staff ({@code STORE}, one of the
 * client's locations), each scoped to the one it serves.
 */
public enum Role {
    ERP,
    WAREHOUSE,
    SELLER,
    SUPPORT,
    /** A web store's key: one client, one channel (the key's scope). */
    CHANNEL,
    /** A store's staff: one client, one location (the key's scope); it acts only on orders routed there. */
    STORE;

    /** Whether a key of this role names the one channel or location it serves. */
    public boolean scoped() {
        return this == CHANNEL || this == STORE;
    }
}
