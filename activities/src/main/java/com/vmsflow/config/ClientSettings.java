package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One client (brand) and its Ajio seller account. */
public class ClientSettings {

    @NotEmpty
    @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$")
    @JsonProperty
    public String clientId;

    @NotEmpty
    @JsonProperty
    public String name;

    @NotEmpty
    @JsonProperty
    public String ajioSellerId;

    /** The Ajio seller secret: from an environment variable outside local runs. */
    @NotEmpty
    @JsonProperty
    public String ajioSecret;

    @NotEmpty
    @JsonProperty
    public String supplierGstin;

    @NotNull
    @JsonProperty
    public EInvoicingModel eInvoicingModel;

    @NotNull
    @JsonProperty
    public ReturnModel returnModel;

    @NotNull
    @JsonProperty
    public PostingMode postingMode = PostingMode.PUSH;

    /** The ERP's URL for PUSH postings. */
    @JsonProperty
    public String erpUrl;

    @NotNull
    @JsonProperty
    public Duration acknowledgementHold = Duration.hours(4);

    @NotNull
    @JsonProperty
    public Duration erpInvoiceDeadline = Duration.hours(24);

    @NotEmpty
    @Pattern(regexp = "^[A-Z][A-Z0-9]{0,3}$")
    @JsonProperty
    public String invoicePrefix;

    public ClientProfile toProfile() {
        return new ClientProfile(clientId, supplierGstin, eInvoicingModel, returnModel, postingMode,
                java.time.Duration.ofMillis(acknowledgementHold.toMilliseconds()),
                java.time.Duration.ofMillis(erpInvoiceDeadline.toMilliseconds()), invoicePrefix);
    }
}
