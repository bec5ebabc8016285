package com.vmsflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.einvoice.QrPayload;
import com.vmsflow.einvoice.SignedQr;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RmsTest {

    private static final String SUPPLIER = "29AAFCC9980M1ZR";
    private static final String BUYER = "27AAPFU0939F1ZV";

    private final Api api = new Api(TestSandbox.shared().baseUrl());

    @Test
    void theIrnIsTheOneOfTheBriefsWorkedExample() {
        Api.Reply reply = register(document("2019-20/KA/1", "2019-07-15"));

        assertThat(reply.status()).isIn(200, 201);
        assertThat(reply.body().get("irn").asText())
                .isEqualTo("23f498ee41441ecad30f72ba5b9907506c3df70a17b0e0dff46b76a786400662");
    }

    @Test
    void aSecondRegistrationOfTheDocumentAnswersTheFirstAsADuplicate() {
        String docNo = newDocNo();
        Api.Reply first = register(document(docNo, "2026-11-23"));
        Map<String, Object> changed = document(docNo, "2027-01-10");
        changed.put("totalValue", "1.00");

        Api.Reply second = register(changed);
        Api.Reply nextYear = register(document(docNo, "2027-04-01"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("duplicate").asBoolean()).isFalse();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("duplicate").asBoolean()).isTrue();
        assertThat(second.body().get("irn")).isEqualTo(first.body().get("irn"));
        assertThat(second.body().get("ackNo")).isEqualTo(first.body().get("ackNo"));
        assertThat(nextYear.status()).isEqualTo(201);
        assertThat(nextYear.body().get("irn")).isNotEqualTo(first.body().get("irn"));
        CallCounts counts = TestSandbox.client().calls(OutsideSystem.RMS, "registerEInvoice").counts();
        assertThat(counts.businessKey("registerEInvoice", "INV:" + docNo)).isEqualTo(3);
        assertThat(counts.applied("registerEInvoice", "INV:" + docNo)).isEqualTo(2);
    }

    @Test
    void aRegisteredDocumentCanBeLookedUp() {
        String docNo = newDocNo();
        Api.Reply registered = register(document(docNo, "2026-11-23"));
        HttpUrl url = HttpUrl.get(TestSandbox.shared().baseUrl()).newBuilder()
                .addPathSegments("rms/v1/e-invoices").addPathSegment(SUPPLIER).addPathSegment("INV")
                .addPathSegment(docNo).addQueryParameter("docDate", "2026-12-01").build();

        Api.Reply found = api.get(url.encodedPath() + "?" + url.encodedQuery(), null);
        Api.Reply otherYear = api.get(url.encodedPath() + "?docDate=2027-04-01", null);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("irn")).isEqualTo(registered.body().get("irn"));
        assertThat(otherYear.status()).isEqualTo(404);
    }

    @Test
    void aDocumentNumberWithSlashesIsLookedUpWithItsSlashesInThePath() {
        register(document("2019-20/KA/1", "2019-07-15"));

        Api.Reply found = api.get("/rms/v1/e-invoices/" + SUPPLIER + "/INV/2019-20/KA/1?docDate=2019-07-15", null);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("docNo").asText()).isEqualTo("2019-20/KA/1");
    }

    @Test
    void anInvalidGstinIsRefusedNamingTheField() {
        Map<String, Object> badSupplier = document(newDocNo(), "2026-11-23");
        badSupplier.put("supplierGstin", "29AABCT1332L1ZD");
        Map<String, Object> badBuyer = document(newDocNo(), "2026-11-23");
        badBuyer.put("buyerGstin", "29AABCT1332L1ZD");

        Api.Reply supplier = register(badSupplier);
        Api.Reply buyer = register(badBuyer);

        assertThat(supplier.status()).isEqualTo(422);
        assertThat(supplier.errorCode()).isEqualTo("INVALID_GSTIN");
        assertThat(supplier.body().get("message").asText()).startsWith("supplierGstin");
        assertThat(buyer.errorCode()).isEqualTo("INVALID_GSTIN");
        assertThat(buyer.body().get("message").asText()).startsWith("buyerGstin");
    }

    @Test
    void aLowerCaseNumberIsRegisteredAsWrittenAndTheSameNumberInOtherCaseIsTheSameDocumentToNic() {
        String docNo = "g" + newDocNo().toLowerCase(java.util.Locale.ROOT).substring(0, 10) + "Y";
        Api.Reply first = register(document(docNo, "2026-11-23"));
        Api.Reply upper = register(document(docNo.toUpperCase(java.util.Locale.ROOT), "2026-11-23"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.body().get("docNo").asText()).isEqualTo(docNo);
        assertThat(first.body().get("irn").asText()).as("over the number as written")
                .isEqualTo(Irn.of(SUPPLIER, LocalDate.parse("2026-11-23"), com.vmsflow.einvoice.DocumentType.INV,
                        docNo));
        assertThat(upper.status()).isEqualTo(200);
        assertThat(upper.body().get("duplicate").asBoolean()).as("NIC's duplicate check ignores case").isTrue();
        assertThat(upper.body().get("irn")).isEqualTo(first.body().get("irn"));
    }

    @Test
    void anInvalidDocumentNumberOrDocumentIsRefused() {
        Map<String, Object> startsWithZero = document("0inv-1", "2026-11-23");
        Map<String, Object> noLines = document(newDocNo(), "2026-11-23");
        noLines.put("lines", List.of());
        Map<String, Object> unknownType = document(newDocNo(), "2026-11-23");
        unknownType.put("docType", "XYZ");

        Api.Reply refused = register(startsWithZero);
        assertThat(refused.errorCode()).isEqualTo("INVALID_DOC_NO");
        assertThat(refused.body().get("message").asText()).contains("letters (either case)");
        assertThat(register(noLines).errorCode()).isEqualTo("INVALID_DOCUMENT");
        assertThat(register(unknownType).errorCode()).isEqualTo("INVALID_DOCUMENT");
    }

    @Test
    void theSignedQrCodeIsANicJwtNamingTheDocument() throws Exception {
        String docNo = newDocNo();
        JsonNode registration = register(document(docNo, "2026-11-23")).body();
        SignedJWT jwt = SignedJWT.parse(registration.get("signedQrCode").asText());

        QrPayload qr = SignedQr.read(registration.get("signedQrCode").asText());

        assertThat(jwt.verify(new MACVerifier(TestSandbox.QR_SECRET))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("NIC");
        assertThat(qr.sellerGstin()).isEqualTo(SUPPLIER);
        assertThat(qr.buyerGstin()).isEqualTo(BUYER);
        assertThat(qr.docNo()).isEqualTo(docNo);
        assertThat(qr.docType()).isEqualTo("INV");
        assertThat(qr.docDate()).isEqualTo("23/11/2026");
        assertThat(qr.totalInvoiceValue()).isEqualByComparingTo("1610.00");
        assertThat(qr.itemCount()).isEqualTo(2);
        assertThat(qr.mainHsnCode()).isEqualTo("6109");
        assertThat(qr.irn()).isEqualTo(Irn.of(SUPPLIER, LocalDate.parse("2026-11-23"),
                com.vmsflow.einvoice.DocumentType.INV, docNo));
        assertThat(LocalDateTime.parse(qr.irnDate(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))).isNotNull();
        assertThat(registration.get("totalValue").asText()).isEqualTo("1610.00");
    }

    private Api.Reply register(Map<String, Object> document) {
        return api.post("/rms/v1/e-invoices", null, document, null);
    }

    /** 1000.00 at 5% in HSN 6109 and 500.00 at 12% in HSN 6203: 1610.00 with tax. */
    private static Map<String, Object> document(String docNo, String docDate) {
        Map<String, Object> document = new HashMap<>();
        document.put("supplierGstin", SUPPLIER);
        document.put("buyerGstin", BUYER);
        document.put("docType", "INV");
        document.put("docNo", docNo);
        document.put("docDate", docDate);
        document.put("lines", List.of(
                Map.of("sku", "TSHIRT", "hsnCode", "6109", "quantity", 2, "taxableValue", "1000.00", "gstRate", 5),
                Map.of("sku", "TROUSERS", "hsnCode", "6203", "quantity", 1, "taxableValue", "500.00",
                        "gstRate", 12)));
        return document;
    }

    private static String newDocNo() {
        return "RMS" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
