package com.vmsflow.gateway.returns;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.returns.ReceivedItem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Units of one client SKU the warehouse received back, with their QC. A SKU may appear once per QC result: 2 PASS
 * and 1 FAIL of the same SKU are two items.
 */
public record ReceiptItem(
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
        @NotNull @Min(1) @Max(100_000) Integer quantity,
        @NotNull QcResult qc) implements Keyed {

    @Override
    public String key() {
        return sku + "\u0000" + qc;
    }

    ReceivedItem toReceivedItem() {
        return new ReceivedItem(sku, quantity, qc);
    }
}
