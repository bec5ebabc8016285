package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.b2b2c.CostPrice;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.inventory.ChannelRef;
import io.dropwizard.util.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The client's stores and warehouses (seed 003); none: free-form inventory locations, as before web stores.
     */
    @Valid
    @NotNull
    @JsonProperty
    public List<LocationSettings> locations = new ArrayList<>();

    /** How web store orders are routed to the locations. */
    @Valid
    @NotNull
    @JsonProperty
    public RoutingSettings routing = new RoutingSettings();

    /**
     * Set on a partner whose marketplace orders a brand fulfils (B2B2C, seed 002): the brand, and what its ERP needs
     * of the partner. Null for a client that sells its own stock.
     */
    @Valid
    @JsonProperty
    public FulfilledBy fulfilledBy;

    /**
     * The channels, the default Ajio channel when the settings name none; a B2B2C partner has none of its own (its
     * brand's stock is shown under its account by a channel of the brand's).
     */
    public List<ChannelSettings> channels() {
        if (fulfilledBy != null) {
            return List.of();
        }
        return channels == null || channels.isEmpty() ? List.of(ChannelSettings.defaultAjio()) : channels;
    }

    /** The Ajio channels of these clients shown under another client's seller account, with that account. */
    public static Map<ChannelRef, String> sellerAccounts(List<ClientSettings> clients) {
        Map<ChannelRef, String> accounts = new LinkedHashMap<>();
        clients.forEach(client -> client.channels().stream().filter(c -> c.sellerAccount != null)
                .forEach(c -> accounts.put(c.ref(client.clientId), c.sellerAccount)));
        return accounts;
    }

    /** The partner's terms that its orders carry, or null for a client that sells its own stock. */
    public B2b2cTerms b2b2cTerms() {
        return fulfilledBy == null ? null : new B2b2cTerms(clientId, supplierGstin, invoicePrefix,
                fulfilledBy.billingAddress, fulfilledBy.accountCodes, fulfilledBy.costPrice, returnModel);
    }

    /**
     * Why these clients' B2B2C pairings cannot run, one sentence each; empty when they can: a partner's brand is
     * another configured client that is not itself a partner, and the partner's marketplace invoice is the RMS's (the
     * brand's ERP invoices the partner, not the marketplace).
     */
    public static List<String> pairingProblems(List<ClientSettings> clients) {
        List<String> problems = new ArrayList<>();
        for (ClientSettings client : clients) {
            for (ChannelSettings channel : client.channels()) {
                ClientSettings account = clients.stream().filter(c -> c.clientId.equals(channel.sellerAccount))
                        .findFirst().orElse(null);
                if (channel.sellerAccount != null && (account == null || account.fulfilledBy == null
                        || !client.clientId.equals(account.fulfilledBy.clientId))) {
                    problems.add("channel " + channel.channelId + " of " + client.clientId + " is on the seller"
                            + " account of " + channel.sellerAccount + ", which is not a partner " + client.clientId
                            + " fulfils");
                }
            }
        }
        for (ClientSettings partner : clients) {
            if (partner.fulfilledBy == null) {
                continue;
            }
            String brandId = partner.fulfilledBy.clientId;
            ClientSettings brand = clients.stream().filter(c -> c.clientId.equals(brandId)).findFirst().orElse(null);
            if (brand == null || brand == partner) {
                problems.add("client " + partner.clientId + " is fulfilled by " + brandId + ", which is not another"
                        + " configured client");
            } else if (brand.fulfilledBy != null) {
                problems.add("client " + partner.clientId + " is fulfilled by " + brandId + ", itself a partner"
                        + " fulfilled by " + brand.fulfilledBy.clientId + ": a brand fulfils from its own stock");
            }
            boolean shown = brand == null || brand == partner || brand.channels().stream()
                    .anyMatch(c -> partner.clientId.equals(c.sellerAccount));
            if (!shown) {
                problems.add("client " + partner.clientId + " is fulfilled by " + brandId + ", which has no Ajio"
                        + " channel with sellerAccount " + partner.clientId + ": its stock would not be shown there");
            }
            if (partner.returnModel == ReturnModel.CREDIT_NOTE_ERP) {
                problems.add("client " + partner.clientId + " is a B2B2C partner: its return model must be"
                        + " CREDIT_NOTE_RMS or RSI (the brand's ERP makes no credit note to the marketplace)");
            }
            if (partner.eInvoicingModel != EInvoicingModel.RMS) {
                problems.add("client " + partner.clientId + " is a B2B2C partner: its e-invoicing model must be RMS"
                        + " (the RMS makes its B2B invoice to the marketplace at packing, after the brand's)");
            }
        }
        return problems;
    }

    /** A partner's pairing with its brand (the YAML's {@code fulfilledBy}). */
    public static class FulfilledBy {
        /** The brand: its stock, warehouse and ERP fulfil the partner's orders. */
        @NotEmpty
        @JsonProperty
        public String clientId;

        @NotNull
        @JsonProperty
        public B2b2cTerms.BillingAddress billingAddress;

        @NotNull
        @JsonProperty
        public B2b2cTerms.AccountCodes accountCodes;

        /** {@code percentOfSellingPrice: 60} or {@code bySku: {TEE-M: 420.00}}, one of the two. */
        @NotNull
        @JsonProperty
        public CostPrice costPrice;
    }

    public ClientProfile toProfile() {
        return new ClientProfile(clientId, supplierGstin, eInvoicingModel, returnModel, postingMode,
                java.time.Duration.ofMillis(acknowledgementHold.toMilliseconds()),
                java.time.Duration.ofMillis(erpInvoiceDeadline.toMilliseconds()), invoicePrefix);
    }
}
