package com.vmsflow.rms;

import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.flow.Activities;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;

/**
 * Increff's RMS e-invoicing service (Model 2). Registering the same document twice answers the IRN it already has
 * (the GST portal's error 2150 is looked up, not failed on), so a retried call is safe.
 */
@ActivityInterface(namePrefix = "Rms")
public interface RmsActivities {

    String REFUSED = "RMS_REFUSED";

    ActivityOptions OPTIONS = Activities.serviceCallOptions(Duration.ofMinutes(1), REFUSED);

    /** Calls to the RMS, each a step with its summary. */
    Activities<RmsActivities> RMS = Activities.of(RmsActivities.class, OPTIONS);

    /**
     * Registers an e-invoice or credit note and stores it as a document of {@code reference} (an order or return
     * id) issued by the RMS.
     */
    EInvoice registerEInvoice(String clientId, String reference, EInvoiceRequest request);

    /** Registers the brand's e-invoice to its partner for a B2B2C order and stores it as the order's B2B2C_INVOICE. */
    EInvoice registerB2b2cEInvoice(String clientId, String orderId, EInvoiceRequest request);
}
