package com.vmsflow.order;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.AjioOrderUpdate;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.SupportRequest;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One Ajio forward order, from fetch to COMPLETED or CANCELLED (BRIEF, "Forward order").
 *
 * <p>Inputs from outside arrive as signals when the sender needs no answer (Ajio's feeds, the handover) and as
 * updates when the caller needs one (the warehouse's pack result, a seller's cancellation, the ERP's invoice):
 * an update's validator refuses bad input before anything reaches history.
 */
@WorkflowInterface
public interface ForwardOrderWorkflow {

    /** The workflow id: {@code order:{clientId}:{ajioOrderId}}, one per order, duplicates rejected. */
    static String idFor(String clientId, String orderId) {
        return "order:" + clientId + ":" + orderId;
    }

    @WorkflowMethod
    OrderState run(NewOrder order);

    @QueryMethod
    OrderState state();

    /** A customer or Ajio-business cancellation from Ajio's cancellation feed. */
    @SignalMethod
    void ajioCancellation(AjioCancellation cancellation);

    /** An event of Ajio's order-updates feed: the dispatch-after time moved, or a replacement's return was picked up. */
    @SignalMethod
    void ajioOrderUpdate(AjioOrderUpdate update);

    /** Mappings were uploaded: a FAILED order tries its channel SKUs again. */
    @SignalMethod
    void skuMappingsUploaded();

    /** Stock was added: an UNFULFILLABLE order tries its reservation again. */
    @SignalMethod
    void inventoryUpdated();

    /** The order is on an Ajio manifest. */
    @SignalMethod
    void handedOver(HandedOver handover);

    /** A support action (retry, skip, or release an ONHOLD order); the validator refuses one the order cannot take now. */
    @UpdateMethod
    OrderState support(SupportRequest request);

    @UpdateValidatorMethod(updateName = "support")
    void validateSupport(SupportRequest request);

    /** The warehouse's pack result; answers the order's state once the result is taken. */
    @UpdateMethod
    OrderState pack(PackResult result);

    @UpdateValidatorMethod(updateName = "pack")
    void validatePack(PackResult result);

    /** A seller's (or support's) cancellation; refused by the validator when a rule of the SOPs forbids it. */
    @UpdateMethod
    OrderState cancel(CancellationRequest request);

    @UpdateValidatorMethod(updateName = "cancel")
    void validateCancel(CancellationRequest request);

    /** The ERP's B2B e-invoice (Model 1). */
    @UpdateMethod
    OrderState submitB2bInvoice(EInvoice invoice);

    @UpdateValidatorMethod(updateName = "submitB2bInvoice")
    void validateB2bInvoice(EInvoice invoice);

    /** The brand's ERP's e-invoice to its partner for a B2B2C order, at cost price (seed 002, step 3). */
    @UpdateMethod
    OrderState submitB2b2cInvoice(EInvoice invoice);

    @UpdateValidatorMethod(updateName = "submitB2b2cInvoice")
    void validateB2b2cInvoice(EInvoice invoice);
}
