package com.vmsflow.gateway.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signed QR codes as NIC makes them: a JWT whose {@code data} claim is the invoice's JSON (signature not read), issued
 * by NIC unless said otherwise.
 */
public final class SignedQrs {

    private SignedQrs() {
    }

    /** An invoice's. */
    public static String of(String sellerGstin, String docNo, String irn) {
        return of(sellerGstin, "27AAPFU0939F1ZV", "INV", docNo, irn);
    }

    /** Any GST document's: {@code docType} INV or CRN. */
    public static String of(String sellerGstin, String buyerGstin, String docType, String docNo, String irn) {
        return issuedBy("NIC", sellerGstin, buyerGstin, docType, docNo, irn);
    }

    /** An invoice's, issued by {@code issuer}: e.g. {@code NIC Sandbox}, the GST sandbox that ERPs use in UAT. */
    public static String issuedBy(String issuer, String sellerGstin, String docNo, String irn) {
        return issuedBy(issuer, sellerGstin, "27AAPFU0939F1ZV", "INV", docNo, irn);
    }

    private static String issuedBy(String issuer, String sellerGstin, String buyerGstin, String docType,
                                   String docNo, String irn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("SellerGstin", sellerGstin);
        data.put("BuyerGstin", buyerGstin);
        data.put("DocNo", docNo);
        data.put("DocTyp", docType);
        data.put("DocDt", "23/11/2026");
        data.put("TotInvVal", 1118.88);
        data.put("ItemCnt", 1);
        data.put("MainHsnCode", "6109");
        data.put("Irn", irn);
        data.put("IrnDt", "2026-11-23 10:00:00");
        try {
            String claims = Json.mapper().writeValueAsString(Map.of("data", Json.mapper().writeValueAsString(data),
                    "iss", issuer));
            return part("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + part(claims) + "." + part("signature");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
