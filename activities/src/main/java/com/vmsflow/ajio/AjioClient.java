package com.vmsflow.ajio;

import com.vmsflow.config.AjioSettings;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.http.HttpClients;
import com.vmsflow.http.JsonHttp;
import com.vmsflow.http.Refusal;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Ajio's VMS API (docs/outside-systems.md), for every client, each calling with its own seller account's token.
 * Failures are classified by {@link JsonHttp}: a refusal fails non-retryable as {@link AjioActivities#REFUSED},
 * except where a method hands it over as a {@link Refusal}. A token Ajio no longer takes is renewed and the call
 * repeated once, so a call never fails for a token. Every POST carries the caller's idempotency key. Thread-safe:
 * one instance, with one connection pool, serves all clients.
 */
public final class AjioClient {

    /** Acknowledgement refusals (409) that the caller resolves by reading the order. */
    public static final String QUANTITY_CHANGED = "QUANTITY_CHANGED";
    public static final String ALREADY_ACKNOWLEDGED = "ALREADY_ACKNOWLEDGED";
    public static final String ORDER_CANCELLED = "ORDER_CANCELLED";

    /** The failure type of a call for a client that has no seller account configured. */
    public static final String UNKNOWN_CLIENT = "UNKNOWN_CLIENT";

    private final HttpUrl baseUrl;
    private final JsonHttp http;
    private final SellerAccounts accounts;
    private final AjioTokens tokens;

    public AjioClient(AjioSettings settings, SellerAccounts accounts) {
        this(settings, accounts, Clock.systemUTC());
    }

    AjioClient(AjioSettings settings, SellerAccounts accounts, Clock clock) {
        this.baseUrl = HttpUrl.get(settings.baseUrl);
        this.http = new JsonHttp("Ajio", AjioActivities.REFUSED, HttpClients.create(settings));
        this.accounts = accounts;
        this.tokens = new AjioTokens(http, url("auth", "token").build(),
                Duration.ofMillis(settings.tokenRefreshMargin.toMilliseconds()), clock);
    }

    /** Orders created in [from, to), sorted by creation time then order id; {@code size} at most 500. */
    public OrderPage listOrders(String clientId, Instant from, Instant to, int page, int size) {
        HttpUrl url = url("v1", "orders")
                .addQueryParameter("createdFrom", from.toString())
                .addQueryParameter("createdTo", to.toString())
                .addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("size", Integer.toString(size))
                .build();
        return send(clientId, "listOrders", JsonHttp.get(url), OrderPage.class);
    }

    public AjioOrder getOrder(String clientId, String orderId) {
        return send(clientId, "getOrder", JsonHttp.get(url("v1", "orders", orderId).build()), AjioOrder.class);
    }

    /**
     * Acknowledges every line of the order, quantity 0 rejecting a line.
     *
     * @throws Refusal e.g. {@link #QUANTITY_CHANGED} (a customer cancelled meanwhile), {@link #ALREADY_ACKNOWLEDGED}
     *                 (safe to take as success after reading the order), {@link #ORDER_CANCELLED}
     */
    public AjioOrder acknowledge(String clientId, String orderId, List<LineQuantity> lines, String idempotencyKey)
            throws Refusal {
        Request.Builder request = JsonHttp.post(url("v1", "orders", orderId, "acknowledgement").build(),
                new AjioBodies.Lines(lines), idempotencyKey);
        return sendRefusable(clientId, "acknowledge", request, AjioOrder.class);
    }

    /** The final quantities to invoice; refused ({@code NOT_ACKNOWLEDGED}) before the acknowledgement. */
    public B2bOrder b2bOrder(String clientId, String orderId) {
        return send(clientId, "b2bOrder", JsonHttp.get(url("v1", "orders", orderId, "b2b").build()), B2bOrder.class);
    }

    /** The seller cancels quantities of the order; answers the order afterwards. */
    public AjioOrder cancel(String clientId, String orderId, List<LineQuantity> lines, String reason,
                            String idempotencyKey) {
        Request.Builder request = JsonHttp.post(url("v1", "orders", orderId, "cancellation").build(),
                new AjioBodies.Cancellation(lines, reason), idempotencyKey);
        return send(clientId, "cancel", request, AjioOrder.class);
    }

    /** Uploads the e-invoice (lines by Ajio line id) as the order's B2B invoice; answers Ajio's invoice id. */
    public String uploadB2bInvoice(String clientId, String orderId, EInvoice invoice, String idempotencyKey) {
        Request.Builder request = JsonHttp.post(url("v1", "orders", orderId, "b2b-invoice").build(),
                AjioBodies.B2bInvoice.of(invoice), idempotencyKey);
        return send(clientId, "uploadB2bInvoice", request, AjioBodies.InvoiceUploaded.class).invoiceId();
    }

    public B2cInvoice b2cInvoice(String clientId, String orderId) {
        return send(clientId, "b2cInvoice", JsonHttp.get(url("v1", "orders", orderId, "b2c-invoice").build()),
                B2cInvoice.class);
    }

    public ShippingLabel shippingLabel(String clientId, String orderId) {
        return send(clientId, "shippingLabel",
                JsonHttp.get(url("v1", "orders", orderId, "shipping-label").build()), ShippingLabel.class);
    }

    /** One manifest for at most {@link Manifest#MAX_SHIPMENTS} shipments (order ids). */
    public Manifest createManifest(String clientId, String courier, List<String> shipmentIds,
                                   String idempotencyKey) {
        Request.Builder request = JsonHttp.post(url("v1", "manifests").build(),
                new AjioBodies.ManifestRequest(courier, shipmentIds), idempotencyKey);
        return send(clientId, "createManifest", request, Manifest.class);
    }

    /** Cancellations by customers and Ajio's business team after {@code after} (null: from the start). */
    public CancellationPage cancellations(String clientId, String after, int limit) {
        return send(clientId, "cancellations", JsonHttp.get(feed("cancellations", after, limit)),
                CancellationPage.class);
    }

    /**
     * Ajio's order updates after {@code after} (null: from the start): a dispatch-after time moved, the original of
     * a replacement was picked up (what ends an ONHOLD order's hold).
     */
    public OrderUpdatePage orderUpdates(String clientId, String after, int limit) {
        return send(clientId, "orderUpdates", JsonHttp.get(feed("order-updates", after, limit)),
                OrderUpdatePage.class);
    }

    /** Return expectations after {@code after} (null: from the start). */
    public ReturnPage returns(String clientId, String after, int limit) {
        return send(clientId, "returns", JsonHttp.get(feed("returns", after, limit)), ReturnPage.class);
    }

    /** Asks Ajio to generate an RTO expectation; it appears on the returns feed some seconds later. */
    public RtoRequest requestRto(String clientId, String orderId, List<RtoItem> items, String idempotencyKey) {
        Request.Builder request = JsonHttp.post(url("v1", "rto-requests").build(),
                new AjioBodies.RtoRequestBody(orderId, items), idempotencyKey);
        return send(clientId, "requestRto", request, RtoRequest.class);
    }

    public void updateQc(String clientId, String returnId, List<QcItem> items, String idempotencyKey) {
        Request.Builder request = JsonHttp.post(url("v1", "returns", returnId, "qc").build(),
                new AjioBodies.QcUpdate(items), idempotencyKey);
        send(clientId, "updateQc", request, Void.class);
    }

    /**
     * Uploads a credit note of the return; answers Ajio's credit note id. Ajio names credit note lines by
     * channel SKU: each line's {@code sku} must be the channel SKU.
     */
    public String uploadCreditNote(String clientId, String returnId, EInvoice creditNote, String idempotencyKey) {
        Request.Builder request = JsonHttp.post(url("v1", "returns", returnId, "credit-note").build(),
                AjioBodies.CreditNote.of(creditNote), idempotencyKey);
        return send(clientId, "uploadCreditNote", request, AjioBodies.CreditNoteUploaded.class).creditNoteId();
    }

    /** RSI documents after {@code after} (null: from the start). */
    public RsiPage rsiDocuments(String clientId, String after, int limit) {
        return send(clientId, "rsiDocuments", JsonHttp.get(feed("rsi-documents", after, limit)), RsiPage.class);
    }

    /** Accepts an RSI document (again: no change). Ajio rate-limits this per seller: expect THROTTLED. */
    public void acceptRsiDocument(String clientId, String documentId, String idempotencyKey) {
        Request.Builder request = JsonHttp.post(url("v1", "rsi-documents", documentId, "acceptance").build(),
                Map.of(), idempotencyKey);
        send(clientId, "acceptRsiDocument", request, Void.class);
    }

    /**
     * Sets what Ajio shows for each channel SKU (at most Ajio's inventory batch size); answers the figures accepted.
     * Ajio rate-limits these calls per seller: a 429 fails retryable as {@link JsonHttp#THROTTLED}, its next retry
     * delay Ajio's {@code Retry-After}.
     */
    public int pushInventory(String clientId, List<InventoryFigure> figures, String idempotencyKey) {
        AjioBodies.InventoryItems body = new AjioBodies.InventoryItems(figures.stream()
                .map(f -> new AjioBodies.InventoryItem(f.sku(), f.quantity())).toList());
        Request.Builder request = JsonHttp.post(url("v1", "inventory").build(), body, idempotencyKey);
        return send(clientId, "pushInventory", request, AjioBodies.PushReceipt.class).accepted();
    }

    /** What Ajio shows after channel SKU {@code after} (null: from the first); rate-limited as the pushes are. */
    public InventoryPage inventory(String clientId, String after, int limit) {
        return send(clientId, "listInventory", JsonHttp.get(feed("inventory", after, limit)), InventoryPage.class);
    }

    private <T> T send(String clientId, String operation, Request.Builder request, Class<T> answer) {
        try {
            return sendRefusable(clientId, operation, request, answer);
        } catch (Refusal refusal) {
            throw refusal.toFailure();
        }
    }

    /**
     * Calls with the seller's token; when Ajio no longer takes it, renews it and repeats the call once. A 403 is Ajio
     * refusing the seller account itself: {@link AjioActivities#CREDENTIALS_REFUSED}, never the call's own refusal.
     */
    private <T> T sendRefusable(String clientId, String operation, Request.Builder request, Class<T> answer)
            throws Refusal {
        SellerAccount account = accounts.find(clientId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "no Ajio seller account for client " + clientId, UNKNOWN_CLIENT));
        try {
            return sendWithToken(account, operation, request, answer);
        } catch (Refusal refusal) {
            if (refusal.status() == 403) {
                throw AjioTokens.credentialsRefused(account, refusal.getMessage());
            }
            throw refusal;
        }
    }

    private <T> T sendWithToken(SellerAccount account, String operation, Request.Builder request, Class<T> answer)
            throws Refusal {
        String token = tokens.token(account);
        try {
            return http.callRefusable(operation, bearer(request, token), answer);
        } catch (ApplicationFailure failure) {
            if (!JsonHttp.UNAUTHORIZED.equals(failure.getType())) {
                throw failure;
            }
            tokens.expire(account, token);
        }
        return http.callRefusable(operation, bearer(request, tokens.token(account)), answer);
    }

    private static Request bearer(Request.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token).build();
    }

    private HttpUrl feed(String name, String after, int limit) {
        HttpUrl.Builder url = url("v1", name);
        if (after != null && !after.isEmpty()) {
            url.addQueryParameter("after", after);
        }
        return url.addQueryParameter("limit", Integer.toString(limit)).build();
    }

    private HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }
}
