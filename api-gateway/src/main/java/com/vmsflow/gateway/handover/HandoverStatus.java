package com.vmsflow.gateway.handover;

public enum HandoverStatus {
    /** Manifests are still being made at Ajio. */
    IN_PROGRESS,
    /** Every order is on a manifest. */
    COMPLETED,
    /** The handover workflow failed: support has to look. */
    FAILED,
    /** The handover's workflow has passed Temporal's retention: its manifests are on the orders. */
    ARCHIVED
}
