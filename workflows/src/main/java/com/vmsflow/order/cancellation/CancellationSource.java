package com.vmsflow.order.cancellation;

/** Who asks for a cancellation (SOPs For Clients). */
public enum CancellationSource {
    /** The customer, through Ajio; only inside the acknowledgement hold. */
    CUSTOMER,
    /** A user of the client (or support), through the gateway. */
    SELLER,
    /** Ajio's business team, for an SLA breach or a tech issue. */
    AJIO_BUSINESS
}
