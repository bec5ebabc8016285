package com.vmsflow.inventory;

/** What kind of sales channel a client sells on (BRIEF, "The rest of the seeds"). */
public enum ChannelKind {
    /** An Ajio seller account: channel SKUs are the client's SKU mappings. */
    AJIO,
    /** The brand's own web store (release 2, seed 003): channel SKUs are the client's SKUs. */
    WEBSTORE
}
