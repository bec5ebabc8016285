package com.vmsflow.erp;

/** The ERP's answer to a posting: taken now, or taken before (its messageId was seen). Both are success. */
public enum ErpReceipt {
    RECEIVED,
    DUPLICATE
}
