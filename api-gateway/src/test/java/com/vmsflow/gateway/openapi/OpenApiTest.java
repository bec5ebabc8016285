package com.vmsflow.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.bulk.BulkStatusChange;
import com.vmsflow.bulk.ShipTo;
import com.vmsflow.gateway.bulk.BulkOrderBody;
import com.vmsflow.gateway.bulk.BulkOrderPage;
import com.vmsflow.gateway.bulk.BulkOrderSummary;
import com.vmsflow.gateway.bulk.BulkOrderView;
import com.vmsflow.gateway.bulk.BulkPackBody;
import com.vmsflow.gateway.catalog.InventoryPage;
import com.vmsflow.gateway.catalog.SkuMappingBody;
import com.vmsflow.gateway.catalog.SkuMappingsWritten;
import com.vmsflow.gateway.catalog.StockLevelBody;
import com.vmsflow.gateway.catalog.StockLevelsWritten;
import com.vmsflow.gateway.catalog.StockMoveBody;
import com.vmsflow.gateway.catalog.StockMoved;
import com.vmsflow.gateway.channel.ChannelPage;
import com.vmsflow.gateway.channel.ChannelState;
import com.vmsflow.gateway.channel.GoLiveBody;
import com.vmsflow.gateway.channel.InventorySyncView;
import com.vmsflow.gateway.channel.ReconcileBody;
import com.vmsflow.gateway.channel.ReconciliationStarted;
import com.vmsflow.gateway.erp.FeedPosting;
import com.vmsflow.gateway.erp.PostingAckBody;
import com.vmsflow.gateway.erp.PostingPage;
import com.vmsflow.gateway.erp.PostingsAcked;
import com.vmsflow.gateway.errors.ErrorBody;
import com.vmsflow.gateway.gst.GstDocumentLine;
import com.vmsflow.gateway.handover.HandoverBody;
import com.vmsflow.gateway.handover.HandoverView;
import com.vmsflow.gateway.inward.GrnBody;
import com.vmsflow.gateway.inward.GrnReceived;
import com.vmsflow.gateway.inward.InwardPoBody;
import com.vmsflow.gateway.inward.InwardPoView;
import com.vmsflow.gateway.order.B2bInvoiceBody;
import com.vmsflow.gateway.order.CancellationBody;
import com.vmsflow.gateway.order.OrderPage;
import com.vmsflow.gateway.order.OrderSummary;
import com.vmsflow.gateway.order.OrderView;
import com.vmsflow.gateway.order.PackBody;
import com.vmsflow.gateway.returns.CreditNoteBody;
import com.vmsflow.gateway.returns.ReceiptBody;
import com.vmsflow.gateway.returns.ReceiptItem;
import com.vmsflow.gateway.returns.ReturnPage;
import com.vmsflow.gateway.returns.ReturnSummary;
import com.vmsflow.gateway.returns.ReturnView;
import com.vmsflow.gateway.returns.RtoReceiptBody;
import com.vmsflow.gateway.returns.RtoReceiptView;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import jakarta.ws.rs.HttpMethod;
import com.vmsflow.order.CancellationRecord;
import com.vmsflow.order.DocumentRef;
import com.vmsflow.order.RefusedHandover;
import com.vmsflow.order.StatusChange;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnStatusChange;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI document describes exactly the endpoints the gateway serves. */
class OpenApiTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    /** The keys of a path item that are operations (the others are parameters, summary...). */
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theDocumentIsServedWithoutAKeyAndListsEveryEndpoint() {
        Api.Answer answer = gateway.api().get("/openapi.json", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode document = answer.json();
        assertThat(document.path("openapi").asText()).startsWith("3.0.");
        // 20, and the returns API: 2 reads, receipt, credit note, RTO receipt, support actions (act, trail); and
        // release 2's channels (list, go-live control, reconcile) and GET /inventory; moves, inward POs (create,
        // read) and GRNs; bulk orders (create, list, read, allocate, complete, pack, dispatch, support actions);
        // B2B2C's b2b2c-invoice.
        assertThat(served()).hasSize(20 + 7 + 4 + 4 + 8 + 1);
        assertThat(operations(document)).isEqualTo(served());
    }

    @Test
    void everyReferenceResolvesAndEveryKeyedOperationAnswersTheErrorShape() {
        JsonNode document = gateway.api().get("/openapi.json", null).json();

        for (String ref : references(document, new ArrayList<>())) {
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/v1/") && METHODS.contains(op.getKey())) {
                assertThat(op.getValue().path("responses").has("401")).as(path.getKey() + " " + op.getKey()).isTrue();
                assertThat(op.getValue().path("responses").path("401").path("$ref").asText())
                        .isEqualTo("#/components/responses/Unauthenticated");
            }
        }));
        assertThat(document.path("components").path("schemas").path("Error").path("required").toString())
                .isEqualTo("[\"code\",\"message\",\"details\"]");
    }

    @Test
    void everyOperationHasAnIdAndEveryKeyedOneDocumentsTheAnswersAnyKeyedRequestMayGet() {
        JsonNode document = gateway.api().get("/openapi.json", null).json();

        assertThat(document.path("servers").size()).isPositive();
        Set<String> ids = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                String operation = op.getKey() + " " + path.getKey();
                assertThat(ids.add(op.getValue().path("operationId").asText(""))).as(operation).isTrue();
                if (path.getKey().startsWith("/v1/")) {
                    // a URI Jetty cannot read, an Accept without JSON, too many requests, the database or Temporal away
                    for (String status : List.of("400", "406", "429", "503")) {
                        assertThat(op.getValue().path("responses").has(status)).as(operation + " " + status).isTrue();
                    }
                }
            }
        }));
        assertThat(ids).doesNotContain("");
    }

    @Test
    void eachOperationNamesTheRolesItsResourceAllows() {
        JsonNode document = gateway.api().get("/openapi.json", null).json();

        for (Class<?> type : gateway.resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                        : type.getAnnotation(Allowed.class);
                String verb = verb(method);
                if (verb != null && allowed != null) {
                    Path sub = method.getAnnotation(Path.class);
                    JsonNode roles = document.path("paths").path(sub == null ? base : base + sub.value())
                            .path(verb.toLowerCase(Locale.ROOT)).path("x-roles");
                    List<String> documented = new ArrayList<>();
                    roles.forEach(role -> documented.add(role.asText()));
                    assertThat(documented).as(verb + " " + base).containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(allowed.value()).map(Enum::name).toList());
                }
            }
        }
    }

    @Test
    void eachSchemaHasTheFieldsOfItsRecord() {
        JsonNode schemas = gateway.api().get("/openapi.json", null).json().path("components").path("schemas");
        Map<String, Class<? extends Record>> records = Map.ofEntries(
                Map.entry("Error", ErrorBody.class),
                Map.entry("Order", OrderView.class),
                Map.entry("OrderLine", OrderView.Line.class),
                Map.entry("StatusChange", StatusChange.class),
                Map.entry("DocumentRef", DocumentRef.class),
                Map.entry("RefusedHandover", RefusedHandover.class),
                Map.entry("Cancellation", CancellationRecord.class),
                Map.entry("LineQuantity", LineQuantity.class),
                Map.entry("OrderSummary", OrderSummary.class),
                Map.entry("OrderPage", OrderPage.class),
                Map.entry("PackResult", PackBody.class),
                Map.entry("PackLine", PackBody.Line.class),
                Map.entry("CancellationRequest", CancellationBody.class),
                Map.entry("CancellationLine", CancellationBody.Line.class),
                Map.entry("B2bInvoice", B2bInvoiceBody.class),
                Map.entry("B2bInvoiceLine", GstDocumentLine.class),
                Map.entry("HandoverRequest", HandoverBody.class),
                Map.entry("Handover", HandoverView.class),
                Map.entry("Manifest", HandoverView.ManifestView.class),
                Map.entry("KeptBackOrder", HandoverView.KeptBack.class),
                Map.entry("SkuMapping", SkuMappingBody.class),
                Map.entry("SkuMappingsWritten", SkuMappingsWritten.class),
                Map.entry("StockLevel", StockLevelBody.class),
                Map.entry("StockLevelsWritten", StockLevelsWritten.class),
                Map.entry("Posting", FeedPosting.class),
                Map.entry("PostingPage", PostingPage.class),
                Map.entry("PostingAck", PostingAckBody.class),
                Map.entry("PostingsAcked", PostingsAcked.class),
                Map.entry("Return", ReturnView.class),
                Map.entry("ReturnLine", ReturnView.Line.class),
                Map.entry("ReturnCreditNote", ReturnView.CreditNote.class),
                Map.entry("ReceivedItem", ReceivedItem.class),
                Map.entry("ReturnStatusChange", ReturnStatusChange.class),
                Map.entry("ReturnSummary", ReturnSummary.class),
                Map.entry("ReturnPage", ReturnPage.class),
                Map.entry("ReturnReceipt", ReceiptBody.class),
                Map.entry("ReceiptItem", ReceiptItem.class),
                Map.entry("RtoReceipt", RtoReceiptBody.class),
                Map.entry("RtoReceiptAnswer", RtoReceiptView.class),
                Map.entry("CreditNote", CreditNoteBody.class),
                Map.entry("CreditNoteLine", GstDocumentLine.class),
                Map.entry("ChannelPage", ChannelPage.class),
                Map.entry("Channel", ChannelState.class),
                Map.entry("InventorySync", InventorySyncView.class),
                Map.entry("GoLiveRequest", GoLiveBody.class),
                Map.entry("ReconcileRequest", ReconcileBody.class),
                Map.entry("ReconciliationStarted", ReconciliationStarted.class),
                Map.entry("InventoryPage", InventoryPage.class),
                Map.entry("InventorySku", InventoryPage.Sku.class),
                Map.entry("InventoryLocation", InventoryPage.Location.class),
                Map.entry("StockMoveRequest", StockMoveBody.class),
                Map.entry("StockMove", StockMoved.class),
                Map.entry("InwardPoRequest", InwardPoBody.class),
                Map.entry("InwardPo", InwardPoView.class),
                Map.entry("GrnRequest", GrnBody.class),
                Map.entry("GrnReceived", GrnReceived.class),
                Map.entry("ChannelFigure", InventoryPage.Channel.class),
                Map.entry("BulkOrderRequest", BulkOrderBody.class),
                Map.entry("ShipTo", ShipTo.class),
                Map.entry("BulkPackRequest", BulkPackBody.class),
                Map.entry("BulkOrder", BulkOrderView.class),
                Map.entry("BulkOrderLine", BulkOrderView.Line.class),
                Map.entry("BulkShortage", BulkOrderView.Shortage.class),
                Map.entry("BulkStatusChange", BulkStatusChange.class),
                Map.entry("BulkOrderSummary", BulkOrderSummary.class),
                Map.entry("BulkOrderPage", BulkOrderPage.class));

        records.forEach((name, type) -> {
            List<String> documented = new ArrayList<>();
            schemas.path(name).path("properties").fieldNames().forEachRemaining(documented::add);
            assertThat(documented).as(name).containsExactlyElementsOf(
                    Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        });
    }

    /** "GET /v1/clients/{clientId}/orders/{orderId}" for every operation of the document. */
    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                field -> {
                    if (METHODS.contains(field)) {
                        operations.add(field.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }

    /** The same for every resource method of the gateway's resources. */
    private static Set<String> served() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> type : gateway.resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    operations.add(verb + " " + (sub == null ? base : base + sub.value()));
                }
            }
        }
        return operations;
    }

    private static String verb(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> references(JsonNode node, List<String> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref")) {
                    found.add(field.getValue().asText());
                } else {
                    references(field.getValue(), found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> references(element, found));
        }
        return found;
    }
}
