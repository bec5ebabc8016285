package com.vmsflow.bulk;

/** How a bulk order is allocated (seed 004, "Why bulk order ... remains Unfulfillable"). */
public enum FulfilmentType {
    /** FULFILLABLE only once every unit of every line can be allocated at once; until then nothing is held. */
    BLOCK_COMPLETE,
    /** Allocates what there is and stays open for the rest: a later allocate takes more. */
    PARTIAL
}
