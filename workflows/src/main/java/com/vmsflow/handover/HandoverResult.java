package com.vmsflow.handover;

import com.vmsflow.ajio.Manifest;
import java.util.List;

/** The manifests a handover made, one per {@link Manifest#MAX_SHIPMENTS} shipments. */
public record HandoverResult(String handoverId, String courier, List<Manifest> manifests, boolean complete) {

    public HandoverResult {
        manifests = List.copyOf(manifests);
    }
}
