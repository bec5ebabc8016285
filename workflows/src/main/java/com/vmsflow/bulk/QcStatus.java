package com.vmsflow.bulk;

import com.vmsflow.inventory.StockPool;

/** The QC status a bulk order is created with: it names the pool the order is served from (seed 004). */
public enum QcStatus {
    PASS,
    FAIL;

    /** PASS is served from sellable stock, FAIL from the returns that failed QC; never from anywhere else. */
    public StockPool pool() {
        return this == PASS ? StockPool.GOOD : StockPool.QC_FAIL;
    }
}
