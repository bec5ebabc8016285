package com.vmsflow.sandbox.ajio.returns;

import java.util.List;

/** The body of {@code POST /v1/returns/{returnId}/qc}. */
public record QcUpdate(List<QcItem> items) {
}
