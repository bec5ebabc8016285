package com.vmsflow.order;

import com.vmsflow.flow.WaitingFor;

/**
 * The "current details" Temporal Web shows for an order: where it stands and what it waits for, in words, then
 * its lines. Markdown, kept short; the {@code state} query has everything.
 */
final class OrderDetails {

    private OrderDetails() {
    }

    static String markdown(OrderState s) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(s.status()).append("** · ").append(s.eInvoicingModel()).append(" e-invoicing");
        if (s.acknowledged()) {
            md.append(" · acknowledged to Ajio");
        }
        md.append('\n');
        if (s.waitingFor() != WaitingFor.NONE || s.waitingForWhat() != null) {
            md.append("\nWaiting for **").append(s.waitingFor()).append("**");
            if (s.waitingForWhat() != null) {
                md.append(": ").append(s.waitingForWhat());
            }
            md.append(" (since ").append(s.waitingSince()).append(")");
            if (s.overdue()) {
                md.append(" — **OVERDUE**");
            }
            md.append('\n');
        }
        if (s.onHoldReason() != null) {
            md.append("\nOn hold (").append(s.onHoldReason()).append(")");
            if (s.onHoldUntil() != null) {
                md.append(" until **").append(s.onHoldUntil()).append("**");
            }
            md.append(": support may release it early (RELEASE_HOLD)\n");
        }
        if (s.flag() != null) {
            md.append("\n⚠ ").append(s.flag()).append('\n');
        }
        if (s.problem() != null) {
            md.append("\nProblem: ").append(s.problem()).append('\n');
        }
        for (RefusedHandover refused : s.refusedHandovers()) {
            md.append("\n⚠ Handover ").append(refused.handover().handoverId()).append(" (manifest ")
                    .append(refused.handover().manifestId()).append(", ").append(refused.handover().courier())
                    .append(") refused at ").append(refused.at()).append(": ").append(refused.reason()).append('\n');
        }
        md.append("\n| line | SKU | ordered | cancelled | reserved | invoiced | packed |\n|---|---|---|---|---|---|---|\n");
        for (LineState l : s.lines()) {
            md.append("| ").append(l.lineId()).append(" | ")
                    .append(l.clientSku() == null ? l.channelSku() + " (unmapped)" : l.clientSku()).append(" | ")
                    .append(l.ordered()).append(" | ").append(l.cancelled()).append(" | ").append(l.reserved())
                    .append(" | ").append(l.invoiced()).append(" | ").append(l.packed()).append(" |\n");
        }
        return md.toString();
    }
}
