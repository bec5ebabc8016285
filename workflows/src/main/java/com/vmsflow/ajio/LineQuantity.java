package com.vmsflow.ajio;

/** A quantity of one order line: what Ajio's acknowledgement, cancellation and invoice calls are made of. */
public record LineQuantity(String lineId, int quantity) {
}
