package com.vmsflow.sandbox.ajio.returns;

import com.vmsflow.sandbox.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The body of {@code POST /v1/returns/{returnId}/credit-note}. */
public record CreditNoteUpload(String creditNoteNumber, LocalDate creditNoteDate, String irn, String signedQrCode,
                               List<CreditNoteLine> lines, BigDecimal totalValue) {

    private static final Comparator<CreditNoteLine> ORDER = Comparator.comparing(CreditNoteLine::channelSku)
            .thenComparingInt(CreditNoteLine::quantity);

    /** The same document: number, date, IRN and lines, amounts compared by value whatever their scale. */
    public boolean sameAs(CreditNoteUpload other) {
        if (!creditNoteNumber.equals(other.creditNoteNumber) || !creditNoteDate.equals(other.creditNoteDate)
                || !irn.equals(other.irn) || lines.size() != other.lines.size()) {
            return false;
        }
        List<CreditNoteLine> left = lines.stream().sorted(ORDER).toList();
        List<CreditNoteLine> right = other.lines.stream().sorted(ORDER).toList();
        for (int i = 0; i < left.size(); i++) {
            CreditNoteLine x = left.get(i);
            CreditNoteLine y = right.get(i);
            if (!x.channelSku().equals(y.channelSku()) || x.quantity() != y.quantity()
                    || !Money.same(x.taxableValue(), y.taxableValue()) || !Money.same(x.gstRate(), y.gstRate())) {
                return false;
            }
        }
        return true;
    }
}
