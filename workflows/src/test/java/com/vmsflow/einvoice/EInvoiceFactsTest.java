package com.vmsflow.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The GST e-invoice facts of BRIEF "Domain facts", on their worked examples. */
class EInvoiceFactsTest {

    @Test
    void theIrnOfTheWorkedExample() {
        assertThat(Irn.of("29AAFCC9980M1ZR", "2019-20", DocumentType.INV, "2019-20/KA/1"))
                .isEqualTo("23f498ee41441ecad30f72ba5b9907506c3df70a17b0e0dff46b76a786400662");
        assertThat(Irn.of("29AAFCC9980M1ZR", LocalDate.of(2020, 3, 31), DocumentType.INV, "2019-20/KA/1"))
                .as("31 March still belongs to 2019-20")
                .isEqualTo("23f498ee41441ecad30f72ba5b9907506c3df70a17b0e0dff46b76a786400662");
        assertThat(Irn.hasShape("23f498ee41441ecad30f72ba5b9907506c3df70a17b0e0dff46b76a786400662")).isTrue();
        assertThat(Irn.hasShape("23F498EE41441ECAD30F72BA5B9907506C3DF70A17B0E0DFF46B76A786400662")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2019-04-01,2019-20,1920", "2020-03-31,2019-20,1920", "2026-11-23,2026-27,2627",
            "2099-12-31,2099-00,9900"})
    void theFinancialYearRunsAprilToMarch(LocalDate date, String year, String compact) {
        assertThat(FinancialYear.of(date)).isEqualTo(year);
        assertThat(FinancialYear.compact(date)).isEqualTo(compact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29AAFCC9980M1ZR", "27AAPFU0939F1ZV", "07AAGFF2194N1Z1"})
    void validGstins(String gstin) {
        assertThat(Gstin.isValid(gstin)).isTrue();
        assertThat(Gstin.problem(gstin)).isNull();
    }

    @Test
    void invalidGstinsSayWhy() {
        assertThat(Gstin.problem("29AABCT1332L1ZD")).contains("wrong check character").contains("expected A");
        assertThat(Gstin.problem("29AAFCC9980M1Z")).contains("shape");
        assertThat(Gstin.problem("29aafcc9980m1zr")).contains("shape");
        assertThat(Gstin.problem(null)).contains("required");
    }

    @ParameterizedTest
    @CsvSource({"2019-20/KA/1,true", "DR2627000001,true", "0ABC,false", "A,true", "ABCDEFGHIJKLMNOPQ,false",
            "ab12,true", "g2qxhY,true", "inv/2627/a-1,true", "0abc,false", "/abc,false", "-abc,false",
            "abcdefghijklmnop,true", "abcdefghijklmnopq,false", "A B,false", "ÄBC,false"})
    void documentNumbers(String docNo, boolean valid) {
        assertThat(DocumentNumber.isValid(docNo)).isEqualTo(valid);
    }

    @Test
    void theSignedQrPayloadIsRead() {
        String inner = "{\"SellerGstin\":\"29AAFCC9980M1ZR\",\"BuyerGstin\":\"07AAGFF2194N1Z1\",\"DocNo\":\"DR1\","
                + "\"DocTyp\":\"INV\",\"DocDt\":\"23/11/2026\",\"TotInvVal\":1678.20,\"ItemCnt\":1,"
                + "\"MainHsnCode\":\"6109\",\"Irn\":\"abc\",\"IrnDt\":\"2026-11-23 10:00:00\"}";
        String claims = "{\"data\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(inner) + ",\"iss\":\"NIC\"}";
        String jwt = b64("{\"alg\":\"RS256\"}") + "." + b64(claims) + ".c2lnbmF0dXJl";

        QrPayload payload = SignedQr.read(jwt);

        assertThat(payload.sellerGstin()).isEqualTo("29AAFCC9980M1ZR");
        assertThat(payload.docNo()).isEqualTo("DR1");
        assertThat(payload.irn()).isEqualTo("abc");
        assertThat(payload.itemCount()).isEqualTo(1);
    }

    @Test
    void aQrThatIsNotANicJwtIsRefusedWithAReason() {
        assertThatThrownBy(() -> SignedQr.read("not-a-jwt")).hasMessageContaining("not a JWT");
        assertThatThrownBy(() -> SignedQr.read("a.!!!.c")).hasMessageContaining("base64url");
        assertThatThrownBy(() -> SignedQr.read(b64("{}") + "." + b64("{\"iss\":\"X\"}") + ".s"))
                .hasMessage("signed QR issued by 'X', not an accepted issuer (NIC)");
        assertThatThrownBy(() -> SignedQr.read(b64("{}") + "." + b64("{\"data\":\"{}\"}") + ".s"))
                .hasMessage("signed QR names no issuer, not an accepted issuer (NIC)");
    }

    @Test
    void aGstSandboxQrIsRefusedUnderProductionsIssuersNamingItsIssuerAndReadUnderUats() {
        String claims = "{\"data\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf("{\"DocNo\":\"g2qxhY\"}")
                + ",\"iss\":\"NIC Sandbox\"}";
        String jwt = b64("{\"alg\":\"RS256\"}") + "." + b64(claims) + ".c2lnbmF0dXJl";

        assertThatThrownBy(() -> SignedQr.read(jwt)).as("production's default")
                .hasMessage("signed QR issued by 'NIC Sandbox', not an accepted issuer (NIC)");
        assertThatThrownBy(() -> SignedQr.read(jwt, new QrIssuers(List.of("NIC"))))
                .hasMessage("signed QR issued by 'NIC Sandbox', not an accepted issuer (NIC)");
        assertThat(SignedQr.read(jwt, QrIssuers.UAT).docNo()).isEqualTo("g2qxhY");
        assertThat(SignedQr.read(jwt, new QrIssuers(List.of("NIC", "NIC Sandbox"))).docNo()).isEqualTo("g2qxhY");
        assertThatThrownBy(() -> new QrIssuers(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIrnIsOfTheNumberAsWrittenAndNicsDuplicateCheckIgnoresCase() {
        LocalDate date = LocalDate.of(2026, 11, 23);
        assertThat(Irn.of("29AAFCC9980M1ZR", date, DocumentType.INV, "g2qxhY"))
                .isNotEqualTo(Irn.of("29AAFCC9980M1ZR", date, DocumentType.INV, "G2QXHY"));
        assertThat(DocumentNumber.duplicateKey("g2qxhY")).isEqualTo(DocumentNumber.duplicateKey("G2QXHY"));
        assertThat(DocumentNumber.duplicateKey("inv/1")).isNotEqualTo(DocumentNumber.duplicateKey("inv/2"));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
