package com.vmsflow.sync;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.flow.Activities;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;
import java.time.Instant;

/** Reads Ajio's order list and feeds and hands what they hold to the workflows. */
@ActivityInterface(namePrefix = "Sync")
public interface AjioSyncActivities {

    /**
     * Long pages of orders: heartbeats carry the page reached, so a retry resumes there. Refused credentials are not
     * retried inside the step: the sync shows them to support and tries again at its next poll.
     */
    ActivityOptions OPTIONS = Activities.heartbeatingOptions(Duration.ofMinutes(10), Duration.ofSeconds(30),
            AjioActivities.CREDENTIALS_REFUSED);

    /** Calls to the sync's readers of Ajio, each a step with its summary. */
    Activities<AjioSyncActivities> SYNC = Activities.of(AjioSyncActivities.class, OPTIONS);

    /**
     * Fetches every page of Ajio orders created in [from, to) and starts a forward order workflow for each one
     * not yet known (workflow ids make a second start a no-op).
     */
    OrdersPulled pullOrders(String clientId, Instant from, Instant to);

    /** Signals each order workflow of the cancellation feed's events after {@code cursor}. */
    FeedRelayed relayCancellations(String clientId, String cursor);

    /**
     * Signals each event of Ajio's order-updates feed after {@code cursor} (a moved dispatch-after time, the return
     * pickup of a replacement's original) to its order workflow, which drops an event it has had.
     */
    FeedRelayed relayOrderUpdates(String clientId, String cursor);

    /**
     * Starts a return workflow for each return expectation after {@code cursor}; an RTO's also tells the order's
     * RTO workflow, if the warehouse already reported it.
     */
    FeedRelayed relayReturns(String clientId, String cursor);

    /** Starts an RSI document workflow for each RSI document after {@code cursor}. */
    FeedRelayed relayRsiDocuments(String clientId, String cursor);

    /**
     * Reads each of the client's open orders at Ajio; one Ajio cancelled on its panel without a feed event is
     * recorded as a status mismatch and handed to its order workflow as Ajio's cancellation (id {@code panel:} and
     * the order id, so it is applied once), where the SOP rules apply it or flag it for support.
     */
    StatusChecked checkOpenOrders(String clientId);
}
