package com.vmsflow.gateway.channel;

import com.vmsflow.sync.SyncState;
import java.time.Instant;

/**
 * An Ajio channel's order sync as support reads it: whom it waits for ({@code SUPPORT} while Ajio refuses the client's
 * credentials, since the first refusal, {@code problem} in Ajio's words; it resumes by itself once they are fixed),
 * and how far it has fetched.
 */
public record OrderSyncView(String waitingFor, Instant waitingSince, String problem, Instant ordersFetchedUpTo,
                            long ordersStarted, long polls) {

    static OrderSyncView of(SyncState s) {
        SyncState.CredentialsRefused refused = s.credentialsRefused();
        return new OrderSyncView(refused == null ? "NONE" : "SUPPORT", refused == null ? null : refused.since(),
                refused == null ? null : "Ajio refuses the client's credentials: " + refused.reason(),
                s.ordersFetchedUpTo(), s.ordersStarted(), s.polls());
    }
}
