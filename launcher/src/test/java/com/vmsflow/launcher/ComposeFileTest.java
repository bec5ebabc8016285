package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.sandbox.SandboxConfiguration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.temporal.api.enums.v1.IndexedValueType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.temporal.yml agrees with the rest of the repository: the commands, configuration files, ports and
 * health checks of VMS Flow's services, the start order, pinned images, and the search attributes the admin job
 * registers. (That Compose accepts the file is checked with {@code docker-compose config}; containers cannot run
 * here.)
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");

    private static Map<String, Map<String, Object>> services;
    private static VmsFlowConfiguration docker;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.temporal.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        docker = Configs.load(ROOT.resolve("config/docker.yml"), Map.of());
    }

    @Test
    void vmsFlowsServicesAreBuiltHereAndRunTheirCommandWithAConfigFileThatExists() {
        assertThat(services.get("sandbox").get("command")).isEqualTo(List.of("sandbox", "config/sandbox-docker.yml"));
        assertThat(services.get("worker").get("command")).isEqualTo(List.of("worker", "config/docker.yml"));
        assertThat(services.get("gateway").get("command")).isEqualTo(List.of("gateway", "config/docker.yml"));
        for (String service : List.of("sandbox", "worker", "gateway")) {
            assertThat(services.get(service).get("build")).as(service).isEqualTo(".");
            List<?> command = (List<?>) services.get(service).get("command");
            assertThat(ROOT.resolve((String) command.get(1))).as(service).isRegularFile();
        }
    }

    @Test
    void theWorkerAndTheGatewayStartOnceTheNamespaceIsReady() {
        for (String service : List.of("worker", "gateway")) {
            assertThat(dependsOn(service)).as(service)
                    .containsEntry("postgresql", "service_healthy")
                    .containsEntry("temporal-admin-tools", "service_completed_successfully");
        }
        assertThat(dependsOn("worker")).containsEntry("sandbox", "service_healthy");
        assertThat(dependsOn("temporal")).containsEntry("temporal-schema", "service_completed_successfully");
        assertThat(dependsOn("temporal-admin-tools")).containsEntry("temporal", "service_healthy");
    }

    @Test
    void portsAndHealthChecksAreTheConfiguredOnes() {
        DefaultServerFactory server = (DefaultServerFactory) docker.getServerFactory();
        int gatewayPort = ((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getPort();
        int gatewayAdmin = ((HttpConnectorFactory) server.getAdminConnectors().get(0)).getPort();
        int workerAdmin = docker.worker.adminPort;
        int sandboxPort = SandboxConfiguration.DEFAULT_PORT;

        assertThat(services.get("gateway").get("ports")).isEqualTo(List.of(gatewayPort + ":" + gatewayPort,
                gatewayAdmin + ":" + gatewayAdmin));
        assertThat(services.get("worker").get("ports")).isEqualTo(List.of(workerAdmin + ":" + workerAdmin));
        assertThat(services.get("sandbox").get("ports")).isEqualTo(List.of(sandboxPort + ":" + sandboxPort));
        assertThat(services.get("temporal-ui").get("ports")).isEqualTo(List.of("8233:8080"));
        assertThat(healthCheck("gateway")).contains("http://localhost:" + gatewayAdmin + "/healthcheck");
        assertThat(healthCheck("worker")).contains("http://localhost:" + workerAdmin + "/healthcheck");
        assertThat(healthCheck("sandbox")).contains("http://localhost:" + sandboxPort + "/admin/healthcheck");
        assertThat(docker.temporal.address).isEqualTo("temporal:7233");
    }

    @Test
    void everyImageIsPinnedAndTheAdminToolsMatchTheServer() {
        Map<String, String> images = services.entrySet().stream().filter(e -> e.getValue().containsKey("image"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue().get("image")));

        assertThat(images.values()).allSatisfy(image -> assertThat(image).matches(".+:[^:]+").doesNotEndWith(":latest"));
        String server = images.get("temporal").substring(images.get("temporal").indexOf(':'));
        assertThat(images.get("temporal-schema")).isEqualTo("temporalio/admin-tools" + server);
        assertThat(images.get("temporal-admin-tools")).isEqualTo("temporalio/admin-tools" + server);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMountedScriptsExist() {
        for (Map<String, Object> service : services.values()) {
            for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(ROOT.resolve(source)).exists();
                }
            }
        }
    }

    @Test
    void theAdminJobRegistersVmsFlowsSearchAttributesWithTheirTypesInDockerYmlsNamespace() throws IOException {
        String script = Files.readString(ROOT.resolve("docker/temporal/setup-vmsflow.sh"));
        Matcher list = Pattern.compile("SEARCH_ATTRIBUTES=\"([^\"]*)\"").matcher(script);
        assertThat(list.find()).isTrue();
        Map<String, String> registered = new LinkedHashMap<>();
        for (String attribute : list.group(1).trim().split("\\s+")) {
            registered.put(attribute.split(":")[0], attribute.split(":")[1]);
        }
        Map<String, String> declared = new LinkedHashMap<>();
        VmsSearchAttributes.ALL.forEach(key -> declared.put(key.getName(), cliType(key.getValueType())));

        assertThat(registered).isEqualTo(declared);
        Map<String, Object> environment = environment("temporal-admin-tools");
        assertThat(environment).containsEntry("VMSFLOW_NAMESPACE", docker.temporal.namespace)
                .containsEntry("VMSFLOW_RETENTION", "720h");
    }

    /** The type names of {@code temporal operator search-attribute create --type}. */
    private static String cliType(IndexedValueType type) {
        return switch (type) {
            case INDEXED_VALUE_TYPE_KEYWORD -> "Keyword";
            case INDEXED_VALUE_TYPE_DATETIME -> "Datetime";
            case INDEXED_VALUE_TYPE_BOOL -> "Bool";
            case INDEXED_VALUE_TYPE_TEXT -> "Text";
            case INDEXED_VALUE_TYPE_INT -> "Int";
            case INDEXED_VALUE_TYPE_DOUBLE -> "Double";
            case INDEXED_VALUE_TYPE_KEYWORD_LIST -> "KeywordList";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dependsOn(String service) {
        Map<String, Map<String, String>> dependsOn =
                (Map<String, Map<String, String>>) services.get(service).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        dependsOn.forEach((name, options) -> conditions.put(name, options.get("condition")));
        return conditions;
    }

    @SuppressWarnings("unchecked")
    private static String healthCheck(String service) {
        return String.join(" ", (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck"))
                .get("test"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }
}
