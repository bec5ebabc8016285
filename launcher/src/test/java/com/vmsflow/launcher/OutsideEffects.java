package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.api.OutsideSystem;

/** What the end-to-end tests prove of the outside systems: each effect applied once, whatever was retried. */
final class OutsideEffects {

    private OutsideEffects() {
    }

    /** Every operation with a business key took effect at most once per key, at every outside system. */
    static void nothingAppliedTwice(SandboxClient sandbox) {
        for (OutsideSystem system : OutsideSystem.values()) {
            assertThat(sandbox.calls(system, null).counts().appliedByBusinessKey())
                    .as("effects at %s", system).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        }
    }
}
