package com.vmsflow.config;

import com.vmsflow.json.Json;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;

/** What the gateway and the worker read their configuration with: the same strict substitution, the same JSON. */
public abstract class VmsFlowApplication extends Application<VmsFlowConfiguration> {

    private final String name;

    protected VmsFlowApplication(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void initialize(Bootstrap<VmsFlowConfiguration> bootstrap) {
        // Strict: a ${VAR} without a default that the environment lacks stops the start, naming the variable.
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
        Json.configure(bootstrap.getObjectMapper());
    }
}
