package com.vmsflow.sandbox.ajio.order;

import com.vmsflow.sandbox.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The body of {@code POST /v1/orders/{orderId}/b2b-invoice}: the seller's e-invoice to Ajio. */
public record B2bInvoiceUpload(String invoiceNumber, LocalDate invoiceDate, String irn, String signedQrCode,
                               List<InvoiceLine> lines, BigDecimal totalValue) {

    /** The same document: number, date, IRN and lines, amounts compared by value whatever their scale. */
    public boolean sameAs(B2bInvoiceUpload other) {
        return invoiceNumber.equals(other.invoiceNumber) && invoiceDate.equals(other.invoiceDate)
                && irn.equals(other.irn) && sameLines(lines, other.lines);
    }

    private static boolean sameLines(List<InvoiceLine> a, List<InvoiceLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<InvoiceLine> left = a.stream().sorted(Comparator.comparing(InvoiceLine::lineId)).toList();
        List<InvoiceLine> right = b.stream().sorted(Comparator.comparing(InvoiceLine::lineId)).toList();
        for (int i = 0; i < left.size(); i++) {
            InvoiceLine x = left.get(i);
            InvoiceLine y = right.get(i);
            if (!Objects.equals(x.lineId(), y.lineId()) || x.quantity() != y.quantity()
                    || !Money.same(x.taxableValue(), y.taxableValue()) || !Money.same(x.gstRate(), y.gstRate())) {
                return false;
            }
        }
        return true;
    }
}
