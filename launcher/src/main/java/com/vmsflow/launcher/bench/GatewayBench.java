package com.vmsflow.launcher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.json.Json;
import com.vmsflow.sandbox.einvoice.DocumentDraft;
import com.vmsflow.sandbox.einvoice.DraftLine;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import com.vmsflow.sandbox.einvoice.IssuedDocument;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Measurement 3: {@code pack} and {@code b2b-invoice} at a fixed rate each, at the same time, on pools of prepared
 * orders: RMS orders in PROCESSING for pack, ERP orders posted to a (silenced) ERP and awaiting its invoice for
 * b2b-invoice. Each order gets the same valid document every time: the first is taken, the repeats are answered as
 * the first (same update id), which is what an ERP or a warehouse retrying does.
 */
final class GatewayBench {

    record Result(LoadGenerator.Result pack, LoadGenerator.Result invoice, int poolSize, long packEvents,
                  long invoiceEvents) {
    }

    private static final MediaType JSON = MediaType.get("application/json");

    private final Bench bench;

    GatewayBench(Bench bench) {
        this.bench = bench;
    }

    Result run(int rate, int warmupSeconds, int seconds, int poolSize) {
        bench.progress("gateway: preparing %d RMS orders in PROCESSING and %d ERP orders awaiting their invoice",
                poolSize, poolSize);
        bench.sandbox.erpBehaviour(Bench.ERP, new ErpBehaviour(null, true));
        Map<String, String> rms = bench.createOrders(Bench.RMS, poolSize);
        Map<String, String> erp = bench.createOrders(Bench.ERP, poolSize);
        List<String> rmsIds = new ArrayList<>(rms.keySet());
        List<String> erpIds = new ArrayList<>(erp.keySet());
        Duration wait = Duration.ofSeconds(120);
        if (!bench.await(Bench.RMS, rmsIds, "PROCESSING", wait)) {
            throw new IllegalStateException("the pack pool did not reach PROCESSING");
        }
        Map<String, JsonNode> postings = awaitPostings(erpIds, wait);
        List<Request> packs = new ArrayList<>();
        rms.forEach((id, sku) -> packs.add(post("dev-warehouse-" + Bench.RMS,
                "/v1/clients/" + Bench.RMS + "/orders/" + id + "/pack",
                Map.of("lines", List.of(Map.of("sku", sku, "packed", 1, "notFound", 0, "damaged", 0))))));
        List<Request> invoices = new ArrayList<>();
        String supplierGstin = bench.stack.config().clients.stream().filter(c -> c.clientId.equals(Bench.ERP))
                .map(c -> c.supplierGstin).findFirst().orElseThrow();
        EInvoiceIssuer issuer = EInvoiceIssuer.withGeneratedKey(Clock.systemUTC());
        int n = 0;
        for (String id : erpIds) {
            invoices.add(post("dev-erp-" + Bench.ERP, "/v1/clients/" + Bench.ERP + "/orders/" + id + "/b2b-invoice",
                    invoice(issuer, supplierGstin, "BENCH" + (++n), postings.get(id))));
        }
        // Each document once, in turn: the orders take them; everything after is a repeat.
        double[] firstPack = serial(packs, 1);
        double[] firstInvoice = serial(invoices, 1);
        double[] repeatPack = serial(packs, 1);
        double[] repeatInvoice = serial(invoices, 1);
        bench.progress("gateway: one at a time, first pack p50 %.1f ms, repeat p50 %.1f ms; first b2b-invoice p50"
                        + " %.1f ms, repeat p50 %.1f ms", firstPack[0], repeatPack[0], firstInvoice[0],
                repeatInvoice[0]);
        bench.progress("gateway: pack and b2b-invoice at %d requests/s each for %d s (after %d s of warm-up)", rate,
                seconds, warmupSeconds);
        LoadGenerator load = new LoadGenerator();
        try {
            CompletableFuture<LoadGenerator.Result> packing = CompletableFuture.supplyAsync(
                    () -> load.run("pack", packs, rate, warmupSeconds, seconds));
            CompletableFuture<LoadGenerator.Result> invoicing = CompletableFuture.supplyAsync(
                    () -> load.run("b2b-invoice", invoices, rate, warmupSeconds, seconds));
            Result result = new Result(packing.join(), invoicing.join(), poolSize,
                    events(Bench.RMS, rmsIds.get(0)), events(Bench.ERP, erpIds.get(0)));
            bench.progress("gateway: pack p50 %.1f ms p99 %.1f ms %s; b2b-invoice p50 %.1f ms p99 %.1f ms %s",
                    result.pack().p(50), result.pack().p(99), result.pack().statuses(), result.invoice().p(50),
                    result.invoice().p(99), result.invoice().statuses());
            return result;
        } finally {
            load.close();
            bench.sandbox.erpBehaviour(Bench.ERP, new ErpBehaviour(0L, false));
        }
    }

