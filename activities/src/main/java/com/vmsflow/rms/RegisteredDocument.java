package com.vmsflow.rms;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An e-invoice or credit note as the RMS registered it with the GST portal.
 *
 * @param ackNo     the portal's acknowledgement number
 * @param ackDate   the portal's acknowledgement time, as the RMS writes it
 * @param duplicate true when the document had been registered before and this is the IRN it got then
 */
public record RegisteredDocument(String irn, String ackNo, String ackDate, String signedQrCode, DocumentType docType,
                                 String docNo, LocalDate docDate, BigDecimal totalValue, boolean duplicate) {

    /** The e-invoice, issued by the RMS, with the lines we asked for (the RMS does not answer them). */
    public EInvoice toEInvoice(List<EInvoiceLine> lines) {
        return new EInvoice(docType, docNo, docDate, irn, signedQrCode, totalValue, lines, RmsClient.ISSUER);
    }
}
