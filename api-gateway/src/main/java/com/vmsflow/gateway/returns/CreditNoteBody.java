package com.vmsflow.gateway.returns;

import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.gateway.gst.GstDocumentBody;
import com.vmsflow.gateway.gst.GstDocumentCheck;
import com.vmsflow.gateway.gst.GstDocumentLine;
import com.vmsflow.gateway.validation.GstDocumentNumber;
import com.vmsflow.gateway.validation.NoDuplicates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /returns/{returnId}/credit-note}: the ERP's GST credit note for a CREDIT_NOTE_ERP return. The shape is
 * checked here; {@link com.vmsflow.gateway.gst.ErpGstDocuments} checks the IRN and the signed QR against the note
 * (a CRN of the client's GSTIN with this number and date), the return's workflow checks the quantities against what
 * passed QC.
 */
public record CreditNoteBody(
        @NotBlank @GstDocumentNumber String creditNoteNumber,
        @NotNull LocalDate creditNoteDate,
        @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hexadecimal characters")
        String irn,
        @NotBlank @Size(max = 8000) String signedQrCode,
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(property = "sku")
        List<@NotNull @Valid GstDocumentLine> lines) implements GstDocumentBody {

    private static final GstDocumentCheck CREDIT_NOTE = new GstDocumentCheck(DocumentType.CRN, "credit note");

    @Override
    public GstDocumentCheck check() {
        return CREDIT_NOTE;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }

    @Override
    public String number() {
        return creditNoteNumber;
    }

    @Override
    public LocalDate date() {
        return creditNoteDate;
    }
}
