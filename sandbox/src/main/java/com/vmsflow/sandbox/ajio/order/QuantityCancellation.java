package com.vmsflow.sandbox.ajio.order;

import java.util.List;

/**
 * Quantities to cancel and why: the body of the seller's cancellation, and of the control endpoints of customer
 * and business cancellations, where no lines means the whole order.
 */
public record QuantityCancellation(List<LineQuantity> lines, String reason) {
}
