package com.vmsflow.returns;

import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.SupportRequest;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One Ajio return expectation (a customer return or an RTO), from the expectation to its settlement by the
 * client's return model (seed 000, "Return Flow").
 */
@WorkflowInterface
public interface ReturnWorkflow {

    static String idFor(String clientId, String returnId) {
        return "return:" + clientId + ":" + returnId;
    }

    @WorkflowMethod
    ReturnState run(NewReturn input);

    @QueryMethod
    ReturnState state();

    /** The warehouse received the return and checked each item. */
    @UpdateMethod
    ReturnState receive(ReturnReceipt receipt);

    @UpdateValidatorMethod(updateName = "receive")
    void validateReceive(ReturnReceipt receipt);

    /** The ERP's credit note (model CREDIT_NOTE_ERP). */
    @UpdateMethod
    ReturnState submitCreditNote(EInvoice creditNote);

    @UpdateValidatorMethod(updateName = "submitCreditNote")
    void validateCreditNote(EInvoice creditNote);

    /**
     * A support action on a step an outside system refused: retry it now, or skip it (support did it by hand); the
     * validator refuses one the return cannot take now.
     */
    @UpdateMethod
    ReturnState support(SupportRequest request);

    @UpdateValidatorMethod(updateName = "support")
    void validateSupport(SupportRequest request);
}
