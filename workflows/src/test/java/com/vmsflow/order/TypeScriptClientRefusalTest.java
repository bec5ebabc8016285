package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.handover.HandoverWorkflowImpl;
import com.vmsflow.testing.TypeScriptCheck;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What another team's service or a support script sees of a refused update: Temporal's TypeScript SDK
 * ({@code clients/typescript-check}, run with node) sends updates to a real order workflow on Temporal's test server
 * bound to a port, with VMS Flow's worker, and every refusal must arrive with its code as the failure's type,
 * non-retryable, and the bad fields as its details (docs/update-refusals.md). Skipped where node or npm is missing;
 * {@code npm ci} runs once and is kept in the folder's node_modules.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TypeScriptClientRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer.PortBoundTestServer server;
    private WorkflowServiceStubs stubs;
    private WorkerFactory factory;
    private String address;

    @BeforeEach
    void setUp() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        address = "127.0.0.1:" + port;
        server = TestServer.createPortBoundServer(port, true);
        stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget(address)
                .build());
        OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions.newBuilder()
                .setChannel(stubs.getRawChannel()).validateAndBuildWithDefaults());
        for (SearchAttributeKey<?> key : VmsSearchAttributes.ALL) {
            operator.blockingStub().addSearchAttributes(AddSearchAttributesRequest.newBuilder()
                    .setNamespace("default").putSearchAttributes(key.getName(), key.getValueType()).build());
        }
        operator.shutdown();
    }

    @AfterEach
    void tearDown() {
        if (factory != null) {
            factory.shutdownNow();
            factory.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (stubs != null) {
            stubs.shutdownNow();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRefusedUpdateShowsItsCodeAsTypeNonRetryableAndItsDetailsToTheTypeScriptSdk() throws Exception {
        Path check = TypeScriptCheck.folder();
        assumeTrue(TypeScriptCheck.runs(check, "node", "--version") && TypeScriptCheck.runs(check, "npm", "--version"),
                "node and npm are not on the PATH: the TypeScript SDK check cannot run here");
        TypeScriptCheck.installOnce(check);

        WorkflowClient client = WorkflowClient.newInstance(stubs, WorkflowClientOptions.newBuilder()
                .setDataConverter(DataConverters.vmsflow()).build());
        FakeAjio ajio = new FakeAjio();
        FakeDatabase database = new FakeDatabase();
        database.mappings.put("AJ-TEE-M", "TEE-M");
        database.onHand.put("TEE-M", 10);
        factory = WorkerFactory.newInstance(client);
        Worker worker = factory.newWorker(TaskQueues.VMSFLOW);
        worker.registerWorkflowImplementationTypes(ForwardOrderWorkflowImpl.class, HandoverWorkflowImpl.class);
        worker.registerActivitiesImplementations(ajio, database, new FakeRms(), new FakeErp(), new FakeReturns(),
                new FakeRsi());
        factory.start();

        ajio.create("TS1", Instant.now(), "AJ-TEE-M", 2, "799.00");
        String id = ForwardOrderWorkflow.idFor(RMS_CLIENT.clientId(), "TS1");
        WorkflowClient.start(client.newWorkflowStub(ForwardOrderWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(id)
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, RMS_CLIENT.clientId()).build())
                .build())::run, new NewOrder(RMS_CLIENT, ajio.orders.get("TS1").view()));
        ForwardOrderWorkflow order = client.newWorkflowStub(ForwardOrderWorkflow.class, id);
        long deadline = System.currentTimeMillis() + 30_000;
        while (order.state().status() != OrderStatus.FULFILLABLE) {
            assertThat(System.currentTimeMillis()).as("the order reaches its hold").isLessThan(deadline);
            Thread.sleep(50);
        }

        List<Map<String, Object>> seen = refusals(check, id, List.of(
                Map.of("update", "support", "arg", Map.of()),
                Map.of("update", "pack", "arg", Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", 2,
                        "notFound", 0, "damaged", 0)))),
                Map.of("update", "cancel", "arg", Map.of("kind", "PARTIAL", "lines",
                        List.of(Map.of("sku", "NOPE", "quantity", 1)), "reason", "test", "requestedBy", "SELLER"))));

        assertThat(seen).hasSize(3).allSatisfy(r -> {
            assertThat(r).containsEntry("error", "WorkflowUpdateFailedError")
                    .containsEntry("causeName", "ApplicationFailure")
                    .containsEntry("nonRetryable", true);
            assertThat(r.get("type")).isIn(UpdateErrors.CODES);
        });
        assertThat(seen.get(0)).containsEntry("type", UpdateErrors.VALIDATION_FAILED)
                .containsEntry("message", "the support action is missing")
                .containsEntry("details", List.of(Map.of("action", "RETRY or SKIP")));
        assertThat(seen.get(1)).containsEntry("type", UpdateErrors.NOT_AWAITING)
                .containsEntry("message", "the order is FULFILLABLE: it takes a pack result only while PROCESSING")
                .containsEntry("details", List.of(Map.of()));
        assertThat(seen.get(2)).containsEntry("type", UpdateErrors.VALIDATION_FAILED)
                .containsEntry("details", List.of(Map.of("lines[0].sku", "SKU NOPE is not on this order")));
    }

    /** Runs the node script on the order and answers what it saw of each update, in order. */
    private List<Map<String, Object>> refusals(Path check, String workflowId, List<Map<String, Object>> cases)
            throws IOException, InterruptedException {
        Path errors = Files.createTempFile("refusals", ".err");
        Process node = new ProcessBuilder("node", "refusals.mjs", address, "default", workflowId,
                JSON.writeValueAsString(cases)).directory(check.toFile())
                .redirectError(errors.toFile()).start();
        String out;
        try {
            out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("the node script ends").isTrue();
        } finally {
            node.destroyForcibly();
        }
        String err = Files.readString(errors);
        Files.delete(errors);
        assertThat(node.exitValue()).as("node refusals.mjs: " + err).isZero();
        System.out.println("TypeScript SDK saw: " + out.strip());
        String last = out.strip().lines().reduce((a, b) -> b).orElse("[]");
        return JSON.readValue(last, new TypeReference<>() { });
    }
}
