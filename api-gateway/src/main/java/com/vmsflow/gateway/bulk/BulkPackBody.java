package com.vmsflow.gateway.bulk;

import com.vmsflow.bulk.BulkLine;
import com.vmsflow.bulk.BulkPack;
import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /bulk-orders/{id}/pack}: per SKU, how many the warehouse has packed so far. */
public record BulkPackBody(
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(message = "repeats a sku", property = "sku")
        List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
            @NotNull @Min(0) @Max(10_000_000) Integer packed) implements Keyed {

        @Override
        public String key() {
            return sku;
        }
    }

    BulkPack toPack() {
        return new BulkPack(lines.stream().map(l -> new BulkLine(l.sku, l.packed)).toList());
    }
}
