package com.vmsflow.sandbox.ajio.order;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An order's refuse-next switches: how many more calls of each operation Ajio refuses by operation name (none:
 * every call is handled as usual).
 */
public record OrderRefusals(String orderId, Map<String, Integer> refuseNext) {

    public OrderRefusals {
        refuseNext = Collections.unmodifiableMap(new TreeMap<>(refuseNext));
    }
}
