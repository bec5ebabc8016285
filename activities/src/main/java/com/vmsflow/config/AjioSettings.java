package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Ajio's VMS API. */
public class AjioSettings extends HttpSettings {

    /** A token is refreshed this long before Ajio says it expires. */
    @NotNull
    @JsonProperty
    public Duration tokenRefreshMargin = Duration.minutes(2);

    /** RSI acceptances a second: kept under Ajio's per-seller limit by the RSI task queue's worker. */
    @JsonProperty
    public double rsiAcceptancesPerSecond = 4;

    /** Channel SKUs per inventory push: Ajio refuses bigger batches. */
    @Min(1)
    @JsonProperty
    public int inventoryBatchSize = 50;

    /** Inventory calls a second per seller: Ajio's rate limit, under which the sync spaces its calls. */
    @JsonProperty
    public double inventoryCallsPerSecond = 5;

    /** Orders per page when listing orders by date window. */
    @JsonProperty
    public int pageSize = 200;
}
