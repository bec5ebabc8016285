package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.OrderState;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.testing.TestDatabase;
import com.vmsflow.testing.TypeScriptCheck;
import io.dropwizard.util.Duration;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A second client, in another SDK, on the real Temporal server: a real order goes from the sandbox's Ajio through
 * the whole stack to PROCESSING (waiting for the warehouse's pack result), then Temporal's TypeScript SDK
 * ({@code clients/typescript-check/order.mjs}, run with node, as an integrator would use it) describes the order's
 * workflow with its search attributes, runs its {@code state} query, and sends a pack result the workflow refuses.
 * Every value it prints is checked against what the Java side knows: the Java client's describe and query, the
 * gateway's order, and the same refusal as the Java client and the gateway see it (docs/update-refusals.md).
 *
 * <p>Runs on the Temporal CLI's dev server only (a real server: visibility, search attributes as a cluster keeps
 * them); skipped on the in-process test server, which {@code TypeScriptClientRefusalTest} covers, and where node or
 * npm is missing. {@code npm ci} runs once per lock file and is kept in the folder's node_modules.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TypeScriptClientEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT = "demo-rms";

    private static Path check;
    private static TestDatabase database;
    private static LocalStack stack;
    private static GatewayClient gateway;

    @BeforeAll
    static void start() throws Exception {
        check = TypeScriptCheck.folder();
        assumeTrue(TypeScriptCheck.runs(check, "node", "--version") && TypeScriptCheck.runs(check, "npm", "--version"),
                "node and npm are not on the PATH: the TypeScript SDK check cannot run here");
        TypeScriptCheck.installOnce(check);
        database = TestDatabase.create();
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> {
                    config.clients.forEach(c -> c.acknowledgementHold = Duration.seconds(2));
                    config.sync.pollInterval = Duration.milliseconds(300);
                }));
        assumeTrue(stack.temporalKind() == TemporalServer.Kind.DEV_SERVER, "this stack runs on "
                + stack.temporalKind().description() + ", not the Temporal CLI's dev server: the TypeScript client's"
                + " end-to-end check needs the real server (run with -Dvmsflow.temporal=dev-server where the dev"
                + " server can be built)");
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        Catalogue.stock(gateway, List.of(CLIENT), 100);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theTypeScriptSdkDescribesQueriesAndIsRefusedByARealOrderWorkflowOnTheRealServer() throws Exception {
        String orderId = stack.sandbox().createOrder(CLIENT, new NewOrderLine("AJ-TEE-M", 2, new BigDecimal("799.00")))
                .orderId();
        String workflowId = ForwardOrderWorkflow.idFor(CLIENT, orderId);
        JsonNode atGateway = Await.order(gateway, CLIENT, orderId, o -> o.path("status").asText().equals("PROCESSING"));
        WorkflowExecutionDescription javaDescribe = awaitSearchAttributes(workflowId, "PROCESSING", "WAREHOUSE");
        SearchAttributes javaAttributes = javaDescribe.getTypedSearchAttributes();
        OrderState javaState = stack.workflows().newWorkflowStub(ForwardOrderWorkflow.class, workflowId).state();

        // One SKU miscounted, one not on the order: two bad fields, as a warehouse system might send them.
        Map<String, Object> badPack = Map.of("lines", List.of(
                Map.of("sku", "TEE-M", "packed", 1, "notFound", 0, "damaged", 0),
                Map.of("sku", "TEE-XL", "packed", 1, "notFound", 0, "damaged", 0)));
        long started = System.nanoTime();
        JsonNode seen = node(stack.temporalAddress(), stack.config().temporal.namespace, workflowId, "pack", badPack);
        System.out.printf("TypeScript SDK (order.mjs) took %d ms and saw: %s%n",
                (System.nanoTime() - started) / 1_000_000, seen);

        // 1. describe: what the Java client's describe and the gateway say.
        JsonNode describe = seen.path("describe");
        assertThat(javaDescribe.getStatus()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
        assertThat(describe.path("workflowId").asText()).isEqualTo(workflowId);
        assertThat(describe.path("status").asText()).isEqualTo("RUNNING");
        assertThat(describe.path("type").asText()).isEqualTo(javaDescribe.getWorkflowType())
                .isEqualTo("ForwardOrderWorkflow");
        assertThat(describe.path("taskQueue").asText()).isEqualTo(TaskQueues.VMSFLOW);
        JsonNode typed = describe.path("typedSearchAttributes");
        assertThat(typed.path("ClientId").asText()).isEqualTo(CLIENT)
                .isEqualTo(javaAttributes.get(VmsSearchAttributes.CLIENT_ID));
        assertThat(typed.path("ChannelOrderId").asText()).isEqualTo(orderId)
                .isEqualTo(javaAttributes.get(VmsSearchAttributes.CHANNEL_ORDER_ID));
        assertThat(typed.path("OrderStatus").asText()).isEqualTo(atGateway.path("status").asText())
                .isEqualTo(javaAttributes.get(VmsSearchAttributes.ORDER_STATUS));
        assertThat(typed.path("WaitingFor").asText()).isEqualTo("WAREHOUSE")
                .isEqualTo(javaAttributes.get(VmsSearchAttributes.WAITING_FOR));
        assertThat(java.time.Instant.parse(typed.path("WaitingSince").asText()))
                .isEqualTo(javaAttributes.get(VmsSearchAttributes.WAITING_SINCE).toInstant());
        JsonNode untyped = describe.path("searchAttributes");
        assertThat(untyped.path("ClientId")).as("the deprecated view: arrays").hasSize(1);
        assertThat(untyped.path("ClientId").path(0).asText()).isEqualTo(CLIENT);
        assertThat(untyped.path("OrderStatus").path(0).asText()).isEqualTo("PROCESSING");

        // 2. the state query: the Java client's answer, read from plain JSON.
        JsonNode state = seen.path("state");
        assertThat(state.path("encoding").asText()).as("the data converter's payloads").isEqualTo("json/plain");
        assertThat(state.path("clientId").asText()).isEqualTo(javaState.clientId()).isEqualTo(CLIENT);
        assertThat(state.path("orderId").asText()).isEqualTo(javaState.orderId()).isEqualTo(orderId);
        assertThat(state.path("status").asText()).isEqualTo(javaState.status().name())
                .isEqualTo(atGateway.path("status").asText());
        assertThat(state.path("waitingFor").asText()).isEqualTo(javaState.waitingFor().name()).isEqualTo("WAREHOUSE");
        assertThat(state.path("waitingForWhat").asText()).isEqualTo(javaState.waitingForWhat())
                .isEqualTo("the pack result");
        assertThat(java.time.Instant.parse(state.path("waitingSince").asText())).as("an ISO-8601 string")
                .isEqualTo(javaState.waitingSince());
        assertThat(state.path("lineCount").asInt()).isEqualTo(javaState.lines().size()).isEqualTo(1);
        assertThat(state.path("firstLine").path("clientSku").asText()).isEqualTo("TEE-M");
        assertThat(state.path("firstLine").path("ordered").asInt()).isEqualTo(2);
        // A BigDecimal is a JSON number: JavaScript reads 799.00 as the number 799 (its scale is gone).
        assertThat(state.path("priceInPayload").asText()).isEqualTo("799.00");
        assertThat(state.path("firstLine").path("priceType").asText()).isEqualTo("number");
        assertThat(state.path("firstLine").path("price").decimalValue())
                .isEqualByComparingTo(javaState.lines().get(0).price());

        // 3. the refused update: the refusal the Java client and the gateway get for the same pack result.
        UpdateErrors.Refusal javaRefusal = refusedForJava(workflowId, badPack);
        Answer gatewayRefusal = gateway.post("dev-warehouse-" + CLIENT, "/v1/clients/" + CLIENT + "/orders/"
                + orderId + "/pack", badPack);
        JsonNode update = seen.path("update");
        assertThat(update.path("error").asText()).isEqualTo("WorkflowUpdateFailedError");
        assertThat(update.path("causeName").asText()).isEqualTo("ApplicationFailure");
        assertThat(update.path("nonRetryable").asBoolean()).isTrue();
        assertThat(update.path("type").asText()).isEqualTo(UpdateErrors.VALIDATION_FAILED)
                .isEqualTo(javaRefusal.code()).isEqualTo(gatewayRefusal.code());
        assertThat(update.path("message").asText()).isEqualTo("the pack result does not match the order")
                .isEqualTo(javaRefusal.message());
        Map<String, String> expected = Map.of(
                "lines[0]", "accounts for 1 units but the order has 2 open of SKU TEE-M",
                "lines[1].sku", "SKU TEE-XL is not on this order");
        assertThat(update.path("details")).as("one detail: the bad fields").hasSize(1);
        assertThat(JSON.convertValue(update.path("details").path(0), Map.class)).isEqualTo(expected)
                .isEqualTo(javaRefusal.details());
        assertThat(gatewayRefusal.status()).isEqualTo(422);
        assertThat(JSON.convertValue(gatewayRefusal.body().path("details"), Map.class)).isEqualTo(expected);

        assertThat(Await.order(gateway, CLIENT, orderId, o -> true).path("status").asText())
                .as("the refusals changed nothing").isEqualTo("PROCESSING");
    }

    /** The Java client's describe once the search attributes show the status and whom the order waits for. */
    private static WorkflowExecutionDescription awaitSearchAttributes(String workflowId, String status,
            String waitingFor) {
        long deadline = System.currentTimeMillis() + 30_000;
        WorkflowExecutionDescription last = null;
        while (System.currentTimeMillis() < deadline) {
            last = stack.workflows().newUntypedWorkflowStub(workflowId).describe();
            SearchAttributes attributes = last.getTypedSearchAttributes();
            if (status.equals(attributes.get(VmsSearchAttributes.ORDER_STATUS))
                    && waitingFor.equals(attributes.get(VmsSearchAttributes.WAITING_FOR))) {
                return last;
            }
            Await.sleep(100);
        }
        throw new AssertionError(workflowId + " never showed OrderStatus " + status + " and WaitingFor " + waitingFor
                + "; last " + (last == null ? null : last.getTypedSearchAttributes()));
    }

    private static UpdateErrors.Refusal refusedForJava(String workflowId, Object argument) {
        try {
            stack.workflows().newUntypedWorkflowStub(workflowId).update("pack", OrderState.class, argument);
        } catch (WorkflowUpdateException e) {
            return UpdateErrors.Refusal.of(e).orElseThrow(() -> new AssertionError("not a refusal", e));
        }
        return Assertions.fail("the Java client's pack result was taken");
    }

    /** Runs order.mjs and answers the one JSON object it prints. */
    private static JsonNode node(String address, String namespace, String workflowId, String update, Object argument)
            throws IOException, InterruptedException {
        Path errors = Files.createTempFile("order-mjs", ".err");
        Process node = new ProcessBuilder("node", "order.mjs", address, namespace, workflowId, update,
                JSON.writeValueAsString(argument)).directory(check.toFile()).redirectError(errors.toFile()).start();
        String out;
        try {
            out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("the node script ends").isTrue();
        } finally {
            node.destroyForcibly();
        }
        String err = Files.readString(errors);
        Files.delete(errors);
        assertThat(node.exitValue()).as("node order.mjs: " + err + out).isZero();
        return JSON.readTree(out.strip().lines().reduce((a, b) -> b).orElse("{}"));
    }
}
