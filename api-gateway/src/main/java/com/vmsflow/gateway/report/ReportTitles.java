package com.vmsflow.gateway.report;

import java.util.Locale;
import java.util.Map;

/** What the reports page calls each report. A report without an entry here is titled after its name. */
final class ReportTitles {

    record Title(String title, String description) {
    }

    private static final Map<String, Title> TITLES = Map.of(
            "cancelled-after-erp-posting", new Title("Orders cancelled after ERP posting",
                    "Orders cancelled after they were posted to the ERP, by cancellation time: raise their credit"
                            + " notes by hand."),
            "rms-documents", new Title("RMS e-invoices and credit notes",
                    "The e-invoices and credit notes the RMS made, by the time they were made."),
            "rsi-items", new Title("RSI items",
                    "The items of Ajio's RSI documents: make the inward PO and GRN in the ERP from them."),
            "qc-exceptions", new Title("QC exceptions",
                    "Returned items that failed QC or were missing: settled with Ajio offline."),
            "failed-orders", new Title("Failed orders",
                    "Each time an order went FAILED for want of SKU mappings, and when it left FAILED."),
            "inventory-differences", new Title("Inventory differences",
                    "What each channel showed that differed from our stock in a full reconciliation, and whether"
                            + " our figure was pushed; channel SKUs without a client SKU are listed, not pushed."),
            "status-mismatches", new Title("Status mismatches",
                    "Open orders Ajio showed cancelled without a feed event, with their status now and whether"
                            + " they wait for support."),
            "b2b2c-invoices", new Title("B2B2C e-invoices to partners",
                    "The brand's e-invoices to its partners for their marketplace orders, at cost price, by the"
                            + " time they were stored, with each order's partner and status: settle them with the"
                            + " partner."));

    private ReportTitles() {
    }

    static Title of(String name) {
        Title known = TITLES.get(name);
        if (known != null) {
            return known;
        }
        String words = name.replace('-', ' ');
        return new Title(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1), "");
    }
}
