package com.vmsflow.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

/** An Ajio seller account whose secret the token call checks. */
public class SellerAccount {

    @NotEmpty
    @JsonProperty
    public String sellerId;

    @NotEmpty
    @JsonProperty
    public String secret;

    public SellerAccount() {
    }

    public SellerAccount(String sellerId, String secret) {
        this.sellerId = sellerId;
        this.secret = secret;
    }
}
