package com.vmsflow.gateway.order;

import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.order.CancellationRequest;
import com.vmsflow.order.SkuQuantity;
import com.vmsflow.order.cancellation.CancellationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /orders/{orderId}/cancellations}: FULL cancels every open unit and names no lines; PARTIAL names the
 * client SKUs and quantities to cancel.
 */
@LinesMatchKind
public record CancellationBody(
        @NotNull CancellationKind kind,
        @Size(max = 1000) @NoDuplicates(property = "sku") List<@NotNull @Valid Line> lines,
        @NotBlank @Size(max = 500) String reason) {

    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
            @NotNull @Min(1) @Max(100_000) Integer quantity) implements Keyed {

        @Override
        public String key() {
            return sku;
        }
    }

    CancellationRequest toRequest(String requestedBy) {
        List<SkuQuantity> quantities = lines == null ? List.of()
                : lines.stream().map(l -> new SkuQuantity(l.sku, l.quantity)).toList();
        return new CancellationRequest(kind, quantities, reason, requestedBy);
    }
}
