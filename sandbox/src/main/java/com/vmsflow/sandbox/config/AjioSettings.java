package com.vmsflow.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** The Ajio simulator. */
public class AjioSettings {

    /** How long an access token lives (Ajio: 30 minutes). */
    @NotNull
    @JsonProperty
    public Duration tokenTtl = Duration.minutes(30);

    /**
     * Sellers whose secret is checked. Any other seller id is accepted with any non-empty secret, so tests need
     * not configure their sellers.
     */
    @Valid
    @NotNull
    @JsonProperty
    public List<SellerAccount> sellers = new ArrayList<>();

    /** Ajio's own GSTIN, the buyer of every B2B order and of the invoices uploaded to it. */
    @NotEmpty
    @JsonProperty
    public String buyerGstin = "07AAGFF2194N1Z1";

    /** RSI acceptances per second and seller before Ajio answers 429. */
    @Min(1)
    @JsonProperty
    public int rsiAcceptancesPerSecond = 5;

    /** Figures per inventory push; a bigger batch is refused with 400 {@code BATCH_TOO_LARGE}. */
    @Min(1)
    @JsonProperty
    public int inventoryBatchSize = 50;

    /** Inventory calls (pushes and listings together) per second and seller before Ajio answers 429. */
    @Min(1)
    @JsonProperty
    public int inventoryCallsPerSecond = 5;

    /** How long after an RTO request its expectation appears on the returns feed. */
    @NotNull
    @JsonProperty
    public Duration rtoDelay = Duration.seconds(5);
}
