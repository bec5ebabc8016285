package com.vmsflow.sandbox.ajio.order;

import com.vmsflow.sandbox.ajio.IdSequence;
import com.vmsflow.sandbox.ajio.PerSeller;
import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ajio's manifests: at most 250 invoiced shipments, each on one manifest only. The same shipments sent again
 * (a retry whose answer was lost) answer the manifest they are on.
 */
public class ManifestService {

    private final OrderService orders;
    private final PerSeller<Map<String, ManifestView>> manifests = new PerSeller<>(ConcurrentHashMap::new);
    private final IdSequence manifestIds = new IdSequence("MF", 7);
    private final Clock clock;

    public ManifestService(OrderService orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** The business key of a manifest call: its shipment ids, sorted, joined by commas. */
    public static String businessKey(ManifestRequest request) {
        return request == null || request.shipmentIds() == null ? null
                : String.join(",", request.shipmentIds().stream().sorted().toList());
    }

    public Answer<ManifestView> create(String sellerId, ManifestRequest request) {
        ApiException.requireBody(request);
        if (request.courier() == null || request.courier().isBlank()) {
            throw ApiException.invalid("courier is required");
        }
        if (request.shipmentIds() == null || request.shipmentIds().isEmpty()) {
            throw ApiException.invalid("shipmentIds are required");
        }
        Set<String> ids = new LinkedHashSet<>(request.shipmentIds());
        if (ids.size() != request.shipmentIds().size()) {
            throw ApiException.invalid("a shipment is named twice");
        }
        if (ids.size() > ManifestView.MAX_SHIPMENTS) {
            throw ApiException.unprocessable("TOO_MANY_SHIPMENTS", "a manifest holds at most "
                    + ManifestView.MAX_SHIPMENTS + " shipments, not " + ids.size());
        }
        List<Order> shipments = new ArrayList<>();
        for (String id : ids) {
            shipments.add(orders.order(sellerId, id));
        }
        Map<String, ManifestView> sellerManifests = manifests.of(sellerId);
        ManifestView existing = alreadyOn(shipments, sellerManifests);
        if (existing != null) {
            if (Set.copyOf(existing.shipmentIds()).equals(ids)) {
                return Answer.repeat(existing);
            }
            throw ApiException.conflict("ALREADY_MANIFESTED", "shipments of this request are on manifest "
                    + existing.manifestId());
        }
        for (Order shipment : shipments) {
            String reason = shipment.notManifestable();
            if (reason != null) {
                throw ApiException.conflict("SHIPMENT_NOT_READY", reason);
            }
        }
        ManifestView manifest = new ManifestView(manifestIds.next(), request.courier(), List.copyOf(ids),
                clock.instant());
        sellerManifests.put(manifest.manifestId(), manifest);
        try {
            putOn(manifest, shipments);
        } catch (ApiException e) {
            sellerManifests.remove(manifest.manifestId());
            throw e;
        }
        return Answer.applied(manifest);
    }

    private static ManifestView alreadyOn(List<Order> shipments, Map<String, ManifestView> sellerManifests) {
        for (Order shipment : shipments) {
            String manifestId = shipment.manifestId();
            if (manifestId != null) {
                return sellerManifests.get(manifestId);
            }
        }
        return null;
    }

    /**
     * Marks every shipment, one order at a time; when another call got to one first (a concurrent manifest or
     * cancellation), the marks made are taken back and the manifest is refused.
     */
    private static void putOn(ManifestView manifest, List<Order> shipments) {
        List<Order> marked = new ArrayList<>();
        for (Order shipment : shipments) {
            if (!shipment.putOnManifest(manifest.manifestId())) {
                marked.forEach(order -> order.takeOffManifest(manifest.manifestId()));
                throw ApiException.conflict("ALREADY_MANIFESTED", "order " + shipment.orderId()
                        + " went on another manifest or was cancelled meanwhile");
            }
            marked.add(shipment);
        }
    }
}
