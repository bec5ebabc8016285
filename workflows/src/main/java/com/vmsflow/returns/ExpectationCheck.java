package com.vmsflow.returns;

import java.util.List;

/**
 * Whether a return expectation fits one of our orders: {@code refusal} says why not (an order that is not ours,
 * items not on it or more than it shipped); {@code lines} are the expected lines with the order's figures, and
 * {@code buyerGstin} the buyer of its B2B invoice (Ajio), who is the buyer of the credit note too;
 * {@code b2b2cInvoiceNumber} the brand's e-invoice to its partner, for the order of a partner's account (B2B2C).
 */
public record ExpectationCheck(String refusal, String buyerGstin, List<ReturnLine> lines, String b2b2cInvoiceNumber) {

    public ExpectationCheck {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public ExpectationCheck(String refusal, String buyerGstin, List<ReturnLine> lines) {
        this(refusal, buyerGstin, lines, null);
    }

    public boolean accepted() {
        return refusal == null;
    }
}
