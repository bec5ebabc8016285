package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.json.Json;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.bulk.BulkOrderWorkflow;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.einvoice.DocumentDraft;
import com.vmsflow.sandbox.einvoice.DraftLine;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import com.vmsflow.sandbox.einvoice.IssuedDocument;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.Role;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and bad input on every {@code /v1} endpoint, against the real gateway, worker and workflows, with orders
 * in known states (processing, packed, failed for a SKU mapping, completed, an ERP order awaiting its invoice and one
 * invoiced). Each case is answered with the status and error code of API.md, never a 500 nor a stack trace, and
 * changes nothing: every table the API writes and the state and history of every order's workflow are the same
 * after it as before. Replayed documents answer as the first time and change nothing either.
 */
class HostileInputTest {

    private static final String RMS = "/v1/clients/demo-rms";
    private static final String ERP = "/v1/clients/demo-erp";
    private static final String RMS_WAREHOUSE = "dev-warehouse-demo-rms";
    private static final String RMS_SELLER = "dev-seller-demo-rms";
    private static final String RMS_ERP = "dev-erp-demo-rms";
    private static final String ERP_WAREHOUSE = "dev-warehouse-demo-erp";
    private static final String ERP_SELLER = "dev-seller-demo-erp";
    private static final String ERP_ERP = "dev-erp-demo-erp";
    private static final String SUPPORT = "dev-support";
    private static final String JSON = "application/json";
    /** Every table the gateway or an order's workflow writes. */
    private static final List<String> TABLES = List.of("clients", "api_keys", "orders", "order_status_history",
            "sku_mappings", "inventory", "reservations", "consumed_reservations", "document_series",
            "document_numbers", "documents", "handovers", "handover_orders", "erp_postings", "erp_pull_acks",
            "cancelled_after_erp_posting", "inventory_moves", "inward_pos", "inward_po_lines", "grns", "grn_lines",
            "return_restocks", "bulk_orders", "bulk_allocation_rounds", "bulk_dispatches");
    /** What a stack trace or an exception's name in a body looks like. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d+|\\tat ");
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    /** The CREATED bulk order of the fixtures ({BULK}): BLOCK_COMPLETE of one TEE-M, never allocated. */
    private static final String BULK_ORDER = "{\"bulkOrderId\": \"{BULK}\", \"fulfilmentType\": \"BLOCK_COMPLETE\","
            + " \"qcStatus\": \"PASS\", \"location\": \"WH-BLR\", \"shipTo\": {\"name\": \"Hostile Retail\","
            + " \"line1\": \"1 MG Road\", \"city\": \"Bengaluru\", \"postcode\": \"560001\", \"country\": \"IN\"},"
            + " \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 1}]}";
    /** Signs the QR codes of the invoices this test sends as the ERP (nobody checks NIC's signature). */
    private static final EInvoiceIssuer ISSUER = EInvoiceIssuer.withGeneratedKey(Clock.systemUTC());

    private static TestDatabase database;
    private static LocalStack stack;
    private static GatewayClient gateway;
    private static RawHttp http;
    private static Fixtures fixtures;
    private static int casesRun;

    /** The orders in their states, and what the cases send that depends on them. */
    private record Fixtures(Map<String, String> ids, String revokedKey, String erpInvoiceJson,
                            Map<String, ObjectNode> b2bOrders, String erpGstin, String rmsGstin) {

        String resolve(String template) {
            String resolved = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
            }
            return resolved;
        }

