package com.vmsflow.bulk;

import com.vmsflow.flow.Activities;
import com.vmsflow.inventory.StockPool;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import java.util.Map;

/**
 * A bulk order's stock and its row of the read model, in VMS Flow's own database. Every method is idempotent, so
 * Temporal may retry it freely. The order's stock is held as soft reservations beside the forward orders', so that
 * neither oversells the other and the channels are shown what is left.
 */
@ActivityInterface(namePrefix = "Bulk")
public interface BulkOrderActivities {

    ActivityOptions OPTIONS = Activities.DATABASE_OPTIONS;

    /** Calls to our database for bulk orders, each a step with its summary. */
    Activities<BulkOrderActivities> BULK = Activities.of(BulkOrderActivities.class, OPTIONS);

    /**
     * Allocation round {@code round} of the order: reserves towards {@code wantedBySku} from {@code pool} at
     * {@code location}, in one transaction; with {@code allOrNothing} every unit of every SKU or none at all. Answers
     * what the order holds and why each SKU still short is short. A round runs once: a retry of it reserves nothing
     * more and answers what the order holds; an order dispatched reserves nothing.
     */
    Allocation allocate(String clientId, String bulkOrderId, int round, StockPool pool, String location,
                        Map<String, Integer> wantedBySku, boolean allOrNothing);

    /** Gives back what the order holds above {@code keepBySku} (the stock goes back); the same call again changes nothing. */
    void release(String clientId, String bulkOrderId, Map<String, Integer> keepBySku);

    /** The dispatched units left the warehouse: on-hand goes down, the order's reservations end; once per order. */
    void consume(String clientId, String bulkOrderId, Map<String, Integer> dispatchedBySku);

    /** Writes the order's row of the read model; an older revision never overwrites a newer one. */
    void recordBulkOrder(BulkOrderState state);
}
