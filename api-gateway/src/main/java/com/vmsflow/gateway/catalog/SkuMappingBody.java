package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.Printable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One entry of {@code PUT /sku-mappings}: Ajio's SKU and the client's. */
public record SkuMappingBody(
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String channelSku,
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String clientSku)
        implements Keyed {

    @Override
    public String key() {
        return channelSku;
    }
}
