package com.vmsflow.sandbox.ajio.order;

/** A quantity of one order line, as acknowledgements, cancellations and cancellation events name them. */
public record LineQuantity(String lineId, int quantity) {
}
