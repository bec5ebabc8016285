package com.vmsflow.gateway.testing;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.Irn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies of {@code b2b-invoice} and {@code b2b2c-invoice} as an ERP sends them: consistent (the IRN of the seller,
 * date and number; a signed QR naming them and the buyer) with a PDF, unless a test changes a field ({@link #with}).
 */
public final class InvoiceBodies {

    public static final LocalDate DATE = LocalDate.parse("2026-11-23");
    public static final String PDF = Base64.getEncoder()
            .encodeToString("%PDF-1.7 an invoice".getBytes(StandardCharsets.US_ASCII));

    private InvoiceBodies() {
    }

    /** The seller's invoice {@code number} to the buyer for {@code lines} ({@link #line}s), dated {@link #DATE}. */
    public static Map<String, Object> invoice(String sellerGstin, String buyerGstin, String number,
                                              List<Map<String, Object>> lines) {
        String irn = Irn.of(sellerGstin, DATE, DocumentType.INV, number);
        Map<String, Object> body = new HashMap<>();
        body.put("invoiceNumber", number);
        body.put("invoiceDate", DATE.toString());
        body.put("irn", irn);
        body.put("signedQrCode", SignedQrs.of(sellerGstin, buyerGstin, "INV", number, irn));
        body.put("lines", lines);
        body.put("invoicePdf", PDF);
        return body;
    }

    public static Map<String, Object> line(String sku, int quantity, String taxableValue, int gstRate) {
        return Map.of("sku", sku, "quantity", quantity, "taxableValue", taxableValue, "gstRate", gstRate);
    }

    /** The body with {@code field} set to {@code value} (null: without the field). */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
