package com.vmsflow.gateway.order;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /orders/{orderId}/b2b-invoice}: the ERP's GST e-invoice for a Model 1 order; also the body of
 * {@code POST /orders/{orderId}/b2b2c-invoice}, the brand's e-invoice to its B2B2C partner. The shape is checked here;
 * {@link com.vmsflow.gateway.gst.ErpGstDocuments} checks the IRN and the signed QR against the invoice (and that the
 * PDF is a PDF), the workflow checks the quantities against the order (and a B2B2C invoice against the packed units
 * and the partner's cost price).
 *
 * @param invoicePdf the invoice as a base64 PDF, or
 * @param invoiceUrl where the ERP serves it
 */
public record B2bInvoiceBody(
        @NotBlank @GstDocumentNumber String invoiceNumber,
        @NotNull LocalDate invoiceDate,
        @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hexadecimal characters")
        String irn,
        @NotBlank @Size(max = 8000) String signedQrCode,
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(property = "sku")
        List<@NotNull @Valid GstDocumentLine> lines,
        String invoicePdf,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String invoiceUrl)
        implements GstDocumentBody {

    private static final GstDocumentCheck INVOICE = new GstDocumentCheck(DocumentType.INV, "invoice");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public GstDocumentCheck check() {
        return INVOICE;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.B2B_INVOICE;
    }

    @Override
    public String number() {
        return invoiceNumber;
    }

    @Override
    public LocalDate date() {
        return invoiceDate;
    }

    @Override
    public void checkAttachments(Map<String, String> problems) {
        if (invoicePdf != null && invoiceUrl != null) {
            problems.put("invoiceUrl", "give invoicePdf or invoiceUrl, not both");
        }
        if (invoicePdf != null) {
            try {
                byte[] pdf = Base64.getDecoder().decode(invoicePdf);
                if (pdf.length < PDF_MAGIC.length
                        || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
                    problems.put("invoicePdf", "is not a PDF");
                }
            } catch (IllegalArgumentException e) {
                problems.put("invoicePdf", "must be base64");
            }
        }
    }

    /** Only the gateway sees the PDF (or its URL). */
    @Override
    public Map<String, String> attachments() {
        Map<String, String> attachments = new TreeMap<>();
        if (invoicePdf != null) {
            attachments.put("invoicePdf", invoicePdf);
        }
        if (invoiceUrl != null) {
            attachments.put("invoiceUrl", invoiceUrl);
        }
        return attachments;
    }
}
