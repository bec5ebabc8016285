package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.returns.ReturnReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /rto-receipts}: an RTO the warehouse received although Ajio sent no return expectation for it. The
 * items are the receipt the return gets once Ajio has generated it.
 */
public record RtoReceiptBody(
        @NotBlank @Size(max = 200) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String orderId,
        @NotNull @Size(min = 1, max = 1000)
        @NoDuplicates(property = "qc", message = "this SKU appears more than once with this QC")
        List<@NotNull @Valid ReceiptItem> items) {

    ReturnReceipt toReceipt() {
        return new ReturnReceipt(items.stream().map(ReceiptItem::toReceivedItem).toList());
    }
}
