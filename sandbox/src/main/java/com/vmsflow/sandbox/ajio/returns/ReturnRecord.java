package com.vmsflow.sandbox.ajio.returns;

import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** A return expectation and what the seller sent for it; every method holds the record's monitor. */
final class ReturnRecord {

    private static final Comparator<QcItem> QC_ORDER = Comparator.comparing(QcItem::channelSku)
            .thenComparing(QcItem::qc).thenComparingInt(QcItem::quantity);

    private final ReturnExpectation expectation;
    private List<QcItem> qc;
    private CreditNoteUpload creditNote;
    private String creditNoteId;

    ReturnRecord(ReturnExpectation expectation) {
        this.expectation = expectation;
    }

    ReturnExpectation expectation() {
        return expectation;
    }

    /** The same QC again answers as the first time; different QC is refused. */
    synchronized Answer<QcReceipt> updateQc(List<QcItem> items) {
        List<QcItem> sorted = items.stream().sorted(QC_ORDER).toList();
        if (qc != null) {
            if (qc.equals(sorted)) {
                return Answer.repeat(QcReceipt.updated(expectation.returnId()));
            }
            throw ApiException.conflict("QC_ALREADY_SUBMITTED", "return " + expectation.returnId()
                    + " already has a different QC");
        }
        qc = sorted;
        return Answer.applied(QcReceipt.updated(expectation.returnId()));
    }

    /** The same credit note again answers as the first time; a different one is refused. */
    synchronized Answer<CreditNoteReceipt> attachCreditNote(CreditNoteUpload upload, Supplier<String> newId) {
        if (creditNote != null) {
            if (creditNote.sameAs(upload)) {
                return Answer.repeat(new CreditNoteReceipt(creditNoteId));
            }
            throw ApiException.conflict("CREDIT_NOTE_EXISTS", "return " + expectation.returnId()
                    + " already has credit note " + creditNote.creditNoteNumber());
        }
        creditNote = upload;
        creditNoteId = newId.get();
        return Answer.applied(new CreditNoteReceipt(creditNoteId));
    }
}
