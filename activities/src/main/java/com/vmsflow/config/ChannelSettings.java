package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.GoLive;
import com.vmsflow.inventory.GoLiveMode;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sales channel of a client: an Ajio seller account (the client's {@code ajioSellerId}) or, in release 2, a web
 * store. Each is served by a set of the client's locations and keeps back a stock buffer.
 */
public class ChannelSettings {

    /** The Ajio channel every client has when its settings name none. */
    public static final String DEFAULT_AJIO = "ajio";

    @NotEmpty
    @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$")
    @JsonProperty
    public String channelId = DEFAULT_AJIO;

    @NotNull
    @JsonProperty
    public ChannelKind kind = ChannelKind.AJIO;

    /** The locations whose stock the channel sells; empty: every location of the client. */
    @NotNull
    @JsonProperty
    public List<String> locations = new ArrayList<>();

    /** Units kept back per SKU from what the channel is shown; null: the client's {@code stockBuffer}. */
    @Min(0)
    @JsonProperty
    public Integer buffer;

    /** Per client SKU, a buffer other than {@link #buffer}. */
    @NotNull
    @JsonProperty
    public Map<String, @Min(0) Integer> skuBuffers = new LinkedHashMap<>();

    /**
     * For an Ajio channel, the client whose seller account shows it, when not this client's own: a brand's stock
     * shown under the account of a B2B2C partner it fulfils (seed 002).
     */
    @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$")
    @JsonProperty
    public String sellerAccount;

    /** The go-live mode a new sync starts with; support changes it later through the API. */
    @NotNull
    @JsonProperty
    public GoLiveMode goLive = GoLiveMode.ALL;

    /** The client SKUs shown under {@code ALLOW_LIST}. */
    @NotNull
    @JsonProperty
    public List<String> allowList = new ArrayList<>();

    public static ChannelSettings defaultAjio() {
        return new ChannelSettings();
    }

    public ChannelRef ref(String clientId) {
        return new ChannelRef(clientId, channelId);
    }

    public GoLive initialGoLive() {
        return new GoLive(goLive, allowList);
    }

    public int bufferOr(int clientBuffer) {
        return buffer == null ? clientBuffer : buffer;
    }
}
