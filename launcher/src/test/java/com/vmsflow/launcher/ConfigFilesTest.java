package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.DevKey;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.einvoice.QrIssuers;
import com.vmsflow.json.Json;
import com.vmsflow.sandbox.SandboxConfiguration;
import com.vmsflow.sandbox.config.ErpClientSettings;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.DropwizardLayout;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every configuration file loads and validates as the processes read it (strict {@code ${VAR}} substitution), with
 * sample environment values, and its log lines carry the workflow id.
 */
class ConfigFilesTest {

    private static final Path CONFIG = Path.of("..", "config");

    /** What production.yml needs from the environment (no default in the file). */
    private static final Map<String, String> PRODUCTION = Map.ofEntries(
            Map.entry("DATABASE_URL", "jdbc:postgresql://db.internal:5432/vmsflow"),
            Map.entry("DATABASE_USER", "vmsflow"),
            Map.entry("DATABASE_PASSWORD", "s3cret"),
            Map.entry("TEMPORAL_ADDRESS", "my-ns.a1b2c.tmprl.cloud:7233"),
            Map.entry("TEMPORAL_NAMESPACE", "my-ns.a1b2c"),
            Map.entry("TEMPORAL_API_KEY", "temporal-key"),
            Map.entry("AJIO_URL", "https://vms.ajio.example/api"),
            Map.entry("RMS_URL", "https://rms.example/api"),
            Map.entry("CLIENT_ID", "brand-x"),
            Map.entry("CLIENT_NAME", "Brand X"),
            Map.entry("AJIO_SELLER_ID", "100234"),
            Map.entry("AJIO_SECRET", "ajio-secret"),
            Map.entry("CLIENT_GSTIN", "29AAFCC9980M1ZR"),
            Map.entry("CLIENT_EINVOICING_MODEL", "RMS"),
            Map.entry("CLIENT_RETURN_MODEL", "RSI"),
            Map.entry("CLIENT_INVOICE_PREFIX", "BX"));

    private static final Map<String, String> WORKFLOW_CONTEXT = Map.of("WorkflowId", "order:demo-erp:AJ-1",
            "RunId", "3f1c0a9e-run", "ActivityType", "Acknowledge", "Namespace", "vmsflow");

    @Test
    void localYmlLoadsWithItsDefaults() {
        VmsFlowConfiguration config = Configs.load(CONFIG.resolve("local.yml"), Map.of());

        assertThat(config.temporal.address).isEqualTo("127.0.0.1:7233");
        assertThat(config.clients).extracting(c -> c.clientId).containsExactly("demo-erp", "demo-rms", "demo-cn",
                "demo-brand", "demo-partner");
        assertThat(config.clients).extracting(c -> c.returnModel).as("every return model is shown")
                .containsExactly(ReturnModel.CREDIT_NOTE_ERP, ReturnModel.RSI, ReturnModel.CREDIT_NOTE_RMS,
                        ReturnModel.CREDIT_NOTE_ERP, ReturnModel.CREDIT_NOTE_RMS);
        assertThat(ClientSettings.pairingProblems(config.clients)).as("the B2B2C pair can run").isEmpty();
        assertThat(config.clients.get(4).b2b2cTerms().partnerGstin()).isEqualTo("29AABCP1234C1ZW");
        assertThat(ClientSettings.sellerAccounts(config.clients)).containsExactly(java.util.Map.entry(
                new com.vmsflow.inventory.ChannelRef("demo-brand", "ajio-demo-partner"), "demo-partner"));
        assertThat(config.devKeys).hasSize(14);
        assertThat(config.gateway.rtoAskAgainAfter).isEqualTo(io.dropwizard.util.Duration.seconds(10));
        assertThat(ports(config)).containsExactly(8080, 8081);
    }

