package com.vmsflow.gateway.handover;

import java.util.List;

/** A handover as the API answers it; {@code manifests} are those made so far (absent when not known). */
public record HandoverView(String handoverId, String courier, HandoverStatus status, List<ManifestView> manifests) {

    /** One Ajio manifest: at most 250 orders. */
    public record ManifestView(String manifestId, List<String> orderIds) {
    }

    static HandoverView of(String handoverId, String courier, HandoverWorkflows.Outcome outcome) {
        List<ManifestView> manifests = outcome.manifests() == null ? null : outcome.manifests().stream()
                .map(m -> new ManifestView(m.manifestId(), m.shipmentIds())).toList();
        return new HandoverView(handoverId, courier, outcome.status(), manifests);
    }
}
