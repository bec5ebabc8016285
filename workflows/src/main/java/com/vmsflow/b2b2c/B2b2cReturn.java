package com.vmsflow.b2b2c;

import com.vmsflow.b2b2c.B2b2cTerms.AccountCodes;
import com.vmsflow.b2b2c.B2b2cTerms.BillingAddress;
import java.util.List;

/**
 * The payload of B2B2C_RETURN (seed 002, steps 5 and 6): units booked to the partner that came back to the brand,
 * cancelled after the pack confirmation or returned by the customer, at the cost price they were booked at, with the
 * partner's account codes and address. Part of the ERP's integration contract (README): stable field names.
 *
 * @param returnId the customer's return, null for a cancellation
 * @param b2b2cInvoiceNumber the brand's e-invoice to the partner the units were on, null when it had not come yet
 */
public record B2b2cReturn(String orderId, String returnId, String reason, String partnerClientId, String partnerGstin,
                          BillingAddress billingParty, AccountCodes accountCodes, String b2b2cInvoiceNumber,
                          List<CostLine> lines) {

    public static B2b2cReturn of(B2b2cTerms terms, String orderId, String returnId, String reason,
                                 String b2b2cInvoiceNumber, List<CostLine> lines) {
        return new B2b2cReturn(orderId, returnId, reason, terms.partnerClientId(), terms.partnerGstin(),
                terms.billingAddress(), terms.accountCodes(), b2b2cInvoiceNumber, List.copyOf(lines));
    }
}
