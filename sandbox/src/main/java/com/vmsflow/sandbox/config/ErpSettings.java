package com.vmsflow.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** The ERP simulator: one ERP per configured client. */
public class ErpSettings {

    @Valid
    @NotNull
    @JsonProperty
    public List<ErpClientSettings> clients = new ArrayList<>();
}
