package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import io.dropwizard.util.Duration;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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

    /** Units kept back per SKU from what every channel is shown, unless the channel sets its own. */
    @Min(0)
    @JsonProperty
    public int stockBuffer = 0;

    /** The client's sales channels; none named: its Ajio seller account alone, channel {@code ajio}. */
    @Valid
    @JsonProperty
    public List<ChannelSettings> channels = new ArrayList<>();

    /** The channels, the default Ajio channel when the settings name none. */
    public List<ChannelSettings> channels() {
        return channels == null || channels.isEmpty() ? List.of(ChannelSettings.defaultAjio()) : channels;
    }

    public ClientProfile toProfile() {
        return new ClientProfile(clientId, supplierGstin, eInvoicingModel, returnModel, postingMode,
                java.time.Duration.ofMillis(acknowledgementHold.toMilliseconds()),
                java.time.Duration.ofMillis(erpInvoiceDeadline.toMilliseconds()), invoicePrefix);
    }
}