    @Test
    void dockerYmlNamesTheComposeServices() {
        VmsFlowConfiguration config = Configs.load(CONFIG.resolve("docker.yml"), Map.of());

        assertThat(config.database.getUrl()).isEqualTo("jdbc:postgresql://postgresql:5432/vmsflow");
        assertThat(config.temporal.address).isEqualTo("temporal:7233");
        assertThat(config.temporal.namespace).isEqualTo("vmsflow");
        assertThat(config.temporal.registerSearchAttributes).as("the admin job registers them").isFalse();
        assertThat(config.ajio.baseUrl).isEqualTo("http://sandbox:8090/ajio");
        assertThat(config.rms.baseUrl).isEqualTo("http://sandbox:8090/rms");
        assertThat(config.clients).filteredOn(c -> c.eInvoicingModel == EInvoicingModel.ERP)
                .extracting(c -> c.erpUrl).containsExactly("http://sandbox:8090/erp/demo-erp",
                        "http://sandbox:8090/erp/demo-brand");
        assertThat(config.worker.adminPort).isEqualTo(8082);
        assertThat(ports(config)).containsExactly(8080, 8081);
        VmsFlowConfiguration local = Configs.load(CONFIG.resolve("local.yml"), Map.of());
        assertThat(config.devKeys).extracting(k -> k.key)
                .as("a demo cluster: the development keys").containsExactlyElementsOf(keys(local.devKeys));
        assertThat(consoleAppender(config).getLogFormat()).isEqualTo(consoleAppender(local).getLogFormat());
    }

