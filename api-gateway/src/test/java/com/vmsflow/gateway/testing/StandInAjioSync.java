package com.vmsflow.gateway.testing;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.sync.AjioSyncActivities;
import com.vmsflow.sync.FeedRelayed;
import com.vmsflow.sync.OrdersPulled;
import com.vmsflow.sync.StatusChecked;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The Ajio sync's readers with nothing to read, and Ajio refusing a client's credentials while a test says so. */
public final class StandInAjioSync implements AjioSyncActivities {

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public void refuseCredentials(String clientId) {
        refused.add(clientId);
    }

    public void acceptCredentials(String clientId) {
        refused.remove(clientId);
    }

    @Override
    public OrdersPulled pullOrders(String clientId, Instant from, Instant to) {
        check(clientId);
        return new OrdersPulled(0, 0, 0);
    }

    @Override
    public FeedRelayed relayCancellations(String clientId, String cursor) {
        check(clientId);
        return new FeedRelayed(cursor, 0);
    }

    @Override
    public FeedRelayed relayOrderUpdates(String clientId, String cursor) {
        check(clientId);
        return new FeedRelayed(cursor, 0);
    }

    @Override
    public FeedRelayed relayReturns(String clientId, String cursor) {
        check(clientId);
        return new FeedRelayed(cursor, 0);
    }

    @Override
    public FeedRelayed relayRsiDocuments(String clientId, String cursor) {
        check(clientId);
        return new FeedRelayed(cursor, 0);
    }

    @Override
    public StatusChecked checkOpenOrders(String clientId) {
        check(clientId);
        return new StatusChecked(0, 0, 0);
    }

    /** As AjioClient fails a token request Ajio answers 401. */
    private void check(String clientId) {
        if (refused.contains(clientId)) {
            throw ApplicationFailure.newFailure("Ajio refuses the credentials of seller account of " + clientId
                    + " (Ajio did not authorize fetchToken (401 BAD_CREDENTIALS))", AjioActivities.CREDENTIALS_REFUSED);
        }
    }
}
