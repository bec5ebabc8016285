package com.vmsflow.b2b2c;

import com.vmsflow.client.ReturnModel;
import java.util.Objects;

/**
 * What a B2B2C order carries of its partner (seed 002): the order is the brand's (its stock, warehouse and ERP),
 * the marketplace account is the partner's. Taken from the partner's settings when the order starts, so a later
 * change of them never changes a running order's path.
 *
 * @param partnerClientId the partner: every marketplace call goes with its seller account
 * @param partnerGstin the billing party of the brand's e-invoice, the supplier of the marketplace's B2B invoice
 * @param partnerInvoicePrefix the prefix of the partner's document numbers (its B2B invoice to the marketplace)
 * @param billingAddress the partner as the billing party of the brand's e-invoice
 * @param accountCodes what the brand's ERP books the partner under
 * @param costPrice the brand's price to the partner, the value of its e-invoice
 * @param partnerReturnModel how the partner settles returns with the marketplace (its credit note by the RMS, or
 *                           the marketplace's RSI document)
 */
public record B2b2cTerms(
        String partnerClientId,
        String partnerGstin,
        String partnerInvoicePrefix,
        BillingAddress billingAddress,
        AccountCodes accountCodes,
        CostPrice costPrice,
        ReturnModel partnerReturnModel) {

    public B2b2cTerms {
        Objects.requireNonNull(partnerClientId, "partnerClientId");
        Objects.requireNonNull(partnerGstin, "partnerGstin");
        Objects.requireNonNull(costPrice, "costPrice");
        if (partnerReturnModel == ReturnModel.CREDIT_NOTE_ERP) {
            throw new IllegalArgumentException("a B2B2C partner's credit notes to the marketplace are the RMS's or"
                    + " settled by RSI: the brand's ERP invoices the partner, not the marketplace");
        }
    }

    /** The partner as the brand's ERP addresses its invoice. */
    public record BillingAddress(String name, String line1, String city, String state, String postcode) {
    }

    /**
     * The partner in the brand's books.
     *
     * @param customer the partner's customer code
     * @param salesLedger where the brand books its sales to the partner
     * @param returnsLedger where it books what comes back (B2B2C_RETURN)
     */
    public record AccountCodes(String customer, String salesLedger, String returnsLedger) {
    }
}
