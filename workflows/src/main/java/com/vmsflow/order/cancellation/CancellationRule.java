package com.vmsflow.order.cancellation;

import static com.vmsflow.client.EInvoicingModel.ERP;
import static com.vmsflow.client.EInvoicingModel.RMS;
import static com.vmsflow.order.cancellation.CancellationKind.FULL;
import static com.vmsflow.order.cancellation.CancellationKind.PARTIAL;
import static com.vmsflow.order.cancellation.CancellationSource.AJIO_BUSINESS;
import static com.vmsflow.order.cancellation.CancellationSource.CUSTOMER;
import static com.vmsflow.order.cancellation.CancellationSource.SELLER;

import com.vmsflow.client.EInvoicingModel;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The cancellation rules of the SOPs For Clients (seed 001), one constant per row of the table in BRIEF.md.
 * {@link #decide} finds the row for a request and applies it; the tests walk the rows one by one.
 *
 * <p>ONHOLD (seed 004) is treated like the status it holds in: an acknowledged FULFILLABLE order, not yet posted to
 * the ERP (the hold comes before the posting). So a customer's cancellation is refused (acknowledged), a seller's or
 * Ajio's business team's full one is allowed, a Model 1 seller's partial one is allowed (not yet posted), a Model 1
 * Ajio business partial one is flagged: {@code OrderStatus.notYetPacked()} and {@code beforeRelease()} count ONHOLD.
 * {@code CancellationRuleTest} and {@code CancellationTableWorkflowTest} test each ONHOLD row.
 *
 * <p>A B2B2C order (a brand fulfilling its partner's marketplace order, seed 002) takes the RMS rows, whatever the
 * brand's own model: the marketplace's B2B invoice is the partner's, made by the RMS at packing, and the brand's ERP
 * is told only at packing (its e-invoice to the partner), so nothing of Model 1's reasons applies: a seller's partial
 * cancellation is allowed until PACKED (RMS_SELLER), Ajio's business team's partial one is not flagged
 * (RMS_AJIO_BUSINESS), a customer's only before the acknowledgement (CUSTOMER_BEFORE_ACKNOWLEDGEMENT). An allowed
 * cancellation after the pack confirmation is also booked back from the partner (B2B2C_RETURN).
 * {@code B2b2cCancellationTableTest} tests each row.
 */
public enum CancellationRule {

    /** any model | CUSTOMER | FULL, PARTIAL | only before the acknowledgement reaches Ajio. */
    CUSTOMER_BEFORE_ACKNOWLEDGEMENT(null, CUSTOMER, EnumSet.of(FULL, PARTIAL),
            "a customer may cancel only before the acknowledgement reaches Ajio",
            f -> Verdict.allowedIf(!f.acknowledged())),

    /** ERP | SELLER | FULL | FULFILLABLE or PROCESSING; refused once PACKED. */
    ERP_SELLER_FULL(ERP, SELLER, EnumSet.of(FULL),
            "Model 1 (ERP e-invoicing) seller full cancellation is allowed while FULFILLABLE or PROCESSING"
                    + " and refused once PACKED",
            CancellationRule::untilPacked),

    /** ERP | SELLER | PARTIAL | FULFILLABLE and not yet posted to the ERP; refused otherwise. */
    ERP_SELLER_PARTIAL(ERP, SELLER, EnumSet.of(PARTIAL),
            "Model 1 (ERP e-invoicing) seller partial cancellation is allowed only while FULFILLABLE"
                    + " and not yet posted to the ERP",
            f -> Verdict.allowedIf(f.status().beforeRelease() && !f.postedToErp())),

    /** ERP | AJIO_BUSINESS | FULL | until PACKED, handled as a seller cancellation. */
    ERP_AJIO_BUSINESS_FULL(ERP, AJIO_BUSINESS, EnumSet.of(FULL),
            "Model 1 (ERP e-invoicing) Ajio business full cancellation is allowed until PACKED"
                    + " and handled as a seller cancellation",
            CancellationRule::untilPacked),

    /** ERP | AJIO_BUSINESS | PARTIAL | not supported: the order is flagged and support cancels it in full. */
    ERP_AJIO_BUSINESS_PARTIAL(ERP, AJIO_BUSINESS, EnumSet.of(PARTIAL),
            "Model 1 (ERP e-invoicing) does not support a partial Ajio business cancellation:"
                    + " cancel this order in both Ajio and the OMS",
            f -> Verdict.FLAGGED),

    /** RMS | SELLER | FULL, PARTIAL | until PACKED; refused after. */
    RMS_SELLER(RMS, SELLER, EnumSet.of(FULL, PARTIAL),
            "Model 2 (RMS e-invoicing) seller cancellation is allowed until PACKED and refused after",
            CancellationRule::untilPacked),

    /** RMS | AJIO_BUSINESS | FULL, PARTIAL | until PACKED. */
    RMS_AJIO_BUSINESS(RMS, AJIO_BUSINESS, EnumSet.of(FULL, PARTIAL),
            "Model 2 (RMS e-invoicing) Ajio business cancellation is allowed until PACKED",
            CancellationRule::untilPacked);

    private final EInvoicingModel model;
    private final CancellationSource source;
    private final Set<CancellationKind> kinds;
    private final String text;
    private final Function<OrderFacts, Verdict> verdict;

    CancellationRule(EInvoicingModel model, CancellationSource source, Set<CancellationKind> kinds, String text,
                     Function<OrderFacts, Verdict> verdict) {
        this.model = model;
        this.source = source;
        this.kinds = kinds;
        this.text = text;
        this.verdict = verdict;
    }

    /** The SOPs' "until PACKED": allowed while the order is not yet packed (ONHOLD included), refused after. */
    private static Verdict untilPacked(OrderFacts facts) {
        return Verdict.allowedIf(facts.status().notYetPacked());
    }

    /** The rule's words, as a refusal names them. */
    public String text() {
        return text;
    }

    public static CancellationRule of(EInvoicingModel model, CancellationSource source, CancellationKind kind) {
        for (CancellationRule rule : values()) {
            if ((rule.model == null || rule.model == model) && rule.source == source && rule.kinds.contains(kind)) {
                return rule;
            }
        }
        throw new IllegalStateException("no cancellation rule for " + model + " " + source + " " + kind);
    }

    public static CancellationDecision decide(CancellationSource source, CancellationKind kind, OrderFacts facts) {
        CancellationRule rule = of(facts.model(), source, kind);
        if (facts.status().isFinal()) {
            return new CancellationDecision(Verdict.REFUSED, rule, "the order is already " + facts.status());
        }
        Verdict verdict = rule.verdict.apply(facts);
        String reason = switch (verdict) {
            case ALLOWED -> rule.name() + ": " + rule.text;
            case REFUSED -> "refused by rule " + rule.name() + ": " + rule.text + " (the order is " + situation(facts)
                    + ")";
            case FLAGGED -> "flagged by rule " + rule.name() + ": " + rule.text;
        };
        return new CancellationDecision(verdict, rule, reason);
    }

    private static String situation(OrderFacts facts) {
        StringBuilder s = new StringBuilder(facts.status().name());
        if (facts.acknowledged()) {
            s.append(", acknowledged to Ajio");
        }
        if (facts.postedToErp()) {
            s.append(", posted to the ERP");
        }
        return s.toString();
    }
}
