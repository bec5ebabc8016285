package com.vmsflow.gateway.returns;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnLine;
import com.vmsflow.returns.ReturnReceipt;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnStatusChange;
import com.vmsflow.store.ReturnRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A return as {@code GET /returns/{returnId}} answers it: from the workflow's {@code state} query while the workflow
 * exists, else ({@code archived}) from the read model, which knows the status but not the lines.
 *
 * @param receipt what the warehouse reported; absent until the return is received
 * @param refusal why the return was refused (an order that is not ours, items not on it)
 * @param problem what support must look at while the return waits for support (a step an outside system refused)
 */
public record ReturnView(
        String returnId,
        String orderId,
        ReturnType type,
        ReturnStatus status,
        ReturnModel model,
        List<Line> lines,
        List<ReceivedItem> receipt,
        boolean qcSentToAjio,
        CreditNote creditNote,
        String refusal,
        WaitingFor waitingFor,
        String waitingForWhat,
        Instant waitingSince,
        String problem,
        List<ReturnStatusChange> history,
        boolean archived) {

    /**
     * One expected line and what came back of it; {@code sku} is the client's SKU (absent until the return is checked
     * against its order), the one receipts and credit notes name.
     */
    public record Line(String lineId, String channelSku, String sku, int expected, int passed, int failed,
                       int missing) {

        static Line of(ReturnLine line, ReturnReceipt receipt) {
            return new Line(line.lineId(), line.channelSku(), line.sku(), line.expected(),
                    count(receipt, line.sku(), QcResult.PASS), count(receipt, line.sku(), QcResult.FAIL),
                    count(receipt, line.sku(), QcResult.MISSING));
        }

        /** A line as Ajio expects it, before the return was matched to its order. */
        static Line expected(ReturnItem item) {
            return new Line(item.lineId(), item.channelSku(), null, item.quantity(), 0, 0, 0);
        }

        private static int count(ReturnReceipt receipt, String sku, QcResult qc) {
            return receipt == null || sku == null ? 0 : receipt.quantity(sku, qc);
        }
    }

    /** The return's credit note (by the ERP or the RMS) and whether it is at Ajio. */
    public record CreditNote(String documentNumber, LocalDate documentDate, String irn, BigDecimal totalValue,
                             String issuer, boolean uploadedToAjio) {

        static CreditNote of(EInvoice note, boolean uploaded) {
            return new CreditNote(note.documentNumber(), note.documentDate(), note.irn(), note.totalValue(),
                    note.issuer(), uploaded);
        }
    }

    public static ReturnView of(ReturnState s) {
        List<Line> lines = s.lines().isEmpty()
                ? s.expectation().items().stream().map(Line::expected).toList()
                : s.lines().stream().map(l -> Line.of(l, s.receipt())).toList();
        return new ReturnView(s.returnId(), s.orderId(), s.type(), s.status(), s.returnModel(), lines,
                s.receipt() == null ? null : s.receipt().items(), s.qcSentToAjio(),
                s.creditNote() == null ? null : CreditNote.of(s.creditNote(), s.creditNoteUploaded()), s.refusal(),
                s.waitingFor(), s.waitingForWhat(), s.waitingSince(), s.problem(), s.history(), false);
    }

    /** The read model's row of a return whose workflow has passed retention: no lines, receipt or history. */
    public static ReturnView archived(ReturnRow row) {
        return new ReturnView(row.returnId(), row.orderId(), row.returnType(), row.status(), row.returnModel(), null,
                null, row.status() != ReturnStatus.EXPECTED && row.status() != ReturnStatus.REFUSED, null,
                row.status() == ReturnStatus.REFUSED ? row.note() : null, row.waitingFor(), null, null, null, null,
                true);
    }
}
