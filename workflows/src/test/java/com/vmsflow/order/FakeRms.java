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

    @Override
    public EInvoice registerEInvoice(String clientId, String reference, EInvoiceRequest request) {
        requests.add(request);
        String irn = Irn.of(request.supplierGstin(), request.documentDate(), request.documentType(),
                request.documentNumber());
        return new EInvoice(request.documentType(), request.documentNumber(), request.documentDate(), irn,
                "header.payload.signature", request.totalValue(), request.lines(), "RMS");
    }
}
