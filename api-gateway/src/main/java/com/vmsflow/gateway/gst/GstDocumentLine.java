package com.vmsflow.gateway.gst;

import com.vmsflow.gateway.validation.GstRate;
import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.Printable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A line of an ERP's GST document (a B2B invoice, a credit note), by client SKU; amounts as the ERP wrote them. */
public record GstDocumentLine(
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
        @NotNull @Min(1) @Max(100_000) Integer quantity,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal taxableValue,
        @NotNull @GstRate BigDecimal gstRate) implements Keyed {

    @Override
    public String key() {
        return sku;
    }
}