    /** Sends each request {@code rounds} times, one at a time, each expecting 202: p50 and max latency, ms. */
    private double[] serial(List<Request> requests, int rounds) {
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
        List<Long> nanos = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (Request request : requests) {
                long start = System.nanoTime();
                try (okhttp3.Response response = http.newCall(request).execute()) {
                    String text = response.body() == null ? "" : response.body().string();
                    if (response.code() != 202) {
                        throw new IllegalStateException(request.url() + " answered " + response.code() + " " + text);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                nanos.add(System.nanoTime() - start);
            }
        }
        nanos.sort(null);
        http.connectionPool().evictAll();
        return new double[] {Bench.percentile(nanos, 50) / 1e6, nanos.get(nanos.size() - 1) / 1e6};
    }

    private long events(String client, String order) {
        return bench.stack.workflows().fetchHistory(com.vmsflow.order.ForwardOrderWorkflow.idFor(client, order))
                .getEvents().size();
    }

    private Map<String, JsonNode> awaitPostings(List<String> ids, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Map<String, JsonNode> postings = new LinkedHashMap<>();
            bench.jdbi.useHandle(h -> h.createQuery("select order_id, payload::text from erp_postings"
                            + " where client_id = :c and event_type = 'OUTWARD_ORDER_CREATE' and order_id = any(:ids)")
                    .bind("c", Bench.ERP).bindArray("ids", String.class, ids)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> postings.put(e.getKey(), read(e.getValue()))));
            if (postings.size() >= ids.size()) {
                return postings;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + postings.size() + " of " + ids.size()
                        + " ERP orders were posted");
            }
            Bench.sleep(200);
        }
    }

    /** The ERP's e-invoice of a posted order, as the sandbox's ERP would make it. */
    private static Map<String, Object> invoice(EInvoiceIssuer issuer, String supplierGstin, String number,
                                               JsonNode payload) {
        LocalDate date = LocalDate.now(EInvoiceIssuer.IST);
        List<DraftLine> draft = new ArrayList<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode line : payload.path("lines")) {
            if (line.path("quantity").asInt() <= 0) {
                continue;
            }
            draft.add(new DraftLine(line.path("hsnCode").asText(), line.path("taxableValue").decimalValue(),
                    line.path("gstRate").decimalValue()));
            lines.add(Map.of("sku", line.path("sku").asText(), "quantity", line.path("quantity").asInt(),
                    "taxableValue", line.path("taxableValue").decimalValue(),
                    "gstRate", line.path("gstRate").decimalValue()));
        }
        IssuedDocument issued = issuer.issue(new DocumentDraft(supplierGstin, payload.path("buyerGstin").asText(),
                DocumentType.INV, number, date, draft, null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invoiceNumber", number);
        body.put("invoiceDate", date.toString());
        body.put("irn", issued.irn());
        body.put("signedQrCode", issued.signedQrCode());
        body.put("lines", lines);
        return body;
    }

    private Request post(String key, String path, Object body) {
        try {
            return new Request.Builder().url(bench.stack.gatewayUrl() + path).header("Authorization", "Bearer " + key)
                    .post(RequestBody.create(Json.mapper().writeValueAsBytes(body), JSON)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
