package com.vmsflow.sandbox.erp;

import java.math.BigDecimal;

/** What the ERP documents of a posting's line or item: an order's line, a return's item alike. */
interface PayloadLine {

    String sku();

    String hsnCode();

    int quantity();

    BigDecimal taxableValue();

    BigDecimal gstRate();
}
