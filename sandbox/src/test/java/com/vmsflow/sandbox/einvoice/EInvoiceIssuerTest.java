package com.vmsflow.sandbox.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.einvoice.QrPayload;
import com.vmsflow.einvoice.SignedQr;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EInvoiceIssuerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutASecretTheQrIsSignedRs256WithAKeyMadeAtStart() throws Exception {
        EInvoiceIssuer issuer = EInvoiceIssuer.withGeneratedKey(CLOCK);
        LocalDate date = LocalDate.parse("2026-11-24");

        IssuedDocument issued = issuer.issue(new DocumentDraft("29AAFCC9980M1ZR", "07AAGFF2194N1Z1",
                DocumentType.CRN, "CN2627000001", date,
                List.of(new DraftLine("6109", new BigDecimal("100.00"), BigDecimal.valueOf(5))), null));

        assertThat(SignedJWT.parse(issued.signedQrCode()).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        QrPayload qr = SignedQr.read(issued.signedQrCode());
        assertThat(issued.irn()).isEqualTo(Irn.of("29AAFCC9980M1ZR", date, DocumentType.CRN, "CN2627000001"));
        assertThat(qr.irn()).isEqualTo(issued.irn());
        assertThat(qr.docType()).isEqualTo("CRN");
        assertThat(qr.docDate()).isEqualTo("24/11/2026");
        assertThat(qr.totalInvoiceValue()).isEqualByComparingTo("105.00");
        assertThat(qr.irnDate()).isEqualTo("2026-11-24 01:30:00");
    }
}
