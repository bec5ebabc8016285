package com.vmsflow.order;

import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.b2b2c.CostPrice;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.QrPayload;
import com.vmsflow.einvoice.SignedQr;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.GstTotals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the brand's B2B2C e-invoice to its partner against the packed order (seed 002, step 3.3): one line per
 * packed client SKU, each for exactly the units packed, valued at the brand's cost price for the partner, and its
 * signed QR names the partner as the buyer. The gateway checks the rest of the QR and the IRN against the brand as
 * seller, as for any ERP invoice.
 */
public final class B2b2cInvoiceCheck {

    private B2b2cInvoiceCheck() {
    }

    public static Map<String, String> problems(OrderState order, B2b2cTerms terms, EInvoice invoice) {
        Map<String, String> problems = problems(order, terms.costPrice(), invoice);
        try {
            QrPayload qr = SignedQr.readWhateverIssuer(invoice.signedQrCode());
            if (!terms.partnerGstin().equals(qr.buyerGstin())) {
                problems.put("signedQrCode", "names buyer GSTIN " + qr.buyerGstin() + ", not the partner's "
                        + terms.partnerGstin() + " (" + terms.partnerClientId() + ")");
            }
        } catch (IllegalArgumentException unreadable) {
            problems.put("signedQrCode", unreadable.getMessage());
        }
        return problems;
    }

    public static Map<String, String> problems(OrderState order, CostPrice costPrice, EInvoice invoice) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (invoice.lines().isEmpty()) {
            problems.put("lines", "an invoice needs at least one line");
        }
        LineSkus skus = LineSkus.check(order, invoice.lines(), EInvoiceLine::sku, problems, (field, line) -> {
            int packed = packedOf(order, line.sku());
            if (line.quantity() != packed) {
                problems.put(field + ".quantity", "must be the " + packed + " packed of SKU " + line.sku());
                return;
            }
            Optional<BigDecimal> value = costValueOf(order, costPrice, line.sku());
            if (value.isEmpty()) {
                problems.put(field + ".sku", "SKU " + line.sku() + " has no cost price for the partner");
            } else if (line.taxableValue() == null || line.taxableValue().compareTo(value.get()) != 0) {
                problems.put(field + ".taxableValue", "must be the cost price of the " + packed + " packed, "
                        + value.get().toPlainString());
            }
        });
        List<String> left = order.lines().stream().filter(l -> l.packed() > 0).map(LineState::clientSku).distinct()
                .filter(sku -> !skus.named(sku)).map(sku -> sku + " (" + packedOf(order, sku) + " packed)").toList();
        if (!left.isEmpty()) {
            problems.putIfAbsent("lines", "every packed SKU is invoiced; missing: " + String.join(", ", left));
        }
        return problems;
    }

    private static int packedOf(OrderState order, String sku) {
        return order.linesOf(sku).stream().mapToInt(LineState::packed).sum();
    }

    /** The packed units of the SKU's lines, each line at its own selling price's cost price. */
    private static Optional<BigDecimal> costValueOf(OrderState order, CostPrice costPrice, String sku) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineState line : order.linesOf(sku)) {
            Optional<BigDecimal> unit = costPrice.unitFor(sku, line.price());
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(GstTotals.taxableValue(unit.get(), line.packed()));
        }
        return Optional.of(total);
    }
}
