package com.vmsflow.client;

import com.vmsflow.b2b2c.B2b2cTerms;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of one client that a workflow needs, captured when the workflow starts so that a later change of
 * settings never changes a running order's path (and never breaks replay).
 *
 * @param acknowledgementHold how long the acknowledgement is held, counted from Ajio's order time
 * @param erpInvoiceDeadline after this long without the ERP's B2B invoice the order is flagged overdue (Model 1)
 * @param invoicePrefix prefix of the document numbers we make (RMS invoices, credit notes), e.g. {@code DR}
 * @param b2b2c for an order this client (the brand) fulfils for a partner's marketplace account (seed 002), the
 *              partner's terms; null for the client's own orders
 */
public record ClientProfile(
        String clientId,
        String supplierGstin,
        EInvoicingModel eInvoicingModel,
        ReturnModel returnModel,
        PostingMode postingMode,
        Duration acknowledgementHold,
        Duration erpInvoiceDeadline,
        String invoicePrefix,
        B2b2cTerms b2b2c) {

    public ClientProfile {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(eInvoicingModel, "eInvoicingModel");
        Objects.requireNonNull(returnModel, "returnModel");
        Objects.requireNonNull(postingMode, "postingMode");
        Objects.requireNonNull(acknowledgementHold, "acknowledgementHold");
        Objects.requireNonNull(erpInvoiceDeadline, "erpInvoiceDeadline");
    }

    /** The client's own profile, for its own orders. */
    public ClientProfile(String clientId, String supplierGstin, EInvoicingModel eInvoicingModel,
                         ReturnModel returnModel, PostingMode postingMode, Duration acknowledgementHold,
                         Duration erpInvoiceDeadline, String invoicePrefix) {
        this(clientId, supplierGstin, eInvoicingModel, returnModel, postingMode, acknowledgementHold,
                erpInvoiceDeadline, invoicePrefix, null);
    }

    /** This profile for the orders it fulfils under a partner's marketplace account. */
    public ClientProfile fulfilling(B2b2cTerms terms) {
        return new ClientProfile(clientId, supplierGstin, eInvoicingModel, returnModel, postingMode,
                acknowledgementHold, erpInvoiceDeadline, invoicePrefix, terms);
    }

    /** The client whose marketplace seller account the order is on: the partner's for a B2B2C order. */
    public String marketplaceAccount() {
        return b2b2c == null ? clientId : b2b2c.partnerClientId();
    }

    /**
     * Who makes the marketplace's B2B invoice: the client's model for its own orders; for a B2B2C order always the
     * RMS, in the partner's name at packing (the brand's ERP invoices the partner, not the marketplace).
     */
    public EInvoicingModel marketplaceInvoicing() {
        return b2b2c == null ? eInvoicingModel : EInvoicingModel.RMS;
    }

    /**
     * How the order's returns are settled with the marketplace: for a B2B2C order by the partner's model, its RMS
     * credit note unless it settles by RSI.
     */
    public ReturnModel marketplaceReturnModel() {
        if (b2b2c == null) {
            return returnModel;
        }
        return b2b2c.partnerReturnModel() == null ? ReturnModel.CREDIT_NOTE_RMS : b2b2c.partnerReturnModel();
    }

    /** The GSTIN of the marketplace's B2B documents (invoices, credit notes): the partner's for a B2B2C order. */
    public String marketplaceGstin() {
        return b2b2c == null ? supplierGstin : b2b2c.partnerGstin();
    }
}
