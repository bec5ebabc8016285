package com.vmsflow.sandbox.ajio.returns;

import java.util.List;

/** The answer of {@code GET /v1/returns}. */
public record ReturnFeed(List<ReturnExpectation> returns, String next) {
}
