package com.vmsflow.einvoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;

/**
 * Reads the signed QR code of an e-invoice: a JWT whose payload is {@code {"data": "<JSON string>", "iss": "NIC"}}
 * ({@code "iss": "NIC Sandbox"} from the GST sandbox; which issuers are accepted is the environment's
 * {@link QrIssuers}). Only the payload is read here; the signature is NIC's and is checked by Ajio.
 */
public final class SignedQr {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignedQr() {
    }

    /** The payload of a QR issued by NIC (production's rule), or why it cannot be read. */
    public static QrPayload read(String jwt) {
        return read(jwt, QrIssuers.NIC_ONLY);
    }

    /**
     * The payload of a QR whose issuer was checked already (the gateway refuses those the environment does not
     * accept before a workflow sees the document).
     */
    public static QrPayload readWhateverIssuer(String jwt) {
        return read(jwt, null);
    }

    /**
     * The payload of the QR, or an {@link IllegalArgumentException} saying why it cannot be read; a QR whose
     * {@code iss} is not one of {@code issuers} is refused, the refusal naming the issuer it has.
     */
    public static QrPayload read(String jwt, QrIssuers issuers) {
        if (jwt == null) {
            throw new IllegalArgumentException("signed QR code is missing");
        }
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("signed QR code is not a JWT (header.payload.signature)");
        }
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("signed QR code is not valid base64url", e);
        }
        try {
            JsonNode claims = MAPPER.readTree(payload);
            JsonNode iss = claims.get("iss");
            String problem = issuers == null ? null
                    : issuers.problem(iss == null || !iss.isTextual() ? null : iss.asText());
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            JsonNode data = claims.get("data");
            if (data == null || !data.isTextual()) {
                throw new IllegalArgumentException("signed QR code has no data claim");
            }
            return MAPPER.readValue(data.asText(), QrPayload.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("signed QR code payload is not the NIC JSON", e);
        }
    }
}
