package com.vmsflow.gateway.order;

import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.document.DocumentKind;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.order.DocumentRef;
import com.vmsflow.order.OrderState;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.StoredDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Support finds an order by whatever the caller has in hand (seed 004: "marketplace order not searchable"): the
 * channel order id, the parent order id, the PO number, the IRN or the AWB. The orders run their real workflows to
 * PACKED, so the read model has their PO numbers as the workflow writes them.
 */
class OrderSearchTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String ORDERS = "/v1/clients/" + RMS_CLIENT + "/orders";
    private static OrderState first;

    @BeforeAll
    static void twoOrdersOfOneCustomerOrderArePacked() {
        gateway.parentOrder("SR-1", "CUST-77001");
        gateway.parentOrder("SR-2", "CUST-77001");
        gateway.startPackedOrders(RMS_CLIENT, List.of("SR-1", "SR-2", "SR-3"), "SR-SKU");
        first = gateway.orderState(RMS_CLIENT, "SR-1");
        // The RMS's e-invoice and Ajio's label, stored as RmsActivitiesImpl and AjioActivitiesImpl store them (the
        // harness's RMS and Ajio are fakes that keep no documents).
        DocumentRepository documents = new DocumentRepository(gateway.jdbi());
        documents.save(new StoredDocument(RMS_CLIENT, "SR-1", DocumentKind.B2B_INVOICE,
                first.invoice().documentNumber(), first.invoice().documentDate(), "RMS", first.invoice().irn(), null,
                "{}"));
        documents.save(new StoredDocument(RMS_CLIENT, "SR-1", DocumentKind.SHIPPING_LABEL, awb(first), null, "AJIO",
                null, null, "{}"));
    }

    @Test
    void byTheChannelOrderIdInAnyCase() {
        assertThat(found("sr-1", SUPPORT_KEY)).containsExactly("SR-1");
    }

    @Test
    void byTheParentOrderIdEveryOrderOfTheCustomerOrder() {
        assertThat(found("CUST-77001", RMS_SELLER_KEY)).containsExactly("SR-1", "SR-2");
    }

    @Test
    void byThePoNumberOfTheB2bOrder() {
        assertThat(first.b2bOrder().poNumber()).isEqualTo("PO-SR-1");
        assertThat(found("PO-SR-1", RMS_WAREHOUSE_KEY)).containsExactly("SR-1");
    }

    @Test
    void byTheIrnOfTheB2bInvoiceInAnyCase() {
        String irn = first.invoice().irn();
        assertThat(found(irn, SUPPORT_KEY)).containsExactly("SR-1");
        assertThat(found(irn.toUpperCase(Locale.ROOT), SUPPORT_KEY)).containsExactly("SR-1");
    }

    @Test
    void byTheAwb() {
        assertThat(found(awb(first), RMS_WAREHOUSE_KEY)).containsExactly("SR-1");
    }

    @Test
    void aSearchPagesAndCombinesWithTheStatus() {
        Api.Answer page = gateway.api().get(ORDERS + "?search=CUST-77001&limit=1", SUPPORT_KEY);
        Api.Answer next = gateway.api().get(ORDERS + "?search=CUST-77001&limit=1&after="
                + page.json().path("next").asText(), SUPPORT_KEY);
        Api.Answer otherStatus = gateway.api().get(ORDERS + "?search=CUST-77001&status=COMPLETED", SUPPORT_KEY);

        assertThat(page.json().path("orders").findValuesAsText("orderId")).containsExactly("SR-1");
        assertThat(next.json().path("orders").findValuesAsText("orderId")).containsExactly("SR-2");
        assertThat(next.json().has("next")).isFalse();
        assertThat(found("CUST-77001&status=PACKED", SUPPORT_KEY)).containsExactly("SR-1", "SR-2");
        assertThat(otherStatus.json().path("orders").size()).isZero();
    }

    @Test
    void aKeyThatNamesNothingIsAnEmptyPage() {
        Api.Answer answer = gateway.api().get(ORDERS + "?search=NO-SUCH-ORDER", SUPPORT_KEY);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("orders").size()).isZero();
        assertThat(answer.json().has("next")).isFalse();
    }

    @Test
    void anotherClientsOrdersAreNotFound() {
        Api.Answer answer = gateway.api().get("/v1/clients/" + GatewayHarness.LIST_CLIENT + "/orders?search=SR-1",
                SUPPORT_KEY);

        assertThat(answer.json().path("orders").size()).isZero();
    }

    @Test
    void anEmptySearchListsEveryOrder() {
        // The harness's database holds every gateway test's orders: compare with the list without a search.
        Api.Answer unfiltered = gateway.api().get(ORDERS, RMS_SELLER_KEY);
        assertThat(unfiltered.status()).as(unfiltered.toString()).isEqualTo(200);
        List<String> everyOrder = unfiltered.json().path("orders").findValuesAsText("orderId");

        assertThat(everyOrder).isNotEmpty();
        assertThat(found("", RMS_SELLER_KEY)).isEqualTo(everyOrder);
    }

    @Test
    void hostileSearchesAreRefusedNamingTheParameter() {
        Api.Answer tooLong = gateway.api().get(ORDERS + "?search=" + "A".repeat(101), SUPPORT_KEY);
        Api.Answer injection = gateway.api().get(ORDERS + "?search=" + encode("SR-1' or '1'='1"), SUPPORT_KEY);
        Api.Answer wildcard = gateway.api().get(ORDERS + "?search=" + encode("SR-%"), SUPPORT_KEY);
        Api.Answer control = gateway.api().get(ORDERS + "?search=" + encode("SR-1\u0000"), SUPPORT_KEY);

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(tooLong.detail("search")).isEqualTo("must be at most 100 characters");
        for (Api.Answer refused : List.of(injection, wildcard, control)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.detail("search")).startsWith("must be an order id, parent order id, PO number");
        }
    }

    private static List<String> found(String search, String key) {
        Api.Answer answer = gateway.api().get(ORDERS + "?search=" + search, key);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("orders").findValuesAsText("orderId");
    }

    private static String awb(OrderState order) {
        return order.documents().stream().filter(d -> d.type() == DocumentKind.SHIPPING_LABEL)
                .map(DocumentRef::number).findFirst().orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
