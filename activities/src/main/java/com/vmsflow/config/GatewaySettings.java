package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import com.vmsflow.einvoice.QrIssuers;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The api-gateway's own limits. */
public class GatewaySettings {

    /** Larger request bodies are refused with 413. */
    @NotNull
    @JsonProperty
    public DataSize maxRequestBody = DataSize.megabytes(2);

    /** How long {@code POST /handovers} waits for Ajio's manifests before answering 202. */
    @NotNull
    @JsonProperty
    public Duration handoverWait = Duration.seconds(20);

    /**
     * {@code POST /rto-receipts}: how long the RTO's workflow waits for Ajio's expectation before asking Ajio again
     * to generate it.
     */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    public Duration rtoAskAgainAfter = Duration.minutes(30);

    /** Requests a second per API key (a burst of as many passes) before 429 RATE_LIMITED. */
    @Min(1)
    @JsonProperty
    public int requestsPerSecondPerKey = 100;

    /**
     * The issuers ({@code iss}) of the signed QR codes accepted on the ERP's invoices and credit notes: NIC only
     * unless the environment says otherwise (production.yml: NIC only); a UAT environment may add the GST
     * sandbox's {@code NIC Sandbox}. The rule is {@link QrIssuers}'.
     */
    @NotEmpty
    @JsonProperty
    public List<@NotBlank String> acceptedQrIssuers = QrIssuers.NIC_ONLY.accepted();
}
