package com.vmsflow.returns;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with the ERP's credit note for a received return, field by field: at least one line, each SKU once,
 * credited for between 1 and the quantity of it that passed QC.
 */
public final class CreditNoteCheck {

    private CreditNoteCheck() {
    }

    public static Map<String, String> problems(ReturnState received, EInvoice creditNote) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < creditNote.lines().size(); i++) {
            EInvoiceLine line = creditNote.lines().get(i);
            int passed = line.sku() == null ? 0 : received.receipt().quantity(line.sku(), QcResult.PASS);
            if (!seen.add(String.valueOf(line.sku()))) {
                problems.put("lines[" + i + "].sku", "SKU " + line.sku() + " appears twice");
            } else if (line.quantity() < 1 || line.quantity() > passed) {
                problems.put("lines[" + i + "].quantity", "must be between 1 and the " + passed
                        + " of SKU " + line.sku() + " that passed QC");
            }
        }
        if (creditNote.lines().isEmpty()) {
            problems.put("lines", "a credit note needs at least one line");
        }
        return problems;
    }
}
