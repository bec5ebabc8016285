package com.vmsflow.gateway.catalog;

import java.util.List;

/** The answer of {@code PUT /inventory}: stock levels written, and the UNFULFILLABLE orders told to try again. */
public record StockLevelsWritten(int levelsWritten, List<String> ordersRetried) {
}
