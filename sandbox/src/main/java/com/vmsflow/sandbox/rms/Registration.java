package com.vmsflow.sandbox.rms;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.vmsflow.einvoice.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A registered document as the RMS answers it.
 *
 * @param ackDate   when the GST system acknowledged it, Indian time
 * @param duplicate true when the document was registered before and this is the first registration looked up
 */
public record Registration(String irn, long ackNo, LocalDateTime ackDate, String signedQrCode, DocumentType docType,
                           String docNo, LocalDate docDate,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalValue, boolean duplicate) {

    Registration asDuplicate() {
        return new Registration(irn, ackNo, ackDate, signedQrCode, docType, docNo, docDate, totalValue, true);
    }
}
