package com.vmsflow.gateway.order;

import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.order.PackLine;
import com.vmsflow.order.PackResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /orders/{orderId}/pack}: the warehouse's pack result, one line per client SKU. */
public record PackBody(
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(property = "sku") List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
            @NotNull @Min(0) @Max(100_000) Integer packed,
            @NotNull @Min(0) @Max(100_000) Integer notFound,
            @NotNull @Min(0) @Max(100_000) Integer damaged) implements Keyed {

        @Override
        public String key() {
            return sku;
        }
    }

    PackResult toPackResult() {
        return new PackResult(lines.stream().map(l -> new PackLine(l.sku, l.packed, l.notFound, l.damaged)).toList());
    }
}
