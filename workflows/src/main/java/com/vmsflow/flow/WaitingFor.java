package com.vmsflow.flow;

/** Whom a workflow is waiting for: the search attribute support staff filter on in Temporal Web. */
public enum WaitingFor {
    /** Nothing outside: the workflow is working, or holding the acknowledgement. */
    NONE,
    AJIO,
    ERP,
    RMS,
    WAREHOUSE,
    /** The client's own team: a SKU mapping or stock to upload. */
    SELLER,
    /** A person in support must look: a refused call, a flagged order. */
    SUPPORT
}
