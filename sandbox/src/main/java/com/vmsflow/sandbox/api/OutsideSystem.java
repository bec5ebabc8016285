package com.vmsflow.sandbox.api;

/** The outside systems the sandbox simulates. */
public enum OutsideSystem {
    AJIO,
    RMS,
    ERP
}