        List<String> workflowIds() {
            return List.of(ForwardOrderWorkflow.idFor("demo-rms", ids.get("PROC")),
                    ForwardOrderWorkflow.idFor("demo-rms", ids.get("PACKED")),
                    ForwardOrderWorkflow.idFor("demo-rms", ids.get("FAILED")),
                    ForwardOrderWorkflow.idFor("demo-rms", ids.get("DONE")),
                    ForwardOrderWorkflow.idFor("demo-erp", ids.get("E_WAIT")),
                    ForwardOrderWorkflow.idFor("demo-erp", ids.get("E_INV")),
                    BulkOrderWorkflow.idFor("demo-rms", ids.get("BULK")));
        }
    }

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> {
                    config.clients.forEach(c -> {
                        c.acknowledgementHold = Duration.seconds(2);
                        c.erpInvoiceDeadline = Duration.minutes(30); // no overdue flag while the cases run
                    });
                    // The RMS client reads its ERP postings from the feed, so the feed's cases reach its checks.
                    config.clients.stream().filter(c -> c.clientId.equals("demo-rms")).forEach(c ->
                            c.postingMode = com.vmsflow.client.PostingMode.PULL);
                    config.sync.pollInterval = Duration.milliseconds(300);
                }));
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        http = new RawHttp(stack.gatewayUrl());
        SandboxClient sandbox = stack.sandbox();
        // This test is the ERP of demo-erp: it sends the invoices, good and bad, itself.
        sandbox.erpBehaviour("demo-erp", new ErpBehaviour(null, true));
        Catalogue.stock(gateway, List.of("demo-rms", "demo-erp"), 100);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("PROC", sandbox.createOrder("demo-rms", line("AJ-TEE-M", 2), line("AJ-JEANS-32", 1)).orderId());
        ids.put("PACKED", sandbox.createOrder("demo-rms", line("AJ-TEE-M", 1)).orderId());
        ids.put("FAILED", sandbox.createOrder("demo-rms", line("AJ-NOT-MAPPED", 1)).orderId());
        ids.put("DONE", sandbox.createOrder("demo-rms", line("AJ-TEE-M", 1)).orderId());
        ids.put("E_WAIT", sandbox.createOrder("demo-erp", line("AJ-TEE-M", 2)).orderId());
        ids.put("E_INV", sandbox.createOrder("demo-erp", line("AJ-TEE-M", 1), line("AJ-JEANS-32", 1)).orderId());
        ids.put("HANDOVER", "H-HOSTILE-" + ids.get("DONE"));
        ids.put("PO", "PO-HOSTILE-" + ids.get("DONE"));
        ids.put("BULK", "BO-HOSTILE-" + ids.get("DONE"));
        assertThat(http.send("POST", RMS + "/bulk-orders", "Bearer " + RMS_SELLER, JSON, null,
                BULK_ORDER.replace("{BULK}", ids.get("BULK"))).status()).isEqualTo(201);
        assertThat(gateway.post(RMS_SELLER, RMS + "/inward-pos", Map.of("poNumber", ids.get("PO"), "location",
                "WH-BLR", "lines", List.of(Map.of("sku", "TEE-M", "quantity", 5)))).status()).isEqualTo(201);

        for (String key : List.of("PROC", "PACKED", "DONE")) {
            awaitOrder("demo-rms", ids.get(key), o -> o.path("status").asText().equals("PROCESSING"));
        }
        awaitOrder("demo-rms", ids.get("FAILED"), o -> o.path("status").asText().equals("FAILED"));
        for (String key : List.of("E_WAIT", "E_INV")) {
            awaitOrder("demo-erp", ids.get(key), o -> o.path("waitingFor").asText().equals("ERP"));
        }
        assertThat(gateway.post(RMS_WAREHOUSE, RMS + "/orders/" + ids.get("PACKED") + "/pack",
                Map.of("lines", List.of(packLine("TEE-M", 1, 0, 0)))).status()).isEqualTo(202);
        assertThat(gateway.post(RMS_WAREHOUSE, RMS + "/orders/" + ids.get("DONE") + "/pack",
                Map.of("lines", List.of(packLine("TEE-M", 1, 0, 0)))).status()).isEqualTo(202);
        awaitOrder("demo-rms", ids.get("PACKED"), o -> o.path("status").asText().equals("PACKED"));
        awaitOrder("demo-rms", ids.get("DONE"), o -> o.path("status").asText().equals("PACKED"));
        assertThat(gateway.post(RMS_WAREHOUSE, RMS + "/handovers", handover(ids.get("HANDOVER"), ids.get("DONE")))
                .status()).isEqualTo(201);
        awaitOrder("demo-rms", ids.get("DONE"), o -> o.path("status").asText().equals("COMPLETED"));

        String key = KeysCommand.newKey();
        ApiKeyRepository keys = new ApiKeyRepository(stack.jdbi());
        keys.revoke(keys.create("demo-rms", Role.WAREHOUSE, "revoked before its first use", key).keyId());

        Map<String, ObjectNode> b2b = new LinkedHashMap<>();
        for (String order : List.of("E_WAIT", "E_INV")) {
            b2b.put(order, (ObjectNode) parse(stack.jdbi().withHandle(h -> h.createQuery("select payload::text from"
                            + " erp_postings where order_id = :o and event_type = 'OUTWARD_ORDER_CREATE'")
                    .bind("o", ids.get(order)).mapTo(String.class).one())));
        }
        fixtures = new Fixtures(ids, key, null, b2b, gstin("demo-erp"), gstin("demo-rms"));
        String invoice = invoice("E_INV", "HX-INV-1", body -> { });
        fixtures = new Fixtures(ids, key, invoice, b2b, fixtures.erpGstin(), fixtures.rmsGstin());
        assertThat(http.send("POST", ERP + "/orders/" + ids.get("E_INV") + "/b2b-invoice", "Bearer " + ERP_ERP,
                JSON, null, invoice).status()).isEqualTo(202);
        awaitOrder("demo-erp", ids.get("E_INV"), o -> o.path("status").asText().equals("PROCESSING"));
        awaitQuiet();
    }

    @AfterAll
    static void stop() {
        System.out.printf("hostile input: %d cases, each answered as API.md says with nothing changed%n", casesRun);
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theCasesCoverEveryV1EndpointThatExistedWhenTheyWereWritten() {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(Case::endpoint).distinct()).containsExactlyInAnyOrder(
                "GET /orders", "GET /orders/{orderId}", "POST /orders/{orderId}/pack",
                "POST /orders/{orderId}/cancellations", "POST /orders/{orderId}/b2b-invoice", "POST /handovers",
                "GET /handovers/{handoverId}", "PUT /sku-mappings", "PUT /inventory", "GET /postings",
                "POST /postings/ack", "GET /reports/{name}", "POST /inventory/moves", "POST /inward-pos",
                "GET /inward-pos/{poNumber}", "POST /inward-pos/{poNumber}/grn", "GET /channels",
                "PUT /channels/{channelId}/inventory-sync", "POST /channels/{channelId}/inventory-sync/reconcile",
                "POST /bulk-orders", "GET /bulk-orders", "GET /bulk-orders/{bulkOrderId}",
                "POST /bulk-orders/{bulkOrderId}/allocate", "POST /bulk-orders/{bulkOrderId}/complete",
                "POST /bulk-orders/{bulkOrderId}/pack", "POST /bulk-orders/{bulkOrderId}/dispatch");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void isAnsweredAsTheContractSaysAndChangesNothing(Case c) {
        String before = snapshot();

        RawHttp.Answer answer = http.send(c.method(), fixtures.resolve(c.path()), authorization(c.key()),
                c.contentType(), c.accept(), c.body() == null ? null : c.body().apply(fixtures));
        casesRun++;

        assertThat(answer.status()).as("%s: %s", c.name(), answer).isNotEqualTo(500).isEqualTo(c.status());
        assertThat(answer.body()).as("no stack trace nor exception in the body").doesNotContainPattern(LEAK);
        if (c.code() == null) {
            assertThat(answer.json().path("code").isMissingNode()).as("an answer, not an error: %s", answer)
                    .isTrue();
        } else {
            JsonNode error = answer.json();
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/json");
            assertThat(error.path("code").asText()).as(answer.toString()).isEqualTo(c.code());
            assertThat(error.path("message").isTextual()).as("message").isTrue();
            assertThat(error.path("message").asText()).isNotBlank();
            assertThat(error.path("details").isObject()).as("details").isTrue();
            if (c.detail() != null) {
                assertThat(error.path("details").has(c.detail())).as("details name %s: %s", c.detail(), answer)
                        .isTrue();
            }
        }
        assertThat(snapshot()).as("tables and workflows after %s", c.name()).isEqualTo(before);
    }

    // --- the cases ------------------------------------------------------------------------------------------------

    /**
     * A request and what API.md says it gets.
     *
     * @param key    the API key, {@code "{REVOKED}"}, or a whole {@code Authorization} value after {@code "RAW "}; null:
     *               none
     * @param code   the error code; null for an answer that is not an error (a replay)
     * @param detail a field {@code details} must name, or null
     */
    record Case(String name, String endpoint, String method, String path, String key, String contentType,
                String accept, Function<Fixtures, String> body, int status, String code, String detail) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A case built up: {@code on(...).as(...).json(...).expect(...)}. */
    private static final class C {
        private final String endpoint;
        private final String method;
        private final String path;
        private String name;
        private String key;
        private String contentType;
        private String accept;
        private Function<Fixtures, String> body;

        private C(String endpoint, String method, String path) {
            this.endpoint = endpoint;
            this.method = method;
            this.path = path;
        }

        C named(String name) {
            this.name = name;
            return this;
        }

        C key(String key) {
            this.key = key;
            return this;
        }

        C json(String json) {
            return body(JSON, f -> f.resolve(json));
        }

        C json(Function<Fixtures, String> json) {
            return body(JSON, json);
        }

        C body(String type, Function<Fixtures, String> content) {
            this.contentType = type;
            this.body = content;
            return this;
        }

        C accept(String accept) {
            this.accept = accept;
            return this;
        }

        Case expect(int status, String code) {
            return expect(status, code, null);
        }

        Case expect(int status, String code, String detail) {
            return new Case(name, endpoint, method, path, key, contentType, accept, body, status, code, detail);
        }
    }

    private static C listOrders(String query) {
        return new C("GET /orders", "GET", RMS + "/orders" + query);
    }

    private static C getOrder(String client, String orderId) {
        return new C("GET /orders/{orderId}", "GET", client + "/orders/" + orderId);
    }

    private static C pack(String orderId) {
        return new C("POST /orders/{orderId}/pack", "POST", RMS + "/orders/" + orderId + "/pack").key(RMS_WAREHOUSE);
    }

    private static C cancel(String client, String orderId) {
        return new C("POST /orders/{orderId}/cancellations", "POST", client + "/orders/" + orderId + "/cancellations")
                .key(client.equals(RMS) ? RMS_SELLER : ERP_SELLER);
    }

    private static C invoice(String client, String orderId) {
        return new C("POST /orders/{orderId}/b2b-invoice", "POST", client + "/orders/" + orderId + "/b2b-invoice")
                .key(client.equals(RMS) ? RMS_ERP : ERP_ERP);
    }

    private static C handOver() {
        return new C("POST /handovers", "POST", RMS + "/handovers").key(RMS_WAREHOUSE);
    }

    private static C getHandover(String handoverId) {
        return new C("GET /handovers/{handoverId}", "GET", RMS + "/handovers/" + handoverId).key(RMS_WAREHOUSE);
    }

    private static C mappings(String client) {
        return new C("PUT /sku-mappings", "PUT", client + "/sku-mappings").key(RMS_SELLER);
    }

    private static C inventory() {
        return new C("PUT /inventory", "PUT", RMS + "/inventory").key(RMS_WAREHOUSE);
    }

    private static C postings(String client, String query) {
        return new C("GET /postings", "GET", client + "/postings" + query).key(RMS_ERP);
    }

    private static C ack(String client) {
        return new C("POST /postings/ack", "POST", client + "/postings/ack").key(RMS_ERP);
    }

    private static C report(String name) {
        return new C("GET /reports/{name}", "GET", RMS + "/reports/" + name).key(RMS_SELLER);
    }

    private static C newBulkOrder() {
        return new C("POST /bulk-orders", "POST", RMS + "/bulk-orders").key(RMS_SELLER);
    }

    private static C bulk(String action, String bulkOrderId, String key) {
        return new C("POST /bulk-orders/{bulkOrderId}/" + action, "POST",
                RMS + "/bulk-orders/" + bulkOrderId + "/" + action).key(key);
    }

    private static C getBulkOrder(String bulkOrderId) {
        return new C("GET /bulk-orders/{bulkOrderId}", "GET", RMS + "/bulk-orders/" + bulkOrderId).key(RMS_SELLER);
    }

    private static C listBulkOrders(String query) {
        return new C("GET /bulk-orders", "GET", RMS + "/bulk-orders" + query).key(RMS_SELLER);
    }

    private static C move() {
        return new C("POST /inventory/moves", "POST", RMS + "/inventory/moves").key(RMS_WAREHOUSE);
    }

    /** A move of TEE-M at WH-BLR out of GOOD, as JSON; its id left out when null, the quantity as written. */
    private static String moveJson(String moveId, String to, String quantity) {
        return "{" + (moveId == null ? "" : "\"moveId\": " + json(moveId) + ", ")
                + "\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"from\": \"GOOD\", \"to\": \"" + to
                + "\", \"quantity\": " + quantity + "}";
    }

    private static C newInwardPo() {
        return new C("POST /inward-pos", "POST", RMS + "/inward-pos").key(RMS_SELLER);
    }

    private static C getInwardPo(String poNumber) {
        return new C("GET /inward-pos/{poNumber}", "GET", RMS + "/inward-pos/" + poNumber).key(RMS_SELLER);
    }

    private static C grn(String poNumber) {
        return new C("POST /inward-pos/{poNumber}/grn", "POST", RMS + "/inward-pos/" + poNumber + "/grn")
                .key(RMS_WAREHOUSE);
    }

    private static C channels() {
        return new C("GET /channels", "GET", RMS + "/channels").key(SUPPORT);
    }

    private static C goLive(String channelId) {
        return new C("PUT /channels/{channelId}/inventory-sync", "PUT",
                RMS + "/channels/" + channelId + "/inventory-sync").key(SUPPORT);
    }

    private static C reconcile(String channelId) {
        return new C("POST /channels/{channelId}/inventory-sync/reconcile", "POST",
                RMS + "/channels/" + channelId + "/inventory-sync/reconcile").key(SUPPORT);
    }

    static Stream<Case> cases() {
        String okPack = "{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 2, \"notFound\": 0, \"damaged\": 0},"
                + " {\"sku\": \"JEANS-32\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}";
        String sqlInjection = "'; drop table orders; --";
        List<Case> cases = new ArrayList<>(List.of(
                // Who may call: no key, a wrong, revoked or malformed one, another client's, another role's.
                listOrders("").named("no key").expect(401, "UNAUTHENTICATED"),
                listOrders("").named("an unknown key").key("vf_notAKeyAnyoneWasGiven").expect(401, "UNAUTHENTICATED"),
                getOrder(RMS, "{PROC}").named("a revoked key").key("{REVOKED}").expect(401, "UNAUTHENTICATED"),
                getOrder(RMS, "{PROC}").named("Basic instead of Bearer").key("RAW Basic ZGV2OnN1cHBvcnQ=")
                        .expect(401, "UNAUTHENTICATED"),
                getOrder(RMS, "{PROC}").named("SQL injection as the key").key(sqlInjection)
                        .expect(401, "UNAUTHENTICATED"),
                getOrder(RMS, "{PROC}").named("a 4 KB key").key("k".repeat(4096)).expect(401, "UNAUTHENTICATED"),
                getOrder(RMS, "{PROC}").named("another client's key reads an order").key(ERP_SELLER)
                        .expect(404, "NOT_FOUND"),
                getOrder(ERP, "{E_INV}").named("another client's warehouse key on an ERP order").key(RMS_WAREHOUSE)
                        .expect(404, "NOT_FOUND"),
                getOrder("/v1/clients/no-such-client", "{PROC}").named("support key, a client that does not exist")
                        .key(SUPPORT).expect(404, "NOT_FOUND"),
                pack("{PROC}").named("pack without a key").key(null).json(okPack).expect(401, "UNAUTHENTICATED"),
                pack("{PROC}").named("pack with a seller key").key(RMS_SELLER).json(okPack)
                        .expect(403, "FORBIDDEN"),
                pack("{PROC}").named("pack with another client's warehouse key").key(ERP_WAREHOUSE).json(okPack)
                        .expect(404, "NOT_FOUND"),
                cancel(RMS, "{PROC}").named("cancel with a warehouse key").key(RMS_WAREHOUSE)
                        .json("{\"kind\": \"FULL\", \"reason\": \"x\"}").expect(403, "FORBIDDEN"),
                cancel(RMS, "{PROC}").named("cancel with another client's seller key").key(ERP_SELLER)
                        .json("{\"kind\": \"FULL\", \"reason\": \"x\"}").expect(404, "NOT_FOUND"),
                invoice(ERP, "{E_WAIT}").named("invoice with a warehouse key").key(ERP_WAREHOUSE)
                        .json(f -> invoice("E_WAIT", "HX-W-1", b -> { })).expect(403, "FORBIDDEN"),
                invoice(ERP, "{E_WAIT}").named("invoice with another client's ERP key").key(RMS_ERP)
                        .json(f -> invoice("E_WAIT", "HX-W-2", b -> { })).expect(404, "NOT_FOUND"),
                handOver().named("handover with a seller key").key(RMS_SELLER)
                        .json(f -> json(handover("H-X1", f.ids().get("PACKED")))).expect(403, "FORBIDDEN"),
                getHandover("{HANDOVER}").named("handover read with an ERP key").key(RMS_ERP)
                        .expect(403, "FORBIDDEN"),
                getHandover("{HANDOVER}").named("handover read with another client's key").key(ERP_WAREHOUSE)
                        .expect(404, "NOT_FOUND"),
                mappings(RMS).named("mappings with a warehouse key").key(RMS_WAREHOUSE)
                        .json("[{\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": \"TEE-M\"}]")
                        .expect(403, "FORBIDDEN"),
                mappings(RMS).named("mappings with another client's seller key").key(ERP_SELLER)
                        .json("[{\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": \"TEE-M\"}]")
                        .expect(404, "NOT_FOUND"),
                inventory().named("inventory with another client's ERP key").key(ERP_ERP)
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": 0}]")
                        .expect(404, "NOT_FOUND"),
                inventory().named("inventory with a support key").key(SUPPORT)
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": 0}]")
                        .expect(403, "FORBIDDEN"),
                postings(RMS, "").named("postings with a seller key").key(RMS_SELLER).expect(403, "FORBIDDEN"),
                ack(RMS).named("ack with another client's ERP key").key(ERP_ERP).json("{\"upTo\": 0}")
                        .expect(404, "NOT_FOUND"),
                report("failed-orders").named("report with a warehouse key").key(RMS_WAREHOUSE)
                        .expect(403, "FORBIDDEN"),
                report("failed-orders").named("report without a key").key(null).expect(401, "UNAUTHENTICATED"),

                // Malformed JSON, wrong types, missing fields, bad quantities, unknown SKUs.
                pack("{PROC}").named("pack: not JSON").json("{\"lines\": [").expect(400, "MALFORMED_REQUEST", "body"),
                pack("{PROC}").named("pack: a word for a quantity")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": \"two\", \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(400, "MALFORMED_REQUEST", "lines[0].packed"),
                pack("{PROC}").named("pack: a fraction for a quantity")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 1.5, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(400, "MALFORMED_REQUEST", "lines[0].packed"),
                pack("{PROC}").named("pack: lines an object").json("{\"lines\": {\"sku\": \"TEE-M\"}}")
                        .expect(400, "MALFORMED_REQUEST", "lines"),
                pack("{PROC}").named("pack: an array for a body").json("[" + okPack + "]")
                        .expect(400, "MALFORMED_REQUEST"),
                pack("{PROC}").named("pack: JSON nested 5000 deep").json("[".repeat(5000) + "]".repeat(5000))
                        .expect(400, "MALFORMED_REQUEST"),
                pack("{PROC}").named("pack: no lines").json("{}").expect(422, "VALIDATION_FAILED", "lines"),
                pack("{PROC}").named("pack: null body").json("null").expect(422, "VALIDATION_FAILED", "body"),
                pack("{PROC}").named("pack: empty body").json("").expect(422, "VALIDATION_FAILED", "body"),
                pack("{PROC}").named("pack: a line without its sku")
                        .json("{\"lines\": [{\"packed\": 2, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].sku"),
                pack("{PROC}").named("pack: negative quantity")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": -2, \"notFound\": 4, \"damaged\": 0},"
                                + " {\"sku\": \"JEANS-32\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].packed"),
                pack("{PROC}").named("pack: a quantity beyond 32 bits")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 99999999999, \"notFound\": 0,"
                                + " \"damaged\": 0}]}")
                        .expect(400, "MALFORMED_REQUEST"),
                pack("{PROC}").named("pack: a huge but valid integer")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 2000000000, \"notFound\": 0,"
                                + " \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].packed"),
                pack("{PROC}").named("pack: more units than the order has")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 5, \"notFound\": 0, \"damaged\": 0},"
                                + " {\"sku\": \"JEANS-32\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0]"),
                pack("{PROC}").named("pack: an SKU not on the order")
                        .json("{\"lines\": [{\"sku\": \"SOCKS-9\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].sku"),
                pack("{PROC}").named("pack: a line missing")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 2, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines"),
                pack("{PROC}").named("pack: the same SKU twice")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0},"
                                + " {\"sku\": \"TEE-M\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[1].sku"),
                pack("{PROC}").named("pack: SQL injection as the SKU")
                        .json("{\"lines\": [{\"sku\": \"TEE-M' OR '1'='1\", \"packed\": 2, \"notFound\": 0,"
                                + " \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].sku"),
                pack("{PROC}").named("pack: a script as the SKU")
                        .json("{\"lines\": [{\"sku\": \"<script>alert(1)</script>\", \"packed\": 2, \"notFound\": 0,"
                                + " \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].sku"),
                pack("{PROC}").named("pack: a NUL in the SKU")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\\u0000\", \"packed\": 2, \"notFound\": 0,"
                                + " \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].sku"),
                pack("{PROC}").named("pack: a Cyrillic look-alike SKU and an emoji")
                        .json("{\"lines\": [{\"sku\": \"ТЕЕ-М\", \"packed\": 2, \"notFound\": 0, \"damaged\": 0},"
                                + " {\"sku\": \"👕-32\u202E\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].sku"),
                pack("{PROC}").named("pack: sent as text/plain").body("text/plain", f -> okPack)
                        .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
                pack("{PROC}").named("pack: sent as XML")
                        .body("application/xml", f -> "<lines><sku>TEE-M</sku></lines>")
                        .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
                pack("{PROC}").named("pack: a body without a content type").body(null, f -> okPack)
                        .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
                pack("{PROC}").named("pack: a 3 MB body")
                        .json("{\"lines\": [" + "{\"sku\": \"TEE-M\", \"packed\": 1},".repeat(100_000) + "{}]}")
                        .expect(413, "PAYLOAD_TOO_LARGE"),
                new C("POST /orders/{orderId}/pack", "DELETE", RMS + "/orders/{PROC}/pack")
                        .named("pack: DELETE is no method here").key(RMS_WAREHOUSE)
                        .expect(405, "METHOD_NOT_ALLOWED"),

                // Out-of-order warehouse events and replayed documents.
                pack("{FAILED}").named("pack before PROCESSING (order FAILED for a SKU mapping)")
                        .json("{\"lines\": [{\"sku\": \"AJ-NOT-MAPPED\", \"packed\": 1, \"notFound\": 0,"
                                + " \"damaged\": 0}]}")
                        .expect(409, "NOT_AWAITING"),
                // A different result: the one it was packed with is a replay, answered as it was the first time.
                pack("{DONE}").named("pack of a COMPLETED order")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 0, \"notFound\": 1, \"damaged\": 0}]}")
                        .expect(409, "NOT_AWAITING"),
                pack("{PACKED}").named("the same pack result again (replay)")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}")
                        .expect(202, null),
                pack("{PACKED}").named("another pack result for a packed order")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 0, \"notFound\": 1, \"damaged\": 0}]}")
                        .expect(409, "CONFLICT"),
                pack("NO-SUCH-ORDER").named("pack of an order that does not exist").json(okPack)
                        .expect(404, "NOT_FOUND"),
                pack("..%2F..%2F..%2Fetc%2Fpasswd").named("pack: path traversal, encoded, as the order id")
                        .json(okPack).expect(400, "MALFORMED_REQUEST"),
                pack("%27%20OR%201%3D1%20--").named("pack: SQL injection as the order id").json(okPack)
                        .expect(404, "NOT_FOUND"),
                handOver().named("handover of an order still PROCESSING (not packed)")
                        .json(f -> json(handover("H-X2", f.ids().get("PROC"))))
                        .expect(409, "NOT_AWAITING", "orderIds[0]"),
                handOver().named("handover of an order that does not exist")
                        .json(f -> json(handover("H-X3", "NO-SUCH-ORDER")))
                        .expect(422, "VALIDATION_FAILED", "orderIds[0]"),
                handOver().named("handover of a COMPLETED order under a new id")
                        .json(f -> json(handover("H-X4", f.ids().get("DONE"))))
                        .expect(409, "NOT_AWAITING", "orderIds[0]"),
                handOver().named("the same handover again (replay)")
                        .json(f -> json(handover(f.ids().get("HANDOVER"), f.ids().get("DONE"))))
                        .expect(201, null),
                handOver().named("a handover id again with other orders")
                        .json(f -> json(handover(f.ids().get("HANDOVER"), f.ids().get("PACKED"))))
                        .expect(409, "CONFLICT"),
                handOver().named("handover: path traversal as the handover id")
                        .json(f -> json(handover("../../etc/passwd", f.ids().get("PACKED"))))
                        .expect(422, "VALIDATION_FAILED", "handoverId"),
                handOver().named("handover: no orders").json("{\"handoverId\": \"H-X5\", \"courier\": \"Delhivery\","
                        + " \"orderIds\": []}").expect(422, "VALIDATION_FAILED", "orderIds"),
                handOver().named("handover: an order twice").json("{\"handoverId\": \"H-X6\", \"courier\":"
                        + " \"Delhivery\", \"orderIds\": [\"{PACKED}\", \"{PACKED}\"]}")
                        .expect(422, "VALIDATION_FAILED", "orderIds[1]"),
                handOver().named("handover: a script as the courier").json("{\"handoverId\": \"H-X7\", \"courier\":"
                        + " \"<img src=x onerror=alert(1)>\\n\", \"orderIds\": [\"{PACKED}\"]}")
                        .expect(422, "VALIDATION_FAILED", "courier"),
                handOver().named("handover: order ids a string").json("{\"handoverId\": \"H-X8\", \"courier\":"
                        + " \"Delhivery\", \"orderIds\": \"{PACKED}\"}")
                        .expect(400, "MALFORMED_REQUEST", "orderIds"),
                getHandover("NO-SUCH-HANDOVER").named("a handover that does not exist").expect(404, "NOT_FOUND"),
                getHandover("..%2F..%2Fadmin").named("handover read: encoded path traversal")
                        .expect(400, "MALFORMED_REQUEST"),

                // Cancellations.
                cancel(RMS, "{PROC}").named("cancel: not JSON").json("{\"kind\": FULL}")
                        .expect(400, "MALFORMED_REQUEST", "body"),
                cancel(RMS, "{PROC}").named("cancel: an unknown kind")
                        .json("{\"kind\": \"EVERYTHING\", \"reason\": \"x\"}")
                        .expect(400, "MALFORMED_REQUEST", "kind"),
                cancel(RMS, "{PROC}").named("cancel: no reason").json("{\"kind\": \"FULL\"}")
                        .expect(422, "VALIDATION_FAILED", "reason"),
                cancel(RMS, "{PROC}").named("cancel: a reason of 501 characters")
                        .json("{\"kind\": \"FULL\", \"reason\": \"" + "ä".repeat(501) + "\"}")
                        .expect(422, "VALIDATION_FAILED", "reason"),
                cancel(RMS, "{PROC}").named("cancel: PARTIAL without lines")
                        .json("{\"kind\": \"PARTIAL\", \"reason\": \"x\"}").expect(422, "VALIDATION_FAILED"),
                cancel(RMS, "{PROC}").named("cancel: a negative quantity")
                        .json("{\"kind\": \"PARTIAL\", \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": -1}],"
                                + " \"reason\": \"x\"}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].quantity"),
                cancel(RMS, "{PROC}").named("cancel: more than was ordered")
                        .json("{\"kind\": \"PARTIAL\", \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 3}],"
                                + " \"reason\": \"x\"}")
                        .expect(422, "VALIDATION_FAILED"),
                cancel(RMS, "{PROC}").named("cancel: an unknown SKU")
                        .json("{\"kind\": \"PARTIAL\", \"lines\": [{\"sku\": \"" + sqlInjection + "\","
                                + " \"quantity\": 1}], \"reason\": \"x\"}")
                        .expect(422, "VALIDATION_FAILED"),
                cancel(RMS, "{PACKED}").named("cancel a PACKED order (the SOPs stop at PACKED)")
                        .json("{\"kind\": \"FULL\", \"reason\": \"customer called\"}")
                        .expect(409, "CANCELLATION_NOT_ALLOWED"),
                cancel(ERP, "{E_INV}").named("partial cancel of an ERP order after ERP posting")
                        .json("{\"kind\": \"PARTIAL\", \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 1}],"
                                + " \"reason\": \"customer called\"}")
                        .expect(409, "CANCELLATION_NOT_ALLOWED"),
                cancel(RMS, "{DONE}").named("cancel a COMPLETED order")
                        .json("{\"kind\": \"FULL\", \"reason\": \"too late\"}").expect(409, "NOT_AWAITING"),

                // The ERP's B2B invoice: IRN of the wrong shape, wrong invoice, replays.
                invoice(ERP, "{E_WAIT}").named("invoice: IRN in upper case")
                        .json(f -> invoice("E_WAIT", "HX-W-3", b -> b.put("irn", b.path("irn").asText()
                                .toUpperCase())))
                        .expect(422, "VALIDATION_FAILED", "irn"),
                invoice(ERP, "{E_WAIT}").named("invoice: IRN of 63 characters")
                        .json(f -> invoice("E_WAIT", "HX-W-4", b -> b.put("irn", b.path("irn").asText()
                                .substring(1))))
                        .expect(422, "VALIDATION_FAILED", "irn"),
                invoice(ERP, "{E_WAIT}").named("invoice: SQL injection as the IRN")
                        .json(f -> invoice("E_WAIT", "HX-W-5", b -> b.put("irn", sqlInjection)))
                        .expect(422, "VALIDATION_FAILED", "irn"),
                invoice(ERP, "{E_WAIT}").named("invoice: an IRN of the right shape for another invoice")
                        .json(f -> invoice("E_WAIT", "HX-W-6", b -> b.put("irn", "ab".repeat(32))))
                        .expect(422, "VALIDATION_FAILED", "irn"),
                invoice(ERP, "{E_WAIT}").named("invoice: more than the B2B quantity")
                        .json(f -> invoice("E_WAIT", "HX-W-7", b -> ((ObjectNode) b.path("lines").get(0))
                                .put("quantity", 3)))
                        .expect(422, "VALIDATION_FAILED", "lines[0].quantity"),
                invoice(ERP, "{E_WAIT}").named("invoice: an SKU not on the order")
                        .json(f -> invoice("E_WAIT", "HX-W-8", b -> ((ObjectNode) b.path("lines").get(0))
                                .put("sku", "SOCKS-9")))
                        .expect(422, "VALIDATION_FAILED", "lines[0].sku"),
                invoice(ERP, "{E_WAIT}").named("invoice: a negative taxable value")
                        .json(f -> invoice("E_WAIT", "HX-W-9", b -> ((ObjectNode) b.path("lines").get(0))
                                .put("taxableValue", "-10.00")))
                        .expect(422, "VALIDATION_FAILED", "lines[0].taxableValue"),
                invoice(ERP, "{E_WAIT}").named("invoice: an amount of 10^999999999")
                        .json(f -> invoice("E_WAIT", "HX-W-10", b -> ((ObjectNode) b.path("lines").get(0))
                                .put("taxableValue", "1e999999999")))
                        .expect(422, "VALIDATION_FAILED", "lines[0].taxableValue"),
                invoice(ERP, "{E_WAIT}").named("invoice: a GST rate that does not exist")
                        .json(f -> invoice("E_WAIT", "HX-W-11", b -> ((ObjectNode) b.path("lines").get(0))
                                .put("gstRate", 7)))
                        .expect(422, "VALIDATION_FAILED", "lines[0].gstRate"),
                invoice(ERP, "{E_WAIT}").named("invoice: a date in another format")
                        .json(f -> invoice("E_WAIT", "HX-W-12", b -> b.put("invoiceDate", "23/11/2026")))
                        .expect(400, "MALFORMED_REQUEST", "invoiceDate"),
                invoice(ERP, "{E_WAIT}").named("invoice: no lines")
                        .json(f -> invoice("E_WAIT", "HX-W-13", b -> b.remove("lines")))
                        .expect(422, "VALIDATION_FAILED", "lines"),
                invoice(ERP, "{E_WAIT}").named("invoice: a QR code that is not a JWT")
                        .json(f -> invoice("E_WAIT", "HX-W-14", b -> b.put("signedQrCode", "<script>x</script>")))
                        .expect(422, "VALIDATION_FAILED", "signedQrCode"),
                invoice(ERP, "{E_WAIT}").named("invoice: the QR code of another invoice")
                        .json(f -> invoice("E_WAIT", "HX-W-15", b -> b.put("signedQrCode",
                                parse(f.erpInvoiceJson()).path("signedQrCode").asText())))
                        .expect(422, "VALIDATION_FAILED", "signedQrCode"),
                invoice(ERP, "{E_WAIT}").named("invoice: a PDF that is not a PDF")
                        .json(f -> invoice("E_WAIT", "HX-W-16", b -> b.put("invoicePdf", "PHNjcmlwdD4=")))
                        .expect(422, "VALIDATION_FAILED", "invoicePdf"),
                invoice(ERP, "{E_WAIT}").named("invoice: an invoice number with a quote")
                        .json(f -> invoice("E_WAIT", "HX-W-17", b -> b.put("invoiceNumber", "HX'--")))
                        .expect(422, "VALIDATION_FAILED", "invoiceNumber"),
                invoice(ERP, "{E_INV}").named("the same invoice again (replay)").json(f -> f.erpInvoiceJson())
                        .expect(202, null),
                invoice(ERP, "{E_INV}").named("a second, different invoice for the order")
                        .json(f -> invoice("E_INV", "HX-INV-2", b -> { }))
                        .expect(409, "CONFLICT"),
                invoice(RMS, "{PROC}").named("an ERP invoice for an RMS-model order")
                        .json(f -> rmsInvoice(f.ids().get("PROC")))
                        .expect(409, "NOT_AWAITING"),

                // Catalogue uploads.
                mappings(RMS).named("mappings: an object, not an array")
                        .json("{\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": \"TEE-M\"}")
                        .expect(400, "MALFORMED_REQUEST"),
                mappings(RMS).named("mappings: none").json("[]").expect(422, "VALIDATION_FAILED"),
                mappings(RMS).named("mappings: a blank channel SKU")
                        .json("[{\"channelSku\": \" \", \"clientSku\": \"TEE-M\"}]")
                        .expect(422, "VALIDATION_FAILED", "[0].channelSku"),
                mappings(RMS).named("mappings: a number for a SKU")
                        .json("[{\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": 42}]")
                        .expect(400, "MALFORMED_REQUEST", "[0].clientSku"),
                mappings(RMS).named("mappings: one channel SKU twice")
                        .json("[{\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": \"TEE-M\"},"
                                + " {\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": \"JEANS-32\"}]")
                        .expect(422, "VALIDATION_FAILED"),
                mappings(RMS).named("mappings: 101 Devanagari characters")
                        .json("[{\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": \"" + "क".repeat(101) + "\"}]")
                        .expect(422, "VALIDATION_FAILED", "[0].clientSku"),
                mappings(RMS).named("mappings: a newline and SQL in a SKU")
                        .json("[{\"channelSku\": \"AJ-NOT-MAPPED\", \"clientSku\": \"TEE-M\\n" + sqlInjection
                                + "\"}]")
                        .expect(422, "VALIDATION_FAILED", "[0].clientSku"),
                inventory().named("inventory: a negative quantity")
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": -5}]")
                        .expect(422, "VALIDATION_FAILED", "[0].quantity"),
                inventory().named("inventory: above the maximum")
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": 10000001}]")
                        .expect(422, "VALIDATION_FAILED", "[0].quantity"),
                inventory().named("inventory: 10^20 units")
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": 100000000000000000000}]")
                        .expect(400, "MALFORMED_REQUEST"),
                inventory().named("inventory: a quantity as a string")
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": \"5\"}]")
                        .expect(400, "MALFORMED_REQUEST", "[0].quantity"),
                inventory().named("inventory: no location")
                        .json("[{\"sku\": \"TEE-M\", \"quantity\": 5}]")
                        .expect(422, "VALIDATION_FAILED", "[0].location"),
                inventory().named("inventory: one SKU and location twice")
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": 5},"
                                + " {\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": 6}]")
                        .expect(422, "VALIDATION_FAILED"),
                inventory().named("inventory: a valid row next to an invalid one changes nothing")
                        .json("[{\"sku\": \"TEE-M\", \"location\": \"WH-BLR\", \"quantity\": 7},"
                                + " {\"sku\": \"JEANS-32\", \"location\": \"गोदाम\\u0007\", \"quantity\": 6}]")
                        .expect(422, "VALIDATION_FAILED", "[1].location"),
                inventory().named("inventory: sent as a form")
                        .body("application/x-www-form-urlencoded", f -> "sku=TEE-M&location=WH-BLR&quantity=0")
                        .expect(415, "UNSUPPORTED_MEDIA_TYPE"),

                // The postings feed.
                postings(RMS, "?limit=0").named("postings: limit 0").expect(422, "VALIDATION_FAILED", "limit"),
                postings(RMS, "?limit=100000").named("postings: limit 100000")
                        .expect(422, "VALIDATION_FAILED", "limit"),
                postings(RMS, "?limit=abc").named("postings: limit a word").expect(400, "MALFORMED_REQUEST", "limit"),
                postings(RMS, "?after=-1").named("postings: a negative cursor")
                        .expect(422, "VALIDATION_FAILED", "after"),
                postings(RMS, "?after=1%27%20OR%201%3D1").named("postings: SQL injection as the cursor")
                        .expect(400, "MALFORMED_REQUEST", "after"),
                postings(ERP, "").named("postings of a PUSH client").key(ERP_ERP).expect(409, "NOT_AWAITING"),
                ack(RMS).named("ack: beyond the last posting").json("{\"upTo\": 999999}")
                        .expect(422, "VALIDATION_FAILED", "upTo"),
                ack(RMS).named("ack: a cursor as a string").json("{\"upTo\": \"latest\"}")
                        .expect(400, "MALFORMED_REQUEST", "upTo"),
                ack(RMS).named("ack: no cursor").json("{}").expect(422, "VALIDATION_FAILED", "upTo"),

                // Order lists and reports.
                listOrders("?status=BOGUS").named("list: an unknown status").key(SUPPORT)
                        .expect(422, "VALIDATION_FAILED", "status"),
                listOrders("?status=PROCESSING%27%20OR%20%271%27%3D%271").named("list: SQL injection as the status")
                        .key(SUPPORT).expect(422, "VALIDATION_FAILED", "status"),
                listOrders("?limit=100000").named("list: limit 100000").key(RMS_WAREHOUSE)
                        .expect(422, "VALIDATION_FAILED", "limit"),
                listOrders("?limit=-1").named("list: a negative limit").key(RMS_WAREHOUSE)
                        .expect(422, "VALIDATION_FAILED", "limit"),
                listOrders("?after=" + "x".repeat(201)).named("list: a cursor of 201 characters")
                        .key(RMS_WAREHOUSE).expect(422, "VALIDATION_FAILED", "after"),
                report("no-such-report").named("report: an unknown name").expect(404, "NOT_FOUND"),
                report("..%2F..%2Fetc%2Fpasswd").named("report: encoded path traversal as the name")
                        .expect(400, "MALFORMED_REQUEST"),
                report("failed-orders?from=yesterday&to=2026-11-30").named("report: a date that is not a date")
                        .expect(422, "VALIDATION_FAILED"),
                report("failed-orders?from=2026-12-01&to=2026-11-01").named("report: from after to")
                        .expect(422, "VALIDATION_FAILED"),
                report("failed-orders").named("report: as XML").accept("application/xml")
                        .expect(406, "NOT_ACCEPTABLE"),

                // Release 2: pool moves, inward POs and GRNs, search, the channels' inventory syncs.
                move().named("move: no move id")
                        .json(moveJson(null, "RECYCLE", "1"))
                        .expect(422, "VALIDATION_FAILED", "moveId"),
                move().named("move: into the pool it comes from")
                        .json(moveJson("MV-H-1", "GOOD", "1"))
                        .expect(422, "VALIDATION_FAILED", "to"),
                move().named("move: more than the pool has free")
                        .json(moveJson("MV-H-2", "RECYCLE", "100000"))
                        .expect(422, "VALIDATION_FAILED", "quantity"),
                move().named("move: a pool that does not exist")
                        .json(moveJson("MV-H-3", "LIMBO", "1"))
                        .expect(400, "MALFORMED_REQUEST"),
                move().named("move: no units")
                        .json(moveJson("MV-H-4", "RECYCLE", "0"))
                        .expect(422, "VALIDATION_FAILED", "quantity"),
                move().named("move: SQL injection as the move id")
                        .json(moveJson(sqlInjection, "RECYCLE", "1"))
                        .expect(422, "VALIDATION_FAILED", "moveId"),
                move().named("move with a seller key").key(RMS_SELLER)
                        .json(moveJson("MV-H-5", "RECYCLE", "1"))
                        .expect(403, "FORBIDDEN"),
                move().named("move with another client's warehouse key").key(ERP_WAREHOUSE)
                        .json(moveJson("MV-H-6", "RECYCLE", "1"))
                        .expect(404, "NOT_FOUND"),
                newInwardPo().named("inward PO: no units of a SKU")
                        .json("{\"poNumber\": \"PO-H-1\", \"location\": \"WH-BLR\","
                                + " \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 0}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].quantity"),
                newInwardPo().named("inward PO: a quote in the PO number")
                        .json("{\"poNumber\": \"PO'--\", \"location\": \"WH-BLR\","
                                + " \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 1}]}")
                        .expect(422, "VALIDATION_FAILED", "poNumber"),
                newInwardPo().named("inward PO: one SKU twice")
                        .json("{\"poNumber\": \"PO-H-2\", \"location\": \"WH-BLR\", \"lines\":"
                                + " [{\"sku\": \"TEE-M\", \"quantity\": 1}, {\"sku\": \"TEE-M\", \"quantity\": 2}]}")
                        .expect(422, "VALIDATION_FAILED"),
                newInwardPo().named("inward PO: the same PO again (replay)")
                        .json("{\"poNumber\": \"{PO}\", \"location\": \"WH-BLR\","
                                + " \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 5}]}")
                        .expect(201, null),
                newInwardPo().named("inward PO: its number again with other lines")
                        .json("{\"poNumber\": \"{PO}\", \"location\": \"WH-BLR\","
                                + " \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 6}]}")
                        .expect(409, "CONFLICT"),
                newInwardPo().named("inward PO with a warehouse key").key(RMS_WAREHOUSE)
                        .json("{\"poNumber\": \"PO-H-3\", \"location\": \"WH-BLR\","
                                + " \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 1}]}")
                        .expect(403, "FORBIDDEN"),
                getInwardPo("PO-NEVER-MADE").named("inward PO: one that does not exist").expect(404, "NOT_FOUND"),
                getInwardPo("{PO}").named("inward PO: another client's key").key(ERP_SELLER)
                        .expect(404, "NOT_FOUND"),
                grn("{PO}").named("GRN: more than the PO expects")
                        .json("{\"grnNumber\": \"GRN-H-1\", \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 6}]}")
                        .expect(422, "VALIDATION_FAILED"),
                grn("{PO}").named("GRN: a SKU not on the PO")
                        .json("{\"grnNumber\": \"GRN-H-2\", \"lines\": [{\"sku\": \"JEANS-32\", \"quantity\": 1}]}")
                        .expect(422, "VALIDATION_FAILED"),
                grn("{PO}").named("GRN: into a pool that does not exist")
                        .json("{\"grnNumber\": \"GRN-H-3\", \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 1,"
                                + " \"pool\": \"LIMBO\"}]}")
                        .expect(400, "MALFORMED_REQUEST"),
                grn("PO-NEVER-MADE").named("GRN: of a PO that does not exist")
                        .json("{\"grnNumber\": \"GRN-H-4\", \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 1}]}")
                        .expect(404, "NOT_FOUND"),
                grn("{PO}").named("GRN with a seller key").key(RMS_SELLER)
                        .json("{\"grnNumber\": \"GRN-H-5\", \"lines\": [{\"sku\": \"TEE-M\", \"quantity\": 1}]}")
                        .expect(403, "FORBIDDEN"),
                listOrders("?search=" + "A".repeat(201)).named("search: 201 characters").key(SUPPORT)
                        .expect(422, "VALIDATION_FAILED", "search"),
                listOrders("?search=%27%20OR%201%3D1%20--").named("search: SQL injection").key(SUPPORT)
                        .expect(422, "VALIDATION_FAILED", "search"),
                channels().named("channels with a warehouse key").key(RMS_WAREHOUSE).expect(403, "FORBIDDEN"),
                goLive("ajio").named("go-live control with a seller key").key(RMS_SELLER)
                        .json("{\"mode\": \"ZERO\", \"reason\": \"x\"}").expect(403, "FORBIDDEN"),
                goLive("ajio").named("go-live control: a mode that does not exist")
                        .json("{\"mode\": \"HALF\", \"reason\": \"x\"}").expect(400, "MALFORMED_REQUEST"),
                goLive("no-such-channel").named("go-live control of a channel that does not exist")
                        .json("{\"mode\": \"ZERO\", \"reason\": \"x\"}").expect(404, "NOT_FOUND"),
                goLive("ajio").named("go-live control without a reason")
                        .json("{\"mode\": \"ZERO\"}").expect(422, "VALIDATION_FAILED", "reason"),
                reconcile("ajio").named("reconcile without a reason").json("{\"reason\": \" \"}")
                        .expect(422, "VALIDATION_FAILED", "reason"),
                reconcile("ajio").named("reconcile with a seller key").key(RMS_SELLER)
                        .json("{\"reason\": \"x\"}").expect(403, "FORBIDDEN"),

                // Bulk B2B outward orders (a CREATED one, never allocated, is {BULK}).
                newBulkOrder().named("bulk order: the same order again (replay)").json(BULK_ORDER)
                        .expect(201, null),
                newBulkOrder().named("bulk order: its id again with other lines")
                        .json(BULK_ORDER.replace("\"quantity\": 1", "\"quantity\": 2")).expect(409, "CONFLICT"),
                newBulkOrder().named("bulk order: no lines")
                        .json(BULK_ORDER.replace("[{\"sku\": \"TEE-M\", \"quantity\": 1}]", "[]")
                                .replace("{BULK}", "BO-H-1"))
                        .expect(422, "VALIDATION_FAILED", "lines"),
                newBulkOrder().named("bulk order: no units of a SKU")
                        .json(BULK_ORDER.replace("\"quantity\": 1", "\"quantity\": 0").replace("{BULK}", "BO-H-2"))
                        .expect(422, "VALIDATION_FAILED", "lines[0].quantity"),
                newBulkOrder().named("bulk order: a fulfilment type that does not exist")
                        .json(BULK_ORDER.replace("BLOCK_COMPLETE", "WHATEVER").replace("{BULK}", "BO-H-3"))
                        .expect(400, "MALFORMED_REQUEST"),
                newBulkOrder().named("bulk order: a country that is not a code")
                        .json(BULK_ORDER.replace("\"IN\"", "\"India\"").replace("{BULK}", "BO-H-4"))
                        .expect(422, "VALIDATION_FAILED", "shipTo.country"),
                newBulkOrder().named("bulk order: SQL injection as its id")
                        .json(BULK_ORDER.replace("{BULK}", "x'; drop table bulk_orders; --"))
                        .expect(422, "VALIDATION_FAILED", "bulkOrderId"),
                newBulkOrder().named("bulk order with a warehouse key").key(RMS_WAREHOUSE)
                        .json(BULK_ORDER.replace("{BULK}", "BO-H-5")).expect(403, "FORBIDDEN"),
                bulk("allocate", "{BULK}", RMS_WAREHOUSE).named("allocate with a warehouse key")
                        .expect(403, "FORBIDDEN"),
                bulk("allocate", "BO-NEVER-MADE", RMS_SELLER).named("allocate a bulk order that does not exist")
                        .expect(404, "NOT_FOUND"),
                bulk("allocate", "{BULK}", ERP_SELLER).named("allocate with another client's seller key")
                        .expect(404, "NOT_FOUND"),
                bulk("complete", "{BULK}", SUPPORT).named("complete with a support key").expect(403, "FORBIDDEN"),
                bulk("pack", "{BULK}", RMS_WAREHOUSE).named("pack a bulk order nothing was allocated to")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 1}]}").expect(409, "NOT_AWAITING"),
                bulk("pack", "{BULK}", RMS_WAREHOUSE).named("pack: a negative count")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": -1}]}")
                        .expect(422, "VALIDATION_FAILED", "lines[0].packed"),
                bulk("pack", "{BULK}", RMS_SELLER).named("pack a bulk order with a seller key")
                        .json("{\"lines\": [{\"sku\": \"TEE-M\", \"packed\": 1}]}").expect(403, "FORBIDDEN"),
                bulk("dispatch", "{BULK}", RMS_WAREHOUSE).named("dispatch a bulk order nothing was packed of")
                        .expect(409, "NOT_AWAITING"),
                getBulkOrder("BO-NEVER-MADE").named("bulk order: one that does not exist").expect(404, "NOT_FOUND"),
                getBulkOrder("{BULK}").named("bulk order: another client's key").key(ERP_SELLER)
                        .expect(404, "NOT_FOUND"),
                listBulkOrders("?status=BOGUS").named("bulk orders: an unknown status")
                        .expect(422, "VALIDATION_FAILED", "status"),
                listBulkOrders("?limit=0").named("bulk orders: limit 0").expect(422, "VALIDATION_FAILED", "limit")));
        return cases.stream();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static String authorization(String key) {
        if (key == null) {
            return null;
        }
        if (key.startsWith("RAW ")) {
            return key.substring(4);
        }
        return "Bearer " + (key.equals("{REVOKED}") ? fixtures.revokedKey() : key);
    }

    /**
     * A valid invoice for an ERP order's B2B order (as the ERP would make it), changed by {@code change}: the JSON
     * body of {@code POST /b2b-invoice}.
     */
    private static String invoice(String order, String number, Consumer<ObjectNode> change) {
        ObjectNode body = invoiceBody(fixtures.b2bOrders().get(order), fixtures.erpGstin(), number);
        change.accept(body);
        return body.toString();
    }

    /** A well-made invoice of the RMS client's own GSTIN, for an order of the RMS model. */
    private static String rmsInvoice(String orderId) {
        ObjectNode b2b = Json.mapper().createObjectNode();
        b2b.put("buyerGstin", "07AAGFF2194N1Z1");
        ArrayNode lines = b2b.putArray("lines");
        lines.addObject().put("sku", "TEE-M").put("hsnCode", "6109").put("quantity", 2)
                .put("taxableValue", "1598.00").put("gstRate", "5");
        return invoiceBody(b2b, fixtures.rmsGstin(), "HX-RMS-" + orderId.substring(2)).toString();
    }

    private static ObjectNode invoiceBody(JsonNode b2b, String supplierGstin, String number) {
        LocalDate today = LocalDate.now(INDIA);
        List<DraftLine> draftLines = new ArrayList<>();
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode lines = Json.mapper().createArrayNode();
        for (JsonNode line : b2b.path("lines")) {
            BigDecimal taxable = new BigDecimal(line.path("taxableValue").asText());
            BigDecimal rate = new BigDecimal(line.path("gstRate").asText());
            draftLines.add(new DraftLine(line.path("hsnCode").asText(), taxable, rate));
            lines.addObject().put("sku", line.path("sku").asText()).put("quantity", line.path("quantity").asInt())
                    .put("taxableValue", taxable.toPlainString()).put("gstRate", rate.toPlainString());
        }
        IssuedDocument issued = ISSUER.issue(new DocumentDraft(supplierGstin, b2b.path("buyerGstin").asText(),
                DocumentType.INV, number, today, draftLines, null));
        body.put("invoiceNumber", number);
        body.put("invoiceDate", today.toString());
        body.put("irn", issued.irn());
        body.put("signedQrCode", issued.signedQrCode());
        body.set("lines", lines);
        return body;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String json(Object value) {
        return Json.mapper().valueToTree(value).toString();
    }

    private static Map<String, Object> handover(String handoverId, String orderId) {
        return Map.of("handoverId", handoverId, "courier", "Delhivery", "orderIds", List.of(orderId));
    }

    private static Map<String, Object> packLine(String sku, int packed, int notFound, int damaged) {
        return Map.of("sku", sku, "packed", packed, "notFound", notFound, "damaged", damaged);
    }

    private static String gstin(String clientId) {
        return stack.config().clients.stream().filter(c -> c.clientId.equals(clientId))
                .map((ClientSettings c) -> c.supplierGstin).findFirst().orElseThrow();
    }

    private static NewOrderLine line(String channelSku, int quantity) {
        return new NewOrderLine(channelSku, quantity, new BigDecimal("799.00"));
    }

    /** Every table the API writes and every order workflow's state and history length, as one text. */
    private static String snapshot() {
        StringBuilder snapshot = new StringBuilder();
        stack.jdbi().useHandle(h -> {
            for (String table : TABLES) {
                snapshot.append(table).append(":\n").append(h.createQuery("select coalesce(string_agg(t::text, E'\\n'"
                        + " order by t::text), '') from " + table + " t").mapTo(String.class).one()).append('\n');
            }
        });
        for (String workflowId : fixtures.workflowIds()) {
            JsonNode state = stack.workflows().newUntypedWorkflowStub(workflowId).query("state", JsonNode.class);
            // Workflow tasks aside: the test server records one for an update its validator rejected (a real
            // server's speculative task leaves nothing), and such a task changes no state.
            long events = stack.workflows().fetchHistory(workflowId).getEvents().stream()
                    .filter(e -> !e.getEventType().name().startsWith("EVENT_TYPE_WORKFLOW_TASK_")).count();
            snapshot.append(workflowId).append(" (").append(events).append(" events): ").append(state).append('\n');
        }
        return snapshot.toString();
    }

    /** Waits until nothing moves any more: ERP postings delivered, timers and activities of the setup done. */
    private static void awaitQuiet() {
        long deadline = System.currentTimeMillis() + 30_000;
        String last = snapshot();
        while (System.currentTimeMillis() < deadline) {
            sleep(1_000);
            String now = snapshot();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
        throw new AssertionError("the fixtures did not settle");
    }

    private static JsonNode awaitOrder(String client, String orderId, Predicate<JsonNode> condition) {
        return Await.order(gateway, client, orderId, condition);
    }

    private static void sleep(long millis) {
        Await.sleep(millis);
    }
}
