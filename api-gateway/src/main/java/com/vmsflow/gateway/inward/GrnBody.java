package com.vmsflow.gateway.inward;

import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.inventory.StockPool;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /inward-pos/{poNumber}/grn}: what the warehouse received of the PO, per SKU and pool (GOOD if none). */
public record GrnBody(
        @NotNull @Pattern(regexp = InwardPoBody.NUMBER, message = InwardPoBody.NUMBER_MESSAGE) String grnNumber,
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(message = "repeats a sku and pool", property = "sku")
        List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
            @NotNull @Min(1) @Max(10_000_000) Integer quantity,
            StockPool pool) implements Keyed {

        public StockPool poolOrGood() {
            return pool == null ? StockPool.GOOD : pool;
        }

        @Override
        public String key() {
            return sku + '\u0000' + poolOrGood();
        }
    }
}
