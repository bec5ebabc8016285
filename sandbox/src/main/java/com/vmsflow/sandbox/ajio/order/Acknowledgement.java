package com.vmsflow.sandbox.ajio.order;

import java.util.List;

/** The body of an acknowledgement: every line with the quantity the seller will ship, 0 to reject it. */
public record Acknowledgement(List<LineQuantity> lines) {
}
