package com.vmsflow.sandbox.erp;

import com.vmsflow.b2b2c.B2b2cTerms.AccountCodes;
import com.vmsflow.b2b2c.B2b2cTerms.BillingAddress;
import java.util.List;

/**
 * The payload of a {@code B2B2C_PACK_CONFIRMATION} posting: what the brand packed for its partner's marketplace
 * order, at its cost price, for the brand's e-invoice to the partner (the buyer, {@code partnerGstin}).
 *
 * @param shippingParty who the parcel goes to: the marketplace's customer, whose address the marketplace keeps
 */
public record B2b2cPackPayload(String orderId, String marketplace, String partnerClientId, String partnerGstin,
                               BillingAddress billingParty, String shippingParty, AccountCodes accountCodes,
                               List<CostLine> lines) {
}
