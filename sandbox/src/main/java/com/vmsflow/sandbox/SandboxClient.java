package com.vmsflow.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.json.Json;
import com.vmsflow.sandbox.ajio.inventory.InventoryItem;
import com.vmsflow.sandbox.ajio.inventory.InventoryItems;
import com.vmsflow.sandbox.ajio.inventory.InventoryReport;
import com.vmsflow.sandbox.ajio.order.BulkOrders;
import com.vmsflow.sandbox.ajio.order.CancellationEvent;
import com.vmsflow.sandbox.ajio.order.CreatedOrders;
import com.vmsflow.sandbox.ajio.order.DispatchAfterChange;
import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.ajio.order.NewOrder;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.ajio.order.OrderDetail;
import com.vmsflow.sandbox.ajio.order.OrderRefusals;
import com.vmsflow.sandbox.ajio.order.OrderUpdateEvent;
import com.vmsflow.sandbox.ajio.order.QuantityCancellation;
import com.vmsflow.sandbox.ajio.order.RefuseNext;
import com.vmsflow.sandbox.ajio.returns.NewReturn;
import com.vmsflow.sandbox.ajio.returns.ReturnExpectation;
import com.vmsflow.sandbox.ajio.rsi.NewRsiDocument;
import com.vmsflow.sandbox.ajio.rsi.RsiDocument;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallsReport;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.sandbox.erp.ErpClientView;
import com.vmsflow.sandbox.faults.FaultSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The sandbox's control endpoints for tests, the demo and the benchmark. A refusal throws a
 * {@link SandboxClientException} with the sandbox's status and error code.
 */
