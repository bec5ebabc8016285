package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.returns.ReturnReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /returns/{returnId}/receipt}: what the warehouse received of a return and its QC. The shape is checked
 * here; the return's workflow checks the SKUs and quantities against what Ajio expects back.
 */
public record ReceiptBody(
        @NotNull @Size(min = 1, max = 1000)
        @NoDuplicates(property = "qc", message = "this SKU appears more than once with this QC")
        List<@NotNull @Valid ReceiptItem> items) {

    ReturnReceipt toReceipt() {
        return new ReturnReceipt(items.stream().map(ReceiptItem::toReceivedItem).toList());
    }
}
