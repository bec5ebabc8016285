package com.vmsflow.client;

/** Who makes a forward order's GST e-invoice (seed 000: "Model 1" and "Model 2"). */
public enum EInvoicingModel {
    /** Model 1: the client's ERP makes the e-invoice and posts it to us. */
    ERP,
    /** Model 2: Increff's RMS service makes it for us. */
    RMS
}
