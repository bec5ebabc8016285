package com.vmsflow.gateway.returns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signed QR codes of GST documents as NIC makes them (the signature is not read), of any document type. */
final class CreditNoteQrs {

    private CreditNoteQrs() {
    }

    static String of(String sellerGstin, String docType, String docNo, String irn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("SellerGstin", sellerGstin);
        data.put("BuyerGstin", "07AAGFF2194N1Z1");
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
                    "iss", "NIC"));
            return part("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + part(claims) + "." + part("signature");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
