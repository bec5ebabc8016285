package com.vmsflow.returns;

import java.util.List;

/**
 * Whether a return expectation fits one of our orders: {@code refusal} says why not (an order that is not ours,
 * items not on it or more than it shipped); {@code lines} are the expected lines with the order's figures, and
 * {@code buyerGstin} the buyer of its B2B invoice (Ajio), who is the buyer of the credit note too.
 */
public record ExpectationCheck(String refusal, String buyerGstin, List<ReturnLine> lines) {

    public ExpectationCheck {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean accepted() {
        return refusal == null;
    }
}
