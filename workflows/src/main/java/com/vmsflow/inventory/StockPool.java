package com.vmsflow.inventory;

import com.vmsflow.ajio.QcResult;

/**
 * The pools a location's stock of a SKU is kept in: orders are served from {@link #GOOD} only, and only it is shown to
 * the channels; {@link #QC_FAIL} holds returns that failed QC, {@link #RECYCLE} what is held aside.
 */
public enum StockPool {
    GOOD,
    QC_FAIL,
    RECYCLE;

    /** Where a returned item goes back to by its QC: PASS is sellable again, FAIL is not; MISSING came back not at all. */
    public static StockPool forReturn(QcResult qc) {
        return switch (qc) {
            case PASS -> GOOD;
            case FAIL -> QC_FAIL;
            case MISSING -> null;
        };
    }
}
