package com.vmsflow.gateway.gst;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.FinancialYear;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.einvoice.QrIssuers;
import com.vmsflow.einvoice.QrPayload;
import com.vmsflow.einvoice.SignedQr;
import java.time.LocalDate;
import java.util.Map;

/**
 * The checks of an ERP's GST document (a B2B invoice, a credit note) that need more than its shape (BRIEF, "Domain
 * facts"): its IRN is the one of the client's GSTIN, the financial year of its date, its document type and number;
 * its signed QR is of an issuer the environment accepts ({@link QrIssuers}) and names that IRN, that number, that
 * GSTIN and that type. Each failure goes into {@code problems} under
 * {@code irn} or {@code signedQrCode}, for the 422's details.
 *
 * @param type INV for an invoice, CRN for a credit note
 * @param noun how the messages name the document: "invoice", "credit note"
 */
public record GstDocumentCheck(DocumentType type, String noun) {

    public void check(String number, LocalDate date, String irn, String signedQrCode, String supplierGstin,
                      QrIssuers qrIssuers, Map<String, String> problems) {
        checkQr(number, irn, signedQrCode, supplierGstin, qrIssuers, problems);
        String expected = Irn.of(supplierGstin, date, type, number);
        if (!expected.equals(irn)) {
            problems.put("irn", "does not match the " + noun + ": supplier GSTIN " + supplierGstin
                    + ", financial year " + FinancialYear.of(date) + ", " + type + " and number " + number
                    + " give IRN " + expected);
        }
    }

    private void checkQr(String number, String irn, String signedQrCode, String supplierGstin,
                         QrIssuers qrIssuers, Map<String, String> problems) {
        QrPayload qr;
        try {
            qr = SignedQr.read(signedQrCode, qrIssuers);
        } catch (IllegalArgumentException e) {
            problems.put("signedQrCode", e.getMessage());
            return;
        }
        StringBuilder wrong = new StringBuilder();
        if (!irn.equals(qr.irn())) {
            wrong.append("; names IRN ").append(qr.irn()).append(", not the ").append(noun).append("'s");
        }
        if (!number.equals(qr.docNo())) {
            wrong.append("; names document number ").append(qr.docNo()).append(", not ").append(number);
        }
        if (!supplierGstin.equals(qr.sellerGstin())) {
            wrong.append("; names seller GSTIN ").append(qr.sellerGstin()).append(", not the client's ")
                    .append(supplierGstin);
        }
        if (!type.name().equals(qr.docType())) {
            wrong.append("; is for document type ").append(qr.docType()).append(", not ").append(type);
        }
        if (!wrong.isEmpty()) {
            problems.put("signedQrCode", wrong.substring(2));
        }
    }
}
