package com.vmsflow.order;

import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.rms.RmsActivities;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The RMS in memory: registers e-invoices with the real IRN rule. */
public class FakeRms implements RmsActivities {

    final List<EInvoiceRequest> requests = new CopyOnWriteArrayList<>();
    /** How many registrations the RMS still refuses (a 4xx: the GST portal's validation, say). */
    final java.util.concurrent.atomic.AtomicInteger refuse = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public EInvoice registerEInvoice(String clientId, String reference, EInvoiceRequest request) {
        if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure("the RMS refused "
                    + request.documentNumber() + ": buyer GSTIN inactive (400 TEST)", REFUSED);
        }
        requests.add(request);
        String irn = Irn.of(request.supplierGstin(), request.documentDate(), request.documentType(),
                request.documentNumber());
        return new EInvoice(request.documentType(), request.documentNumber(), request.documentDate(), irn,
                "header.payload.signature", request.totalValue(), request.lines(), "RMS");
    }

    /** Kept apart from the marketplace's invoices, so a test tells the brand's e-invoice to its partner. */
    final List<EInvoiceRequest> b2b2cRequests = new CopyOnWriteArrayList<>();

    @Override
    public EInvoice registerB2b2cEInvoice(String clientId, String orderId, EInvoiceRequest request) {
        b2b2cRequests.add(request);
        String irn = Irn.of(request.supplierGstin(), request.documentDate(), request.documentType(),
                request.documentNumber());
        return new EInvoice(request.documentType(), request.documentNumber(), request.documentDate(), irn,
                "header.payload.signature", request.totalValue(), request.lines(), "RMS");
    }
}
