package com.vmsflow.sandbox.ajio.order;

/** Who cancelled at Ajio, as the cancellation feed says (the seller's own cancellations are not on it). */
public enum CancellationSource {
    CUSTOMER,
    AJIO_BUSINESS
}
