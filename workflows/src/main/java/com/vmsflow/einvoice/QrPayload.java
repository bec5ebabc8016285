package com.vmsflow.einvoice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** What the signed QR code of an e-invoice says (the inner JSON of its {@code data} claim). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QrPayload(
        @JsonProperty("SellerGstin") String sellerGstin,
        @JsonProperty("BuyerGstin") String buyerGstin,
        @JsonProperty("DocNo") String docNo,
        @JsonProperty("DocTyp") String docType,
        @JsonProperty("DocDt") String docDate,
        @JsonProperty("TotInvVal") BigDecimal totalInvoiceValue,
        @JsonProperty("ItemCnt") int itemCount,
        @JsonProperty("MainHsnCode") String mainHsnCode,
        @JsonProperty("Irn") String irn,
        @JsonProperty("IrnDt") String irnDate) {
}
