package com.vmsflow.sandbox.ajio.returns;

import java.util.List;

/** A return expectation to create ({@code POST /sandbox/ajio/{sellerId}/returns}). */
public record NewReturn(String orderId, ReturnType type, List<ReturnItem> items) {
}
