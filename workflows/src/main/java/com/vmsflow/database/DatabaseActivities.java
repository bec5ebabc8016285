package com.vmsflow.database;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.flow.Activities;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * VMS Flow's own database, PostgreSQL: SKU mappings, soft reservation of inventory, document numbers and the read
 * model of orders. Every method is idempotent, so Temporal may retry it freely. (Not the client's OMS of the seeds:
 * the prefix {@code Oms} is the activity names' in every committed history, so it stays.)
 */
@ActivityInterface(namePrefix = "Oms")
public interface DatabaseActivities {

    ActivityOptions OPTIONS = Activities.DATABASE_OPTIONS;

    /** Calls to our database, each a step with its summary (local steps for orders that cost fewer actions). */
    Activities<DatabaseActivities> DATABASE = Activities.of(DatabaseActivities.class, OPTIONS);

    /** The read model's writes (and the benchmark floor's): {@link Activities#LOCAL_OPTIONS}. */
    LocalActivityOptions RECORD_OPTIONS = Activities.LOCAL_OPTIONS;

    SkuMapping mapChannelSkus(String clientId, List<String> channelSkus);

    /**
     * Sets the order's soft reservation towards {@code wantedBySku} (client SKU to quantity): takes more stock where
     * it is available and gives back what is no longer wanted, never overselling under concurrent orders. Answers
     * what the order now holds per SKU. Calling it twice with the same wish changes nothing.
     */
    Map<String, Integer> reserveInventory(String clientId, String orderId, Map<String, Integer> wantedBySku);

    /** The reserved stock left the warehouse with the courier: on-hand goes down, the reservation ends. */
    void consumeReservation(String clientId, String orderId);

    /**
     * The document number of {@code reference} (an order or a return) for this type: allocated from the client's
     * series for the financial year on first call, the same number on every later call.
     */
    String allocateDocumentNumber(String clientId, DocumentType type, String reference, LocalDate date);

    /**
     * Puts a return's items back into stock, each once per return and item id, at the location the order's units left
     * from. Answers the ids of the items restocked by this call (none on a repeat).
     */
    List<String> restockReturn(String clientId, String returnId, String orderId, List<ReturnRestock> items);

    /** Writes the order's row of the read model and, with a status change, its history (idempotent by seq). */
    void recordOrder(OrderRecord record);
}
