package com.vmsflow.gateway.order;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_ERP_KEY;
import static com.vmsflow.gateway.testing.InvoiceBodies.DATE;
import static com.vmsflow.gateway.testing.InvoiceBodies.PDF;
import static com.vmsflow.gateway.testing.InvoiceBodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.InvoiceBodies;
import com.vmsflow.gateway.testing.SignedQrs;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.StoredDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class B2bInvoiceTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static String invoice(String clientId, String orderId) {
        return "/v1/clients/" + clientId + "/orders/" + orderId + "/b2b-invoice";
    }

    /** A consistent invoice of the ERP client for {@code quantity} of TSHIRT-M. */
    private static Map<String, Object> body(String number, int quantity) {
        return body(ERP_CLIENT_GSTIN, number, quantity);
    }

    private static Map<String, Object> body(String gstin, String number, int quantity) {
        return InvoiceBodies.invoice(gstin, RMS_CLIENT_GSTIN, number,
                List.of(InvoiceBodies.line("TSHIRT-M", quantity, "999.00", 12)));
    }

    @Test
    void anInvoiceIsHandedToTheWorkflowAndItsPdfKept() {
        gateway.startOrder(ERP_CLIENT, "IN-1", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-1"), ERP_KEY, body("INV/2627/0001", 2));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("lines").get(0).path("invoiced").asInt()).isEqualTo(2);
        StoredDocument document = new DocumentRepository(gateway.jdbi())
                .find(ERP_CLIENT, DocumentKind.B2B_INVOICE, "INV/2627/0001").orElseThrow();
        assertThat(document.reference()).isEqualTo("IN-1");
        assertThat(document.issuer()).isEqualTo("ERP");
        assertThat(document.totalValue()).isEqualByComparingTo("1118.88");
        assertThat(document.contentJson()).contains(PDF);
    }

    @Test
    void theSameInvoiceAgainAnswersTheSameOnce() {
        gateway.startOrder(ERP_CLIENT, "IN-2", Map.of("TSHIRT-M", 2));

        Api.Answer first = gateway.api().post(invoice(ERP_CLIENT, "IN-2"), ERP_KEY, body("INV/2627/0002", 2));
        Api.Answer again = gateway.api().post(invoice(ERP_CLIENT, "IN-2"), ERP_KEY, body("INV/2627/0002", 2));

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(GatewayHarness.validations(ERP_CLIENT, "IN-2")).isEqualTo(1);
    }

    @Test
    void theSameInvoiceWithItsAmountsWrittenOtherwiseAnswersAsTheFirstTimeAndAChangedAmountIsAConflict() {
        gateway.startOrder(ERP_CLIENT, "IN-8", Map.of("TSHIRT-M", 2));
        Map<String, Object> written = with(body("INV/2627/0020", 2), "lines", List.of(Map.of("sku", "TSHIRT-M",
                "quantity", 2, "taxableValue", "1118.60", "gstRate", 5)));
        // As an ERP in JavaScript writes the same invoice: it cannot write 1118.60 as a number.
        Map<String, Object> asJavaScriptWritesIt = with(written, "lines", List.of(Map.of("sku", "TSHIRT-M",
                "quantity", 2, "taxableValue", 1118.6, "gstRate", 5.0)));
        Map<String, Object> changed = with(written, "lines", List.of(Map.of("sku", "TSHIRT-M",
                "quantity", 2, "taxableValue", "1118.70", "gstRate", 5)));

        Api.Answer first = gateway.api().post(invoice(ERP_CLIENT, "IN-8"), ERP_KEY, written);
        Api.Answer again = gateway.api().post(invoice(ERP_CLIENT, "IN-8"), ERP_KEY, asJavaScriptWritesIt);
        Api.Answer other = gateway.api().post(invoice(ERP_CLIENT, "IN-8"), ERP_KEY, changed);

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
        assertThat(new DocumentRepository(gateway.jdbi()).find(ERP_CLIENT, DocumentKind.B2B_INVOICE, "INV/2627/0020")
                .orElseThrow().totalValue()).isEqualByComparingTo("1174.53");
    }

    @Test
    void anotherInvoiceForAnInvoicedOrderIsAConflict() {
        gateway.startOrder(ERP_CLIENT, "IN-3", Map.of("TSHIRT-M", 2));
        gateway.api().post(invoice(ERP_CLIENT, "IN-3"), ERP_KEY, body("INV/2627/0003", 2));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-3"), ERP_KEY, body("INV/2627/0004", 2));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CONFLICT");
        assertThat(answer.json().path("message").asText()).contains("INV/2627/0003");
    }

    @Test
    void anRmsOrderAwaitsNoInvoice() {
        gateway.startOrder(RMS_CLIENT, "IN-4", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(invoice(RMS_CLIENT, "IN-4"), RMS_ERP_KEY,
                body(RMS_CLIENT_GSTIN, "INV/2627/0005", 2));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.json().path("message").asText()).contains("RMS");
    }

    @Test
    void quantitiesBeyondTheOrderAreRefusedByTheWorkflow() {
        gateway.startOrder(ERP_CLIENT, "IN-5", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-5"), ERP_KEY, body("INV/2627/0006", 3));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("lines[0].quantity")).isEqualTo("must be between 1 and the B2B order's 2 of SKU TSHIRT-M");
    }

    @Test
    void anIrnThatIsNotTheInvoicesIsRefused() {
        Map<String, Object> body = body("INV/2627/0007", 2);
        String otherIrn = Irn.of(ERP_CLIENT_GSTIN, DATE, DocumentType.INV, "INV/2627/9999");
        body = with(body, "irn", otherIrn);
        body = with(body, "signedQrCode", SignedQrs.of(ERP_CLIENT_GSTIN, "INV/2627/0007", otherIrn));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-6"), ERP_KEY, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.detail("irn")).startsWith("does not match the invoice")
                .contains(Irn.of(ERP_CLIENT_GSTIN, DATE, DocumentType.INV, "INV/2627/0007"));
        assertThat(answer.detail("signedQrCode")).isNull();
    }

    @Test
    void aQrCodeNamingAnotherInvoiceIsRefused() {
        Map<String, Object> body = with(body("INV/2627/0008", 2), "signedQrCode",
                SignedQrs.of(RMS_CLIENT_GSTIN, "INV/2627/0009", "0".repeat(64)));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-6"), ERP_KEY, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("signedQrCode")).contains("names IRN " + "0".repeat(64))
                .contains("names document number INV/2627/0009").contains("names seller GSTIN " + RMS_CLIENT_GSTIN);
    }

    @Test
    void aLowerCaseInvoiceNumberAsNicIssuesThemIsTakenEndToEnd() {
        gateway.startOrder(ERP_CLIENT, "IN-9", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-9"), ERP_KEY, body("g2qxhY", 2));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("lines").get(0).path("invoiced").asInt()).isEqualTo(2);
        StoredDocument document = new DocumentRepository(gateway.jdbi())
                .find(ERP_CLIENT, DocumentKind.B2B_INVOICE, "g2qxhY").orElseThrow();
        assertThat(document.irn()).as("the IRN of the number as written")
                .isEqualTo(Irn.of(ERP_CLIENT_GSTIN, DATE, DocumentType.INV, "g2qxhY"));
    }

    @Test
    void aQrCodeOfTheGstSandboxIsRefusedUnderTheDefaultProductionIssuersNamingItsIssuer() {
        String irn = Irn.of(ERP_CLIENT_GSTIN, DATE, DocumentType.INV, "INV/2627/0021");
        Map<String, Object> body = with(body("INV/2627/0021", 2), "signedQrCode",
                SignedQrs.issuedBy("NIC Sandbox", ERP_CLIENT_GSTIN, "INV/2627/0021", irn));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-6"), ERP_KEY, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.detail("signedQrCode"))
                .isEqualTo("signed QR issued by 'NIC Sandbox', not an accepted issuer (NIC)");
    }

    @Test
    void anUnreadableQrCodeIsRefused() {
        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-6"), ERP_KEY,
                with(body("INV/2627/0010", 2), "signedQrCode", "not-a-jwt"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("signedQrCode")).isEqualTo("signed QR code is not a JWT (header.payload.signature)");
    }

    @Test
    void theShapeIsCheckedFieldByField() {
        Map<String, Object> body = with(body("INV/2627/0011", 2), "invoiceNumber", "0INV");
        body = with(body, "irn", "A".repeat(64));
        body = with(body, "lines", List.of(
                Map.of("sku", "TSHIRT-M", "quantity", 0, "taxableValue", "1.234", "gstRate", 7),
                Map.of("sku", "TSHIRT-M", "quantity", 1, "taxableValue", "-1", "gstRate", 18)));

        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-6"), ERP_KEY, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("invoiceNumber")).startsWith("must be a GST document number");
        assertThat(answer.detail("irn")).isEqualTo("must be 64 lowercase hexadecimal characters");
        assertThat(answer.detail("lines[0].quantity")).isEqualTo("must be greater than or equal to 1");
        assertThat(answer.detail("lines[0].taxableValue")).contains("numeric value out of bounds");
        assertThat(answer.detail("lines[0].gstRate")).isEqualTo("must be one of 0, 5, 12, 18, 28");
        assertThat(answer.detail("lines[1].taxableValue")).isEqualTo("must be greater than or equal to 0");
        assertThat(answer.detail("lines[1].sku")).isEqualTo("appears more than once");
    }

    @Test
    void aPdfThatIsNotBase64IsRefused() {
        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-6"), ERP_KEY,
                with(body("INV/2627/0012", 2), "invoicePdf", "not base64!"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("invoicePdf")).isEqualTo("must be base64");
    }

    @Test
    void aDateThatIsNotIsoIsMalformed() {
        Api.Answer answer = gateway.api().post(invoice(ERP_CLIENT, "IN-6"), ERP_KEY,
                with(body("INV/2627/0013", 2), "invoiceDate", "23/11/2026"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(answer.detail("invoiceDate")).isEqualTo("must be a date (yyyy-MM-dd)");
    }
}
