package com.vmsflow.order.cancellation;

public enum CancellationKind {
    FULL,
    PARTIAL
}
