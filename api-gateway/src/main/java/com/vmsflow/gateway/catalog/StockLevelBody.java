package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.inventory.StockPool;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One entry of {@code PUT /inventory}: the absolute stock of a client SKU at a location in a pool (GOOD if none). */
public record StockLevelBody(
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String location,
        @NotNull @Min(0) @Max(10_000_000) Integer quantity,
        StockPool pool) implements Keyed {

    public StockPool poolOrGood() {
        return pool == null ? StockPool.GOOD : pool;
    }

    @Override
    public String key() {
        return sku + '\u0000' + location + '\u0000' + poolOrGood();
    }
}
