package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.json.Json;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/** Reads a VMS Flow YAML file the way the processes do, with {@code ${VAR:-default}} from given values first. */
public final class Configs {

    private Configs() {
    }

    public static VmsFlowConfiguration load(Path file, Map<String, String> values) {
        ObjectMapper mapper = Json.configure(Jackson.newObjectMapper());
        YamlConfigurationFactory<VmsFlowConfiguration> factory = new YamlConfigurationFactory<>(
                VmsFlowConfiguration.class, Validators.newValidator(), mapper, "dw");
        StringSubstitutor substitutor = new StringSubstitutor(key -> values.containsKey(key) ? values.get(key)
                : System.getenv(key));
        // As strict as the processes: a ${VAR} without a default and without a value fails, naming the variable.
        substitutor.setEnableUndefinedVariableException(true);
        try {
            return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor),
                    file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
