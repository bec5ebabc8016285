package com.vmsflow.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.client.PostingMode;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** One client's ERP: how it receives postings and where it sends its e-invoices and credit notes. */
public class ErpClientSettings {

    @NotEmpty
    @JsonProperty
    public String clientId;

    @NotNull
    @JsonProperty
    public PostingMode mode = PostingMode.PUSH;

    /** The gateway's base URL, e.g. {@code http://127.0.0.1:8080}. */
    @NotEmpty
    @JsonProperty
    public String gatewayUrl;

    /** The ERP's API key at the gateway. */
    @NotEmpty
    @JsonProperty
    public String apiKey;

    /** The client's GSTIN, the supplier of the ERP's documents. */
    @NotEmpty
    @JsonProperty
    public String supplierGstin;

    /** How long the ERP takes to make an e-invoice or credit note after the posting. */
    @NotNull
    @JsonProperty
    public Duration invoiceDelay = Duration.seconds(2);

    /** PULL mode: how often the ERP reads the postings feed. */
    @NotNull
    @JsonProperty
    public Duration pollInterval = Duration.seconds(1);

    public ErpClientSettings() {
    }

    public ErpClientSettings(String clientId, PostingMode mode, String gatewayUrl, String apiKey,
                             String supplierGstin) {
        this.clientId = clientId;
        this.mode = mode;
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
        this.supplierGstin = supplierGstin;
    }
}