public class SandboxClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final ObjectMapper mapper = Json.mapper();

    public SandboxClient(String baseUrl) {
        this(baseUrl, new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS).build());
    }

    public SandboxClient(String baseUrl, OkHttpClient http) {
        this.baseUrl = HttpUrl.get(baseUrl);
        this.http = http;
    }

    public OrderDetail createOrder(String sellerId, NewOrder order) {
        return post(url("sandbox", "ajio", sellerId, "orders"), order, OrderDetail.class);
    }

    /** An order made now with the next {@code FL} number. */
    public OrderDetail createOrder(String sellerId, NewOrderLine... lines) {
        return createOrder(sellerId, NewOrder.of(List.of(lines)));
    }

    /** {@code count} orders with the same lines; answers their ids in creation order. */
    public List<String> createOrders(String sellerId, int count, List<NewOrderLine> lines) {
        return post(url("sandbox", "ajio", sellerId, "orders", "bulk"), new BulkOrders(count, lines, null),
                CreatedOrders.class).orderIds();
    }

    public OrderDetail order(String sellerId, String orderId) {
        return get(orderUrl(sellerId, orderId).build(), OrderDetail.class);
    }

    /** No lines: the whole order. Ajio refuses it (409 {@code ALREADY_ACKNOWLEDGED}) after the acknowledgement. */
    public CancellationEvent customerCancellation(String sellerId, String orderId, List<LineQuantity> lines) {
        return post(orderUrl(sellerId, orderId, "customer-cancellation"),
                new QuantityCancellation(lines, null), CancellationEvent.class);
    }

    /** No lines: the whole order. */
    public CancellationEvent businessCancellation(String sellerId, String orderId, List<LineQuantity> lines) {
        return post(orderUrl(sellerId, orderId, "business-cancellation"),
                new QuantityCancellation(lines, null), CancellationEvent.class);
    }

    /**
     * Ajio's team cancels every open unit of the order on its seller panel; nothing goes on the cancellation feed.
     * Answers the order as it then is; a second call changes nothing.
     */
    public OrderDetail panelCancellation(String sellerId, String orderId) {
        return postEmpty(orderUrl(sellerId, orderId, "panel-cancellation"), OrderDetail.class);
    }

    /** Ajio moves the order's dispatch-after time (null clears it); answers the event of its order-updates feed. */
    public OrderUpdateEvent moveDispatchAfter(String sellerId, String orderId, Instant dispatchAfter) {
        return send(new Request.Builder().url(orderUrl(sellerId, orderId, "dispatch-after").build())
                .put(json(new DispatchAfterChange(dispatchAfter))).build(), OrderUpdateEvent.class);
    }

    /** The original of this replacement was picked up from the customer; answers the order-updates event. */
    public OrderUpdateEvent returnPickedUp(String sellerId, String orderId) {
        return postEmpty(orderUrl(sellerId, orderId, "return-picked-up"), OrderUpdateEvent.class);
    }

    /**
     * Ajio refuses the next {@code times} (1 to 100) calls of {@code operation} for the order, as the calls record
     * names them ({@code uploadB2bInvoice}, {@code getShippingLabel}, {@code acknowledge}, {@code cancel}...):
     * 422 {@code OPERATION_REFUSED} without effect. Replaces what was set for that operation; answers the order's
     * switches.
     */
    public OrderRefusals refuseNext(String sellerId, String orderId, String operation, int times) {
        return post(orderUrl(sellerId, orderId, "refuse-next"), new RefuseNext(operation, times),
                OrderRefusals.class);
    }

    /** Ajio handles every call of the order as usual again. */
    public void clearRefusals(String sellerId, String orderId) {
        send(new Request.Builder().url(orderUrl(sellerId, orderId, "refuse-next").build()).delete().build(), null);
    }

    /** What Ajio shows for every channel SKU of the seller, with the oversells and the inventory calls' counts. */
    public InventoryReport ajioInventory(String sellerId) {
        return get(url("sandbox", "ajio", sellerId, "inventory").build(), InventoryReport.class);
    }

    /** What Ajio shows for one channel SKU (no items when nothing), with the seller account's counts. */
    public InventoryReport ajioInventory(String sellerId, String sku) {
        return get(url("sandbox", "ajio", sellerId, "inventory").addQueryParameter("sku", sku).build(),
                InventoryReport.class);
    }

    /**
     * Figures Ajio showed before (stale ones, SKUs the client does not map): not counted as pushes, outside the
     * batch size and the rate limit. Answers the seller's whole inventory at Ajio.
     */
    public InventoryReport setAjioInventory(String sellerId, List<InventoryItem> items) {
        return send(new Request.Builder().url(url("sandbox", "ajio", sellerId, "inventory").build())
                .put(json(new InventoryItems(items))).build(), InventoryReport.class);
    }

    public ReturnExpectation createReturn(String sellerId, NewReturn request) {
        return post(url("sandbox", "ajio", sellerId, "returns"), request, ReturnExpectation.class);
    }

    public RsiDocument createRsiDocument(String sellerId, NewRsiDocument request) {
        return post(url("sandbox", "ajio", sellerId, "rsi-documents"), request, RsiDocument.class);
    }

    /** Ajio refuses the seller's credentials, and its tokens, until {@link #restoreCredentials}. */
    public void revokeCredentials(String sellerId) {
        postEmpty(url("sandbox", "ajio", sellerId, "credentials", "revoke"), null);
    }

    public void restoreCredentials(String sellerId) {
        postEmpty(url("sandbox", "ajio", sellerId, "credentials", "restore"), null);
    }

    /** Every Ajio access token stops working. */
    public void expireTokens() {
        postEmpty(url("sandbox", "ajio", "tokens", "expire"), null);
    }

    /** The calls of a system and operation (null for all) and the counts. */
    public CallsReport calls(OutsideSystem system, String operation) {
        HttpUrl.Builder url = url("sandbox", "calls");
        if (system != null) {
            url.addQueryParameter("system", system.name());
        }
        if (operation != null) {
            url.addQueryParameter("operation", operation);
        }
        return get(url.build(), CallsReport.class);
    }

    public void clearCalls() {
        send(new Request.Builder().url(url("sandbox", "calls").build()).delete().build(), null);
    }

    public FaultSettings setFaults(FaultSettings faults) {
        return send(new Request.Builder().url(url("sandbox", "faults").build()).put(json(faults)).build(),
                FaultSettings.class);
    }

    public void clearFaults() {
        send(new Request.Builder().url(url("sandbox", "faults").build()).delete().build(), null);
    }

    public ErpClientView erpBehaviour(String clientId, ErpBehaviour behaviour) {
        return send(new Request.Builder().url(url("sandbox", "erp", clientId, "behaviour").build())
                .put(json(behaviour)).build(), ErpClientView.class);
    }

    /** What a client's ERP received and made. */
    public ErpClientView erp(String clientId) {
        return get(url("sandbox", "erp", clientId).build(), ErpClientView.class);
    }

    private HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    /** The control path of one Ajio order, and what follows it. */
    private HttpUrl.Builder orderUrl(String sellerId, String orderId, String... action) {
        HttpUrl.Builder url = url("sandbox", "ajio", sellerId, "orders", orderId);
        for (String segment : action) {
            url.addPathSegment(segment);
        }
        return url;
    }

    private <T> T get(HttpUrl url, Class<T> type) {
        return send(new Request.Builder().url(url).get().build(), type);
    }

    private <T> T post(HttpUrl.Builder url, Object body, Class<T> type) {
        return send(new Request.Builder().url(url.build()).post(json(body)).build(), type);
    }

    private <T> T postEmpty(HttpUrl.Builder url, Class<T> type) {
        return send(new Request.Builder().url(url.build()).post(RequestBody.create(new byte[0], JSON)).build(), type);
    }

    private RequestBody json(Object body) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body + " as JSON", e);
        }
    }

    private JsonNode errorBody(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }

    private <T> T send(Request request, Class<T> type) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            if (!response.isSuccessful()) {
                JsonNode error = errorBody(bytes);
                throw new SandboxClientException(response.code(), error.path("errorCode").asText(null),
                        error.path("message").asText(new String(bytes, StandardCharsets.UTF_8)));
            }
            return type == null ? null : mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw new SandboxClientException(0, null, request.method() + " " + request.url() + " failed: " + e);
        }
    }
}
