package com.vmsflow.store;

/** What an API key may do: the ERP's and the warehouse's systems, a seller's user, or VMS Flow's support staff. */
public enum Role {
    ERP,
    WAREHOUSE,
    SELLER,
    SUPPORT
}
