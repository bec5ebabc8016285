package com.vmsflow.gateway.catalog;

import java.util.List;

/** The answer of {@code PUT /sku-mappings}: mappings written, and the FAILED orders told to try again. */
public record SkuMappingsWritten(int mappingsWritten, List<String> ordersRetried) {
}
