package com.vmsflow.sandbox.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;

/** The ERP simulator: one ERP per configured client. */
public class ErpSettings {

    @Valid
    @NotNull
    @JsonProperty
    public List<ErpClientSettings> clients = new ArrayList<>();

    /** Not configured from YAML: what sees each call of the ERPs to the gateway (the tests check it). */
    @JsonIgnore
    public List<Interceptor> gatewayInterceptors = new ArrayList<>();
}
