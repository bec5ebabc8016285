package com.vmsflow.gateway.handover;

import com.vmsflow.order.OrderStatus;
import java.util.List;

/**
 * A handover as the API answers it; {@code manifests} are those made so far (absent when not known); {@code keptBack}
 * the orders of the request left off its manifests, each with why (in the answer to the request only: absent on a
 * read).
 */
public record HandoverView(String handoverId, String courier, HandoverStatus status, List<ManifestView> manifests,
                           List<KeptBack> keptBack) {

    /** One Ajio manifest: at most 250 orders. */
    public record ManifestView(String manifestId, List<String> orderIds) {
    }

    /**
     * An order of the request that stays behind: on a B2B2C partner's account and not yet PACKED, it waits for the
     * brand's e-invoice to the partner (or an earlier step); a later handover takes it once it is PACKED.
     *
     * @param reason what the order waits for, as the order says it
     */
    public record KeptBack(String orderId, OrderStatus status, String reason) {
    }

    static HandoverView of(String handoverId, String courier, HandoverWorkflows.Outcome outcome,
                           List<KeptBack> keptBack) {
        List<ManifestView> manifests = outcome.manifests() == null ? null : outcome.manifests().stream()
                .map(m -> new ManifestView(m.manifestId(), m.shipmentIds())).toList();
        return new HandoverView(handoverId, courier, outcome.status(), manifests, keptBack);
    }
}
