package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.validation.GstDocumentNumber;
import com.vmsflow.gateway.validation.GstRate;
import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /returns/{returnId}/credit-note}: the ERP's GST credit note for a CREDIT_NOTE_ERP return. The shape is
 * checked here; {@link CreditNotes} checks the IRN and the signed QR against the note, the return's workflow checks
 * the quantities against what passed QC.
 */
public record CreditNoteBody(
        @NotBlank @GstDocumentNumber String creditNoteNumber,
        @NotNull LocalDate creditNoteDate,
        @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hexadecimal characters")
        String irn,
        @NotBlank @Size(max = 8000) String signedQrCode,
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(property = "sku") List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
            @NotNull @Min(1) @Max(100_000) Integer quantity,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal taxableValue,
            @NotNull @GstRate BigDecimal gstRate) implements Keyed {

        @Override
        public String key() {
            return sku;
        }
    }
}
