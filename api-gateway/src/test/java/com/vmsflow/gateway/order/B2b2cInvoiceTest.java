package com.vmsflow.gateway.order;

import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_BRAND;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_BRAND_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_PARTNER;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_PARTNER_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_KEY;
import static com.vmsflow.gateway.testing.InvoiceBodies.DATE;
import static com.vmsflow.gateway.testing.InvoiceBodies.line;
import static com.vmsflow.gateway.testing.InvoiceBodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.InvoiceBodies;
import com.vmsflow.gateway.testing.SignedQrs;
import com.vmsflow.json.Json;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.StoredDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * B2B2C (seed 002, step 3.3): the brand's e-invoice to its partner through the gateway, to real order workflows of the
 * partner's account (the brand's orders) packed beforehand: 2 units of TSHIRT-M sold at 999.00, at the partner's cost
 * price of 60%, 599.40 a unit.
 */
class B2b2cInvoiceTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    /** The cost price of the 2 units packed. */
    private static final String COST_OF_TWO = "1198.80";

    private static String invoice(String clientId, String orderId) {
        return "/v1/clients/" + clientId + "/orders/" + orderId + "/b2b2c-invoice";
    }

    /** The brand's invoice to its partner for {@code quantity} of TSHIRT-M valued {@code taxableValue}. */
    private static Map<String, Object> body(String number, int quantity, String taxableValue) {
        return InvoiceBodies.invoice(B2B2C_BRAND_GSTIN, B2B2C_PARTNER_GSTIN, number,
                List.of(line("TSHIRT-M", quantity, taxableValue, 5)));
    }

    private static Map<String, Object> body(String number) {
        return body(number, 2, COST_OF_TWO);
    }

    private static void awaitingItsInvoice(String orderId) {
        gateway.startB2b2cOrderAwaitingItsInvoice(orderId, Map.of("TSHIRT-M", 2));
    }

    private static List<String> documentTypes(JsonNode order) {
        List<String> types = new ArrayList<>();
        order.path("documents").forEach(d -> types.add(d.path("type").asText()));
        return types;
    }

    @Test
    void theBrandsInvoiceToItsPartnerIsTakenKeptAndTheOrderGoesOnToPacked() {
        awaitingItsInvoice("BC-1");
        Api.Answer waiting = gateway.api().get("/v1/clients/" + B2B2C_BRAND + "/orders/BC-1", B2B2C_ERP_KEY);

        Api.Answer answer = gateway.api().post(invoice(B2B2C_BRAND, "BC-1"), B2B2C_ERP_KEY, body("BI/2627/0001"));

        assertThat(waiting.json().path("partnerClientId").asText()).isEqualTo(B2B2C_PARTNER);
        assertThat(waiting.json().path("status").asText()).isEqualTo("PROCESSING");
        assertThat(waiting.json().path("waitingFor").asText()).isEqualTo("ERP");
        assertThat(waiting.json().path("waitingForWhat").asText())
                .isEqualTo("the brand's B2B2C e-invoice to " + B2B2C_PARTNER);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("partnerClientId").asText()).isEqualTo(B2B2C_PARTNER);
        assertThat(documentTypes(answer.json())).contains("B2B2C_INVOICE");
        StoredDocument document = new DocumentRepository(gateway.jdbi())
                .find(B2B2C_BRAND, DocumentKind.B2B2C_INVOICE, "BI/2627/0001").orElseThrow();
        assertThat(document.reference()).isEqualTo("BC-1");
        assertThat(document.issuer()).isEqualTo("ERP");
        assertThat(document.irn()).isEqualTo(Irn.of(B2B2C_BRAND_GSTIN, DATE, DocumentType.INV, "BI/2627/0001"));
        assertThat(document.totalValue()).as("1198.80 and 5% GST").isEqualByComparingTo("1258.74");
        assertThat(document.contentJson()).contains(InvoiceBodies.PDF);
        assertThat(new DocumentRepository(gateway.jdbi())
                .find(B2B2C_BRAND, DocumentKind.B2B_INVOICE, "BI/2627/0001")).as("not a B2B invoice").isEmpty();

        gateway.awaitOrder(B2B2C_BRAND, "BC-1", s -> s.status() == OrderStatus.PACKED, "PACKED");
        Api.Answer packed = gateway.api().get("/v1/clients/" + B2B2C_BRAND + "/orders/BC-1", B2B2C_WAREHOUSE_KEY);
        assertThat(packed.json().path("status").asText()).isEqualTo("PACKED");
        JsonNode b2b2c = packed.json().path("documents").get(documentTypes(packed.json()).indexOf("B2B2C_INVOICE"));
        assertThat(b2b2c.path("number").asText()).isEqualTo("BI/2627/0001");
        assertThat(b2b2c.path("issuer").asText()).isEqualTo("ERP");
        assertThat(documentTypes(packed.json())).as("then the partner's invoice to Ajio, Ajio's B2C invoice")
                .contains("B2B_INVOICE", "B2C_INVOICE");
    }

    @Test
    void theSameInvoiceAgainAnswersTheSameOnceAndAnotherIsAConflict() {
        awaitingItsInvoice("BC-2");

        Api.Answer first = gateway.api().post(invoice(B2B2C_BRAND, "BC-2"), B2B2C_ERP_KEY, body("BI/2627/0002"));
        Api.Answer again = gateway.api().post(invoice(B2B2C_BRAND, "BC-2"), B2B2C_ERP_KEY, body("BI/2627/0002"));
        Api.Answer other = gateway.api().post(invoice(B2B2C_BRAND, "BC-2"), B2B2C_ERP_KEY, body("BI/2627/0003"));

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
        assertThat(other.json().path("message").asText()).contains("BI/2627/0002");
        assertThat(new DocumentRepository(gateway.jdbi()).find(B2B2C_BRAND, DocumentKind.B2B2C_INVOICE,
                "BI/2627/0003")).as("a refused invoice leaves nothing behind").isEmpty();
    }

    @Test
    void anOrderOfTheClientsOwnAwaitsNoB2b2cInvoice() {
        gateway.startOrder(ERP_CLIENT, "BC-3", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "BC-3"), ERP_KEY,
                InvoiceBodies.invoice(ERP_CLIENT_GSTIN, B2B2C_PARTNER_GSTIN, "INV/2627/0101",
                        List.of(line("TSHIRT-M", 2, COST_OF_TWO, 5))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.json().path("message").asText()).contains("the client's own");
        assertThat(gateway.api().get("/v1/clients/" + ERP_CLIENT + "/orders/BC-3", ERP_KEY).json()
                .has("partnerClientId")).as("an order of the client's own names no partner").isFalse();
    }

    @Test
    void beforeItsPackConfirmationAPartnersOrderAwaitsNoInvoice() {
        gateway.startB2b2cOrder("BC-4", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(invoice(B2B2C_BRAND, "BC-4"), B2B2C_ERP_KEY, body("BI/2627/0004"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.json().path("message").asText()).contains("PROCESSING")
                .contains("pack confirmation is not yet posted");
    }

    @Test
    void unitsOtherThanThosePackedAndAValueOtherThanTheCostPriceAreRefusedByTheWorkflow() {
        awaitingItsInvoice("BC-5");

        Api.Answer units = gateway.api().post(invoice(B2B2C_BRAND, "BC-5"), B2B2C_ERP_KEY,
                body("BI/2627/0005", 1, "599.40"));
        Api.Answer value = gateway.api().post(invoice(B2B2C_BRAND, "BC-5"), B2B2C_ERP_KEY,
                body("BI/2627/0006", 2, "1998.00"));
        Api.Answer otherSku = gateway.api().post(invoice(B2B2C_BRAND, "BC-5"), B2B2C_ERP_KEY,
                InvoiceBodies.invoice(B2B2C_BRAND_GSTIN, B2B2C_PARTNER_GSTIN, "BI/2627/0007",
                        List.of(line("CAP", 2, COST_OF_TWO, 5))));

        assertThat(units.status()).as(units.toString()).isEqualTo(422);
        assertThat(units.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(units.detail("lines[0].quantity")).isEqualTo("must be the 2 packed of SKU TSHIRT-M");
        assertThat(value.status()).as(value.toString()).isEqualTo(422);
        assertThat(value.detail("lines[0].taxableValue")).isEqualTo("must be the cost price of the 2 packed, 1198.80");
        assertThat(otherSku.status()).as(otherSku.toString()).isEqualTo(422);
        assertThat(otherSku.detail("lines")).contains("TSHIRT-M (2 packed)");
        assertThat(gateway.orderState(B2B2C_BRAND, "BC-5").b2b2cInvoice()).as("still waiting for it").isNull();
    }

    @Test
    void aSignedQrNamingAnotherBuyerThanThePartnerIsRefusedByTheWorkflow() {
        awaitingItsInvoice("BC-6");
        String irn = Irn.of(B2B2C_BRAND_GSTIN, DATE, DocumentType.INV, "BI/2627/0008");

        Api.Answer answer = gateway.api().post(invoice(B2B2C_BRAND, "BC-6"), B2B2C_ERP_KEY, with(body("BI/2627/0008"),
                "signedQrCode", SignedQrs.of(B2B2C_BRAND_GSTIN, ERP_CLIENT_GSTIN, "INV", "BI/2627/0008", irn)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.detail("signedQrCode")).isEqualTo("names buyer GSTIN " + ERP_CLIENT_GSTIN
                + ", not the partner's " + B2B2C_PARTNER_GSTIN + " (" + B2B2C_PARTNER + ")");
    }

    /** The invoice {@code number} with {@code irn}, and a signed QR of {@code sellerGstin} naming that IRN. */
    private static Map<String, Object> withIrn(String number, String irn, String sellerGstin) {
        return with(with(body(number), "irn", irn), "signedQrCode",
                SignedQrs.of(sellerGstin, B2B2C_PARTNER_GSTIN, "INV", number, irn));
    }

    @Test
    void theIrnAndTheSignedQrAreTheBrandsAsSellerOrRefusedBeforeTheWorkflowIsAsked() {
        // The partner's own GSTIN as the seller: the invoice would be the partner's, not the brand's to it.
        Api.Answer partnerAsSeller = gateway.api().post(invoice(B2B2C_BRAND, "BC-7"), B2B2C_ERP_KEY,
                withIrn("BI/2627/0009", Irn.of(B2B2C_PARTNER_GSTIN, DATE, DocumentType.INV, "BI/2627/0009"),
                        B2B2C_PARTNER_GSTIN));
        String otherIrn = Irn.of(B2B2C_BRAND_GSTIN, DATE, DocumentType.INV, "BI/2627/9999");
        Api.Answer anotherInvoicesIrn = gateway.api().post(invoice(B2B2C_BRAND, "BC-7"), B2B2C_ERP_KEY,
                withIrn("BI/2627/0010", otherIrn, B2B2C_BRAND_GSTIN));

        assertThat(partnerAsSeller.status()).as(partnerAsSeller.toString()).isEqualTo(422);
        assertThat(partnerAsSeller.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(partnerAsSeller.detail("signedQrCode")).isEqualTo("names seller GSTIN " + B2B2C_PARTNER_GSTIN
                + ", not the client's " + B2B2C_BRAND_GSTIN);
        assertThat(partnerAsSeller.detail("irn"))
                .startsWith("does not match the invoice: supplier GSTIN " + B2B2C_BRAND_GSTIN);
        assertThat(anotherInvoicesIrn.status()).as(anotherInvoicesIrn.toString()).isEqualTo(422);
        assertThat(anotherInvoicesIrn.detail("irn")).startsWith("does not match the invoice")
                .contains(Irn.of(B2B2C_BRAND_GSTIN, DATE, DocumentType.INV, "BI/2627/0010"));
        assertThat(anotherInvoicesIrn.detail("signedQrCode")).isNull();
        assertThat(GatewayHarness.validations(B2B2C_BRAND, "BC-7")).isZero();
    }

    @Test
    void missingFieldsAreNamedEachAndAnEmptyBodyIsRefused() {
        Map<String, Object> body = body("BI/2627/0011");
        for (String field : List.of("invoiceNumber", "invoiceDate", "irn", "signedQrCode", "lines")) {
            body = with(body, field, null);
        }

        Api.Answer answer = gateway.api().post(invoice(B2B2C_BRAND, "BC-7"), B2B2C_ERP_KEY, body);
        Api.Answer none = gateway.api().send("POST", invoice(B2B2C_BRAND, "BC-7"), B2B2C_ERP_KEY, Api.JSON, "");
        Api.Answer broken = gateway.api().post(invoice(B2B2C_BRAND, "BC-7"), B2B2C_ERP_KEY, "{\"lines\": [");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(Json.mapper().convertValue(answer.json().path("details"), Map.class)).isEqualTo(Map.of(
                "invoiceNumber", "must not be blank", "invoiceDate", "must not be null", "irn", "must not be null",
                "signedQrCode", "must not be blank", "lines", "must not be null"));
        assertThat(none.status()).as(none.toString()).isEqualTo(422);
        assertThat(none.detail("body")).isEqualTo("must not be null");
        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(broken.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void onlyTheBrandsErpKeyMaySendIt() {
        Api.Answer warehouse = gateway.api().post(invoice(B2B2C_BRAND, "BC-7"), B2B2C_WAREHOUSE_KEY,
                body("BI/2627/0012"));
        Api.Answer noKey = gateway.api().post(invoice(B2B2C_BRAND, "BC-7"), null, body("BI/2627/0012"));

        assertThat(List.of(warehouse.status(), noKey.status())).containsExactly(403, 401);
        assertThat(List.of(warehouse.code(), noKey.code())).containsExactly("FORBIDDEN", "UNAUTHENTICATED");
    }

    @Test
    void anotherClientsOrderIsNotFound() {
        awaitingItsInvoice("BC-8");
        gateway.startOrder(ERP_CLIENT, "BC-9", Map.of("TSHIRT-M", 2));

        // The brand's key under the partner's id (whose account the order is on), or under another client's.
        Api.Answer partners = gateway.api().post(invoice(B2B2C_PARTNER, "BC-8"), B2B2C_ERP_KEY, body("BI/2627/0013"));
        Api.Answer others = gateway.api().post(invoice(ERP_CLIENT, "BC-9"), B2B2C_ERP_KEY, body("BI/2627/0013"));
        // Another client's order id under the brand's own path: the brand has no such order.
        Api.Answer notTheBrands = gateway.api().post(invoice(B2B2C_BRAND, "BC-9"), B2B2C_ERP_KEY,
                body("BI/2627/0013"));

        for (Api.Answer answer : List.of(partners, others, notTheBrands)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(gateway.orderState(B2B2C_BRAND, "BC-8").b2b2cInvoice()).isNull();
    }
}
