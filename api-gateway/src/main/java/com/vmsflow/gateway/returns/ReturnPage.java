package com.vmsflow.gateway.returns;

import java.util.List;

/** A page of returns; {@code next} is the {@code after} of the next page, null on the last. */
public record ReturnPage(List<ReturnSummary> returns, String next) {
}
