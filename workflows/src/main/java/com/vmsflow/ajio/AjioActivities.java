package com.vmsflow.ajio;

import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.Activities;
import com.vmsflow.flow.TaskQueues;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;

/**
 * Every call to Ajio's VMS API. Transient failures (5xx, 429, timeouts) are retried without end at a bounded
 * rate; Ajio's refusals (4xx) fail at once as non-retryable {@code AJIO_REFUSED}, and the workflow waits for
 * support. Calls that create something at Ajio carry an idempotency key made in the workflow, so a retry after
 * a lost answer changes nothing there.
 */
@ActivityInterface(namePrefix = "Ajio")
public interface AjioActivities {

    String REFUSED = "AJIO_REFUSED";
    /** Ajio refused an acknowledgement because a customer cancelled meanwhile: read the order and try again. */
    String QUANTITY_CHANGED = "AJIO_QUANTITY_CHANGED";
    /**
     * Ajio refuses the client's credentials (a token request answered 401, or any call 403): retryable, since only
     * fixing the seller account cures it and every flow must resume by itself once it is fixed; the Ajio sync does not
     * retry it inside its step but shows it and waits for support, trying again at every poll.
     */
    String CREDENTIALS_REFUSED = "AJIO_CREDENTIALS_REFUSED";

    ActivityOptions OPTIONS = Activities.serviceCallOptions(Duration.ofMinutes(1), REFUSED, QUANTITY_CHANGED);

    /**
     * RSI acceptance runs on its own task queue, whose worker keeps under Ajio's rate limit; a 429 is retried
     * after Ajio's Retry-After.
     */
    ActivityOptions RSI_OPTIONS = ActivityOptions.newBuilder(OPTIONS)
            .setTaskQueue(TaskQueues.AJIO_RSI)
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofSeconds(1))
                    .setBackoffCoefficient(1.5)
                    .setMaximumInterval(Duration.ofSeconds(30))
                    .setDoNotRetry(REFUSED)
                    .build())
            .build();

    /** Calls to Ajio, each a step with its summary. */
    Activities<AjioActivities> AJIO = Activities.of(AjioActivities.class, OPTIONS);
    /** RSI acceptances, on their own task queue. */
    Activities<AjioActivities> AJIO_RSI = Activities.of(AjioActivities.class, RSI_OPTIONS);

    /** The order as Ajio holds it now, with every cancellation Ajio took. */
    AjioOrder readOrder(String clientId, String orderId);

    /**
     * Acknowledges the order: each line with the quantity we will ship, 0 for a line we reject. Answers the order
     * after the acknowledgement (a repeat of an acknowledgement that already went through answers the same).
     */
    AjioOrder acknowledge(String clientId, String orderId, List<LineQuantity> lines, String idempotencyKey);

    B2bOrder fetchB2bOrder(String clientId, String orderId);

    /** The seller cancels quantities of the order at Ajio; answers the order afterwards. */
    AjioOrder cancelQuantities(String clientId, String orderId, List<LineQuantity> lines, String reason,
                               String idempotencyKey);

    void uploadB2bInvoice(String clientId, String orderId, EInvoice invoice, String idempotencyKey);

    /** Fetches the B2C invoice and the shipping label, stores their PDFs, answers their numbers. */
    ShippingDocuments fetchShippingDocuments(String clientId, String orderId);

    /** One Create Manifest call for at most {@link Manifest#MAX_SHIPMENTS} shipments. */
    Manifest createManifest(String clientId, String handoverId, String courier, List<String> shipmentIds,
                            String idempotencyKey);

    /** The warehouse's QC of a return, per channel SKU. */
    void updateQc(String clientId, String returnId, List<QcItem> items, String idempotencyKey);

    /** Uploads a credit note of a return; its lines name Ajio's channel SKUs. */
    void uploadCreditNote(String clientId, String returnId, EInvoice creditNote, String idempotencyKey);

    /** Asks Ajio to generate an RTO expectation for an order that came back without one. */
    void requestRto(String clientId, String orderId, List<RtoItem> items, String idempotencyKey);

    /** Marks an RSI document ACCEPTED at Ajio (run with {@link #RSI_OPTIONS}). */
    void acceptRsiDocument(String clientId, String documentId, String idempotencyKey);
}