    @Test
    void productionYmlLoadsWithItsVariables() {
        VmsFlowConfiguration config = Configs.load(CONFIG.resolve("production.yml"), PRODUCTION);

        assertThat(config.database.getUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/vmsflow");
        assertThat(config.temporal.apiKey).isEqualTo("temporal-key");
        assertThat(config.temporal.registerSearchAttributes).isFalse();
        ClientSettings client = config.clients.get(0);
        assertThat(client.clientId).isEqualTo("brand-x");
        assertThat(client.eInvoicingModel).isEqualTo(EInvoicingModel.RMS);
        assertThat(config.devKeys).as("keys are made with the key tool, never listed").isEmpty();
    }

    @Test
    void productionAcceptsNicsSignedQrCodesOnlyAndTheLocalAndDockerRunsTheGstSandboxsToo() {
        VmsFlowConfiguration production = Configs.load(CONFIG.resolve("production.yml"), PRODUCTION);
        QrIssuers strict = new QrIssuers(production.gateway.acceptedQrIssuers);

        assertThat(production.gateway.acceptedQrIssuers).containsExactly("NIC");
        assertThat(strict.problem("NIC Sandbox"))
                .isEqualTo("signed QR issued by 'NIC Sandbox', not an accepted issuer (NIC)");
        for (String file : List.of("local.yml", "docker.yml")) {
            VmsFlowConfiguration uat = Configs.load(CONFIG.resolve(file), Map.of());
            assertThat(uat.gateway.acceptedQrIssuers).as(file).containsExactly("NIC", "NIC Sandbox");
            assertThat(new QrIssuers(uat.gateway.acceptedQrIssuers).problem("NIC Sandbox")).as(file).isNull();
        }
    }

    @Test
    void productionYmlRefusesToLoadWithoutItsVariablesAndNamesTheMissingOne() {
        assumeTrue(System.getenv("DATABASE_URL") == null, "this environment sets DATABASE_URL");
        Map<String, String> withoutDatabase = new HashMap<>(PRODUCTION);
        withoutDatabase.remove("DATABASE_URL");

        assertThatThrownBy(() -> Configs.load(CONFIG.resolve("production.yml"), withoutDatabase))
                .hasMessageContaining("Cannot resolve variable 'DATABASE_URL'");
    }

    @Test
    void localAndDockerLogLinesCarryTheWorkflowContextOnlyWhenThereIsOne() {
        for (String file : List.of("local.yml", "docker.yml")) {
            LayoutBase<ILoggingEvent> layout = layout(Configs.load(CONFIG.resolve(file), Map.of()));

            String activity = layout.doLayout(event("acknowledged", WORKFLOW_CONTEXT));
            String plain = layout.doLayout(event("started", Map.of()));
            String gateway = layout.doLayout(event("update pack refused", Map.of("WorkflowId", "order:c:o")));

            assertThat(activity).as(file).endsWith(": acknowledged workflow=order:demo-erp:AJ-1 run=3f1c0a9e-run"
                    + " activity=Acknowledge" + System.lineSeparator());
            assertThat(plain).as(file).endsWith(": started" + System.lineSeparator());
            assertThat(gateway).as(file).endsWith(": update pack refused workflow=order:c:o"
                    + System.lineSeparator());
        }
    }

    @Test
    void productionLogsJsonLinesWithTheWholeLogContext() throws Exception {
        LayoutBase<ILoggingEvent> layout = layout(Configs.load(CONFIG.resolve("production.yml"), PRODUCTION));

        JsonNode line = Json.mapper().readTree(layout.doLayout(event("acknowledged", WORKFLOW_CONTEXT)));

        assertThat(line.path("message").asText()).isEqualTo("acknowledged");
        assertThat(line.path("mdc").path("WorkflowId").asText()).isEqualTo("order:demo-erp:AJ-1");
        assertThat(line.path("mdc").path("RunId").asText()).isEqualTo("3f1c0a9e-run");
        assertThat(line.path("mdc").path("ActivityType").asText()).isEqualTo("Acknowledge");
    }

    @Test
    void theDockerSandboxsErpAnswersThroughTheGatewayWithDemoErpsErpKey() throws Exception {
        SandboxConfiguration sandbox = new YamlConfigurationFactory<>(SandboxConfiguration.class,
                Validators.newValidator(), Json.configure(Jackson.newObjectMapper()), "dw")
                .build(new FileConfigurationSourceProvider(), CONFIG.resolve("sandbox-docker.yml").toString());
        VmsFlowConfiguration docker = Configs.load(CONFIG.resolve("docker.yml"), Map.of());

        ErpClientSettings erp = sandbox.erp.clients.get(0);
        assertThat(sandbox.erp.clients).extracting(c -> c.clientId).containsExactly("demo-erp", "demo-brand");
        assertThat(erp.gatewayUrl).isEqualTo("http://gateway:8080");
        assertThat(docker.devKeys).anySatisfy(key -> {
            assertThat(key.key).isEqualTo(erp.apiKey);
            assertThat(key.role).isEqualTo("ERP");
            assertThat(key.clientId).isEqualTo(erp.clientId);
        });
        ClientSettings client = docker.clients.stream().filter(c -> c.clientId.equals(erp.clientId)).findFirst()
                .orElseThrow();
        assertThat(erp.supplierGstin).isEqualTo(client.supplierGstin);
        assertThat(erp.mode.name()).isEqualTo(client.postingMode.name());
    }

    private static List<String> keys(List<DevKey> keys) {
        return keys.stream().map(k -> k.key).toList();
    }

    private static List<Integer> ports(VmsFlowConfiguration config) {
        DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
        return List.of(((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getPort(),
                ((HttpConnectorFactory) server.getAdminConnectors().get(0)).getPort());
    }

    private static ConsoleAppenderFactory<ILoggingEvent> consoleAppender(VmsFlowConfiguration config) {
        @SuppressWarnings("unchecked")
        ConsoleAppenderFactory<ILoggingEvent> console = (ConsoleAppenderFactory<ILoggingEvent>)
                ((DefaultLoggingFactory) config.getLoggingFactory()).getAppenders().get(0);
        return console;
    }

    /** The layout the file's console appender writes with, as Dropwizard builds it. */
    @SuppressWarnings("unchecked")
    private static LayoutBase<ILoggingEvent> layout(VmsFlowConfiguration config) {
        ConsoleAppenderFactory<ILoggingEvent> console = consoleAppender(config);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        TimeZone utc = TimeZone.getTimeZone("UTC");
        LayoutBase<ILoggingEvent> layout;
        if (console.getLayout() != null) {
            layout = (LayoutBase<ILoggingEvent>) console.getLayout().build(context, utc);
        } else {
            DropwizardLayout pattern = new DropwizardLayout(context, utc);
            pattern.setPattern(console.getLogFormat());
            layout = pattern;
        }
        layout.start();
        return layout;
    }

    private static ILoggingEvent event(String message, Map<String, String> mdc) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LoggingEvent event = new LoggingEvent(ConfigFilesTest.class.getName(),
                context.getLogger("com.vmsflow.example"), Level.INFO, message, null, null);
        event.setMDCPropertyMap(mdc);
        return event;
    }
}
