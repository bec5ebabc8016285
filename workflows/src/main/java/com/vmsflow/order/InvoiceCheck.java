package com.vmsflow.order;

import com.vmsflow.ajio.B2bLine;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the ERP's B2B e-invoice against the B2B order: SKUs of the order, each at most its B2B quantity; and maps
 * its lines (which name client SKUs) onto the order's lines.
 */
public final class InvoiceCheck {

    private InvoiceCheck() {
    }

    public static Map<String, String> problems(OrderState order, EInvoice invoice) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (invoice.lines().isEmpty()) {
            problems.put("lines", "an invoice needs at least one line");
        }
        LineSkus.check(order, invoice.lines(), EInvoiceLine::sku, problems, (field, line) -> {
            int b2b = b2bQuantityOf(order, line.sku());
            if (line.quantity() < 1 || line.quantity() > b2b) {
                problems.put(field + ".quantity", "must be between 1 and the B2B order's " + b2b + " of SKU "
                        + line.sku());
            }
        });
        return problems;
    }

    /** The invoice with one line per order line, the SKU's quantity and value spread over its B2B lines in order. */
    public static EInvoice onOrderLines(OrderState order, EInvoice invoice) {
        List<EInvoiceLine> lines = new ArrayList<>();
        for (EInvoiceLine line : invoice.lines()) {
            int left = line.quantity();
            for (LineState l : order.linesOf(line.sku())) {
                B2bLine b2b = order.b2bLine(l.lineId());
                int take = b2b == null ? 0 : Math.min(left, b2b.quantity());
                if (take > 0) {
                    var share = line.taxableValue().multiply(BigDecimal.valueOf(take))
                            .divide(BigDecimal.valueOf(line.quantity()), 2, RoundingMode.HALF_UP);
                    lines.add(new EInvoiceLine(l.lineId(), line.sku(), b2b.hsnCode(), take, share, line.gstRate()));
                    left -= take;
                }
            }
        }
        return new EInvoice(invoice.documentType(), invoice.documentNumber(), invoice.documentDate(), invoice.irn(),
                invoice.signedQrCode(), invoice.totalValue(), lines, invoice.issuer());
    }

    private static int b2bQuantityOf(OrderState order, String sku) {
        if (sku == null) {
            return 0;
        }
        return order.linesOf(sku).stream().map(l -> order.b2bLine(l.lineId()))
                .filter(Objects::nonNull).mapToInt(B2bLine::quantity).sum();
    }
}
