package com.vmsflow.client;

/** How ERP postings reach the client's ERP. */
public enum PostingMode {
    /** We POST each posting to the ERP's URL. */
    PUSH,
    /** The ERP reads the postings feed of the gateway and acknowledges it. */
    PULL
}
