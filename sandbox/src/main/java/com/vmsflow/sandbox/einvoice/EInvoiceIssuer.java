package com.vmsflow.sandbox.einvoice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.einvoice.QrPayload;
import com.vmsflow.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * Makes e-invoices as the GST system does: the IRN and a QR code signed by "NIC", here the sandbox's key. The RMS
 * simulator and the ERP simulator both use it, so every document of the sandbox looks the same.
 */
public class EInvoiceIssuer {

    /** Indian Standard Time: document dates, and so financial years, are Indian. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter IRN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;
    private final Clock clock;

    private EInvoiceIssuer(JWSSigner signer, JWSAlgorithm algorithm, Clock clock) {
        this.signer = signer;
        this.algorithm = algorithm;
        this.clock = clock;
    }

    /** Signs with RS256 and a key made now: nobody outside the sandbox checks NIC's signature. */
    public static EInvoiceIssuer withGeneratedKey(Clock clock) {
        try {
            return new EInvoiceIssuer(new RSASSASigner(new RSAKeyGenerator(2048).generate()), JWSAlgorithm.RS256,
                    clock);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an RSA key", e);
        }
    }

    /** Signs with HS256 and a shared secret of at least 32 bytes, so a test can check signatures. */
    public static EInvoiceIssuer withSecret(String secret, Clock clock) {
        try {
            return new EInvoiceIssuer(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256,
                    clock);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the QR signing secret must be at least 32 bytes", e);
        }
    }

    public IssuedDocument issue(DocumentDraft draft) {
        String irn = Irn.of(draft.supplierGstin(), draft.docDate(), draft.type(), draft.docNo());
        LocalDateTime irnDate = LocalDateTime.now(clock.withZone(IST)).withNano(0);
        BigDecimal total = draft.totalValue() != null ? draft.totalValue() : totalValue(draft);
        QrPayload payload = new QrPayload(draft.supplierGstin(), draft.buyerGstin(), draft.docNo(),
                draft.type().name(), DOC_DATE.format(draft.docDate()), total, draft.lines().size(),
                mainHsnCode(draft), irn, IRN_DATE.format(irnDate));
        return new IssuedDocument(irn, sign(payload), total, irnDate);
    }

    /** Taxable value plus GST over all lines, to two places. */
    private static BigDecimal totalValue(DocumentDraft draft) {
        return draft.lines().stream()
                .map(line -> line.taxableValue().multiply(BigDecimal.ONE.add(line.gstRate().divide(HUNDRED))))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** The HSN code of the line with the largest taxable value, as NIC puts it in the QR. */
    private static String mainHsnCode(DocumentDraft draft) {
        return draft.lines().stream()
                .max(Comparator.comparing(DraftLine::taxableValue))
                .map(DraftLine::hsnCode)
                .orElse(null);
    }

    private String sign(QrPayload payload) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .claim("data", Json.mapper().writeValueAsString(payload))
                    .issuer("NIC")
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JsonProcessingException | JOSEException e) {
            throw new IllegalStateException("cannot sign a QR code", e);
        }
    }
}
