package com.vmsflow.sync;

import com.vmsflow.flow.FlowState;

/**
 * Whom a client's Ajio sync waits for, for the {@code WaitingFor} and {@code WaitingSince} search attributes: no one
 * while Ajio takes the client's credentials, support while it refuses them (the problem says why).
 */
public final class SyncStanding extends FlowState {

    public enum Status { POLLING, CREDENTIALS_REFUSED }

    @Override
    public Status status() {
        return problem() == null ? Status.POLLING : Status.CREDENTIALS_REFUSED;
    }

    @Override
    public String kind() {
        return "Ajio sync";
    }
}
