package com.vmsflow.returns;

import com.vmsflow.flow.WaitingFor;

/** The current details Temporal Web shows for a return: where it stands and what it waits for. */
final class ReturnDetails {

    private ReturnDetails() {
    }

    static String markdown(ReturnState s) {
        StringBuilder md = new StringBuilder("**").append(s.status()).append("** · ").append(s.type())
                .append(" of order ").append(s.orderId()).append(" · ").append(s.returnModel()).append('\n');
        if (s.waitingFor() != WaitingFor.NONE) {
            md.append("\nWaiting for **").append(s.waitingFor()).append("**: ").append(s.waitingForWhat())
                    .append(" (since ").append(s.waitingSince()).append(")\n");
        }
        if (s.problem() != null) {
            md.append("\nProblem: ").append(s.problem()).append('\n');
        }
        if (s.refusal() != null) {
            md.append("\nRefused: ").append(s.refusal()).append('\n');
        }
        if (s.receipt() != null) {
            md.append("\n| SKU | quantity | QC |\n|---|---|---|\n");
            s.receipt().items().forEach(i -> md.append("| ").append(i.sku()).append(" | ").append(i.quantity())
                    .append(" | ").append(i.qc()).append(" |\n"));
        }
        if (s.creditNote() != null) {
            md.append("\nCredit note ").append(s.creditNote().documentNumber()).append(" (")
                    .append(s.creditNote().issuer()).append(")").append(s.creditNoteUploaded() ? ", at Ajio" : "")
                    .append('\n');
        }
        return md.toString();
    }
}
