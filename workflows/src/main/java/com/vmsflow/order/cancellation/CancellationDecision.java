package com.vmsflow.order.cancellation;

/** The verdict of the rule that applies, with a reason that names it. */
public record CancellationDecision(Verdict verdict, CancellationRule rule, String reason) {

    public boolean allowed() {
        return verdict == Verdict.ALLOWED;
    }
}
