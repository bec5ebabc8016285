package com.vmsflow.temporal;

import com.uber.m3.tally.NoopScope;
import com.uber.m3.tally.Scope;
import com.vmsflow.config.TemporalSettings;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.VmsSearchAttributes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.SimpleSslContextBuilder;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How VMS Flow reaches Temporal: a local test server, the docker compose cluster, or Temporal Cloud (API key or
 * mTLS). The gateway and the worker both connect through here, with the same data converter.
 */
public final class TemporalConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TemporalConnection.class);

    private final TemporalSettings settings;
    private final WorkflowServiceStubs stubs;
    private final WorkflowClient client;

    private TemporalConnection(TemporalSettings settings, WorkflowServiceStubs stubs) {
        this.settings = settings;
        this.stubs = stubs;
        this.client = WorkflowClient.newInstance(stubs, WorkflowClientOptions.newBuilder()
                .setNamespace(settings.namespace)
                .setDataConverter(DataConverters.vmsflow())
                .build());
    }

    public static TemporalConnection open(TemporalSettings settings) {
        return open(settings, new NoopScope());
    }

    public static TemporalConnection open(TemporalSettings settings, Scope metrics) {
        WorkflowServiceStubsOptions.Builder options = WorkflowServiceStubsOptions.newBuilder()
                .setTarget(settings.address)
                .setMetricsScope(metrics);
        secure(settings, options);
        return new TemporalConnection(settings, WorkflowServiceStubs.newServiceStubs(options.build()));
    }

    private static void secure(TemporalSettings settings, WorkflowServiceStubsOptions.Builder options) {
        if (settings.apiKey != null && !settings.apiKey.isBlank()) {
            String key = settings.apiKey;
            options.addApiKey(() -> key).setEnableHttps(true);
        }
        if (settings.tlsCertPath != null && !settings.tlsCertPath.isBlank()) {
            try (InputStream cert = new FileInputStream(settings.tlsCertPath);
                 InputStream key = new FileInputStream(settings.tlsKeyPath)) {
                options.setSslContext(SimpleSslContextBuilder.forPKCS8(cert, key).build());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Temporal client certificate", e);
            }
        } else if (settings.tls) {
            options.setEnableHttps(true);
        }
    }

    public WorkflowClient client() {
        return client;
    }

    public WorkflowServiceStubs stubs() {
        return stubs;
    }

    public String namespace() {
        return settings.namespace;
    }

    /**
     * Registers VMS Flow's custom search attributes where they are missing. A workflow that upserts an attribute
     * the server does not know fails its workflow task again and again, so this runs before any worker starts.
     */
    public void registerSearchAttributes() {
        OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions.newBuilder()
                .setChannel(stubs.getRawChannel())
                .validateAndBuildWithDefaults());
        try {
            Map<String, IndexedValueType> missing = new HashMap<>();
            Map<String, IndexedValueType> existing = existingAttributes(operator);
            for (SearchAttributeKey<?> key : VmsSearchAttributes.ALL) {
                if (!existing.containsKey(key.getName())) {
                    missing.put(key.getName(), key.getValueType());
                }
            }
            missing.forEach((name, type) -> add(operator, name, type));
        } finally {
            operator.shutdown();
        }
    }

    /** Adds one attribute; one that exists already (another process added it first) is fine. */
    private void add(OperatorServiceStubs operator, String name, IndexedValueType type) {
        try {
            operator.blockingStub().addSearchAttributes(AddSearchAttributesRequest.newBuilder()
                    .setNamespace(settings.namespace).putSearchAttributes(name, type).build());
            LOG.info("registered search attribute {}", name);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }

    /** What the server has; Temporal's test server cannot list them (it then gets them all, harmlessly again). */
    private Map<String, IndexedValueType> existingAttributes(OperatorServiceStubs operator) {
        try {
            return operator.blockingStub().listSearchAttributes(ListSearchAttributesRequest.newBuilder()
                    .setNamespace(settings.namespace).build()).getCustomAttributesMap();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
                return Map.of();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        stubs.shutdown();
    }

}
