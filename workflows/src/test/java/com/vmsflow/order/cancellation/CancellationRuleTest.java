package com.vmsflow.order.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.order.OrderStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table of seed 001 ("SOPs For Clients"), one row per line: model, source, kind, the order's situation, and
 * the verdict the SOPs give. The rule named is the row of {@link CancellationRule} that decided.
 */
class CancellationRuleTest {

    @ParameterizedTest(name = "{0} {1} {2} when {3} (acknowledged={4}, posted={5}) -> {6} by {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # model | source        | kind    | status        | ack   | posted | verdict | rule
            ERP     | CUSTOMER      | FULL    | FULFILLABLE   | false | false  | ALLOWED | CUSTOMER_BEFORE_ACKNOWLEDGEMENT
            ERP     | CUSTOMER      | PARTIAL | UNFULFILLABLE | false | false  | ALLOWED | CUSTOMER_BEFORE_ACKNOWLEDGEMENT
            RMS     | CUSTOMER      | FULL    | FAILED        | false | false  | ALLOWED | CUSTOMER_BEFORE_ACKNOWLEDGEMENT
            RMS     | CUSTOMER      | PARTIAL | FULFILLABLE   | true  | false  | REFUSED | CUSTOMER_BEFORE_ACKNOWLEDGEMENT
            ERP     | CUSTOMER      | FULL    | PROCESSING    | true  | true   | REFUSED | CUSTOMER_BEFORE_ACKNOWLEDGEMENT
            ERP     | SELLER        | FULL    | FULFILLABLE   | false | false  | ALLOWED | ERP_SELLER_FULL
            ERP     | SELLER        | FULL    | FULFILLABLE   | true  | true   | ALLOWED | ERP_SELLER_FULL
            ERP     | SELLER        | FULL    | PROCESSING    | true  | true   | ALLOWED | ERP_SELLER_FULL
            ERP     | SELLER        | FULL    | PACKED        | true  | true   | REFUSED | ERP_SELLER_FULL
            ERP     | SELLER        | FULL    | HANDED_OVER   | true  | true   | REFUSED | ERP_SELLER_FULL
            ERP     | SELLER        | PARTIAL | FULFILLABLE   | false | false  | ALLOWED | ERP_SELLER_PARTIAL
            ERP     | SELLER        | PARTIAL | FULFILLABLE   | true  | true   | REFUSED | ERP_SELLER_PARTIAL
            ERP     | SELLER        | PARTIAL | PROCESSING    | true  | true   | REFUSED | ERP_SELLER_PARTIAL
            ERP     | SELLER        | PARTIAL | PACKED        | true  | true   | REFUSED | ERP_SELLER_PARTIAL
            ERP     | AJIO_BUSINESS | FULL    | FULFILLABLE   | true  | true   | ALLOWED | ERP_AJIO_BUSINESS_FULL
            ERP     | AJIO_BUSINESS | FULL    | PROCESSING    | true  | true   | ALLOWED | ERP_AJIO_BUSINESS_FULL
            ERP     | AJIO_BUSINESS | FULL    | PACKED        | true  | true   | REFUSED | ERP_AJIO_BUSINESS_FULL
            ERP     | AJIO_BUSINESS | PARTIAL | FULFILLABLE   | true  | true   | FLAGGED | ERP_AJIO_BUSINESS_PARTIAL
            ERP     | AJIO_BUSINESS | PARTIAL | PROCESSING    | true  | true   | FLAGGED | ERP_AJIO_BUSINESS_PARTIAL
            RMS     | SELLER        | FULL    | FULFILLABLE   | false | false  | ALLOWED | RMS_SELLER
            RMS     | SELLER        | PARTIAL | PROCESSING    | true  | false  | ALLOWED | RMS_SELLER
            RMS     | SELLER        | FULL    | PACKED        | true  | false  | REFUSED | RMS_SELLER
            RMS     | SELLER        | PARTIAL | PACKED        | true  | false  | REFUSED | RMS_SELLER
            RMS     | AJIO_BUSINESS | FULL    | PROCESSING    | true  | false  | ALLOWED | RMS_AJIO_BUSINESS
            RMS     | AJIO_BUSINESS | PARTIAL | FULFILLABLE   | false | false  | ALLOWED | RMS_AJIO_BUSINESS
            RMS     | AJIO_BUSINESS | PARTIAL | PACKED        | true  | false  | REFUSED | RMS_AJIO_BUSINESS
            RMS     | SELLER        | FULL    | CANCELLED     | false | false  | REFUSED | RMS_SELLER
            ERP     | SELLER        | FULL    | COMPLETED     | true  | true   | REFUSED | ERP_SELLER_FULL
            # ONHOLD is held in FULFILLABLE (acknowledged, before the ERP posting): every row treats it so
            ERP     | CUSTOMER      | FULL    | ONHOLD        | true  | false  | REFUSED | CUSTOMER_BEFORE_ACKNOWLEDGEMENT
            RMS     | CUSTOMER      | PARTIAL | ONHOLD        | true  | false  | REFUSED | CUSTOMER_BEFORE_ACKNOWLEDGEMENT
            ERP     | SELLER        | FULL    | ONHOLD        | true  | false  | ALLOWED | ERP_SELLER_FULL
            ERP     | SELLER        | PARTIAL | ONHOLD        | true  | false  | ALLOWED | ERP_SELLER_PARTIAL
            ERP     | AJIO_BUSINESS | FULL    | ONHOLD        | true  | false  | ALLOWED | ERP_AJIO_BUSINESS_FULL
            ERP     | AJIO_BUSINESS | PARTIAL | ONHOLD        | true  | false  | FLAGGED | ERP_AJIO_BUSINESS_PARTIAL
            RMS     | SELLER        | FULL    | ONHOLD        | true  | false  | ALLOWED | RMS_SELLER
            RMS     | SELLER        | PARTIAL | ONHOLD        | true  | false  | ALLOWED | RMS_SELLER
            RMS     | AJIO_BUSINESS | FULL    | ONHOLD        | true  | false  | ALLOWED | RMS_AJIO_BUSINESS
            RMS     | AJIO_BUSINESS | PARTIAL | ONHOLD        | true  | false  | ALLOWED | RMS_AJIO_BUSINESS
            """)
    void theSopsDecide(EInvoicingModel model, CancellationSource source, CancellationKind kind, OrderStatus status,
                       boolean acknowledged, boolean posted, Verdict verdict, CancellationRule rule) {
        CancellationDecision decision = CancellationRule.decide(source, kind,
                new OrderFacts(model, status, acknowledged, posted));

        assertThat(decision.verdict()).isEqualTo(verdict);
        assertThat(decision.rule()).isEqualTo(rule);
        if (verdict == Verdict.REFUSED && !status.isFinal()) {
            assertThat(decision.reason()).startsWith("refused by rule " + rule.name()).contains(rule.text());
        }
    }
}
