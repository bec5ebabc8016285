package com.vmsflow.sandbox.ajio;

import com.vmsflow.einvoice.DocumentNumber;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.einvoice.QrIssuers;
import com.vmsflow.einvoice.QrPayload;
import com.vmsflow.einvoice.SignedQr;
import com.vmsflow.sandbox.api.ApiException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Ajio's check of an uploaded e-invoice or credit note: its QR code must name the same IRN, document number, type
 * and buyer as the upload, and the IRN must be the one of the seller's GSTIN and that number (BRIEF, "Domain
 * facts"). The QR's signature is NIC's and is not checked here; like Ajio's UAT, the sandbox takes QR codes of the
 * GST sandbox as well as NIC's.
 */
public final class DocumentCheck {

    private DocumentCheck() {
    }

    public static void verify(DocumentType type, String docNo, LocalDate docDate, String irn, String signedQrCode,
                              String buyerGstin) {
        if (!DocumentNumber.isValid(docNo)) {
            throw ApiException.invalid("document number " + docNo + " is not a GST document number");
        }
        if (docDate == null) {
            throw ApiException.invalid("the document date is required");
        }
        if (!Irn.hasShape(irn)) {
            throw ApiException.invalid("irn must be 64 lowercase hex characters");
        }
        QrPayload qr;
        try {
            qr = SignedQr.read(signedQrCode, QrIssuers.UAT);
        } catch (IllegalArgumentException e) {
            throw mismatch("the signed QR code cannot be read: " + e.getMessage());
        }
        if (!irn.equals(qr.irn())) {
            throw mismatch("the QR code names IRN " + qr.irn() + ", the document " + irn);
        }
        if (!docNo.equals(qr.docNo())) {
            throw mismatch("the QR code names document " + qr.docNo() + ", the upload " + docNo);
        }
        if (!type.name().equals(qr.docType())) {
            throw mismatch("the QR code is for a " + qr.docType() + ", this upload takes a " + type);
        }
        if (!Objects.equals(buyerGstin, qr.buyerGstin())) {
            throw mismatch("the QR code names buyer GSTIN " + qr.buyerGstin() + ", Ajio's is " + buyerGstin);
        }
        if (qr.sellerGstin() == null || !irn.equals(Irn.of(qr.sellerGstin(), docDate, type, docNo))) {
            throw mismatch("IRN " + irn + " is not the IRN of " + type + " " + docNo + " of " + docDate
                    + " by seller GSTIN " + qr.sellerGstin());
        }
    }

    private static ApiException mismatch(String message) {
        return ApiException.unprocessable("IRN_MISMATCH", message);
    }
}
