package com.vmsflow.launcher.bench;

import com.vmsflow.launcher.GatewayClient;
import com.vmsflow.launcher.LocalStack;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** What every measurement of the bench shares: the running stack, its clients, the read model, progress lines. */
final class Bench {

    static final String RMS = "demo-rms";
    static final String ERP = "demo-erp";
    /** A client of the bench's own, RMS model, whose hold lasts an hour: its orders park. */
    static final String PARK = "bench-park";
    /** A client of the bench's own for the inventory sync: its SKUs and its Ajio seller account are the bench's alone. */
    static final String STOCK = "bench-stock";
    static final List<String> CHANNEL_SKUS = List.of("AJ-TEE-M", "AJ-JEANS-32", "AJ-KURTA-L");
    static final Duration HOLD = Duration.ofSeconds(1);
    static final Duration PARK_HOLD = Duration.ofHours(1);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    final LocalStack stack;
    final GatewayClient gateway;
    final SandboxClient sandbox;
    final Jdbi jdbi;
    final PrintStream out;
    /** The PostgreSQL server's process on this machine (the parent of a backend), 0 when it runs elsewhere. */
    final long postmaster;
    /** The Temporal server's own process on this machine (the dev server), 0 when in this process or elsewhere. */
    final long temporal;

    Bench(LocalStack stack, PrintStream out) {
        this.stack = stack;
        this.gateway = new GatewayClient(stack.gatewayUrl());
        this.sandbox = stack.sandbox();
        this.jdbi = stack.jdbi();
        this.out = out;
        long backend = jdbi.withHandle(h -> h.createQuery("select pg_backend_pid()").mapTo(Long.class).one());
        this.postmaster = Cpu.parentOfPostgres(backend);
        this.temporal = stack.temporalProcessId().orElse(0);
    }

    Cpu cpu() {
        return Cpu.now(postmaster, temporal);
    }

    /** The resident memory of the Temporal server's own process, bytes; -1 when it has none on this machine. */
    long temporalRss() {
        if (temporal <= 0) {
            return -1;
        }
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", Long.toString(temporal),
                    "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    void progress(String format, Object... args) {
        synchronized (out) {
            out.printf("  %s  %s%n", LocalTime.now().format(CLOCK), String.format(format, args));
            out.flush();
        }
    }

    static String clientSku(String channelSku) {
        return channelSku.substring(3);
    }

    static NewOrderLine line(String channelSku, int quantity) {
        return new NewOrderLine(channelSku, quantity, new BigDecimal("799.00"));
    }

    /**
     * Orders in the sandbox, {@code count} of one line each, spread over the bench's SKUs in bulks: order id to the
     * client SKU of its line, in creation order.
     */
    Map<String, String> createOrders(String client, int count) {
        Map<String, String> orders = new LinkedHashMap<>();
        int chunk = Math.max(1, (count + CHANNEL_SKUS.size() - 1) / CHANNEL_SKUS.size());
        for (int from = 0, i = 0; from < count; from += chunk, i++) {
            int n = Math.min(chunk, count - from);
            String channelSku = CHANNEL_SKUS.get(i % CHANNEL_SKUS.size());
            sandbox.createOrders(client, n, List.of(line(channelSku, 1)))
                    .forEach(id -> orders.put(id, clientSku(channelSku)));
        }
        return orders;
    }

    /** Status by order id, from the read model (no Temporal query: queries are actions too). */
    Map<String, String> statuses(String client, List<String> ids) {
        Map<String, String> statuses = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select order_id, status from orders where client_id = :c"
                        + " and order_id = any(:ids)")
                .bind("c", client).bindArray("ids", String.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> statuses.put(e.getKey(), e.getValue())));
        return statuses;
    }

    int count(String client, List<String> ids, String status) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from orders where client_id = :c"
                        + " and order_id = any(:ids)" + (status == null ? "" : " and status = :s"))
                .bind("c", client).bindArray("ids", String.class, ids).bind("s", status)
                .mapTo(Integer.class).one());
    }

    /** Waits until every order has {@code status} (null: has a row); false on timeout. */
    boolean await(String client, List<String> ids, String status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(client, ids, status) >= ids.size()) {
                return true;
            }
            sleep(200);
        }
        return false;
    }

    String awaitOne(String client, String id, String status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = statuses(client, List.of(id)).get(id);
            if (status.equals(last)) {
                return last;
            }
            sleep(200);
        }
        throw new IllegalStateException(client + " order " + id + " did not reach " + status + " (it is " + last
                + ")");
    }

    /** Per order: the first status time and the time it reached {@code status}, from the status history. */
    Map<String, Instant[]> span(String client, List<String> ids, String status) {
        Map<String, Instant[]> spans = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select order_id, min(changed_at) as first_at,
                               max(changed_at) filter (where status = :s) as end_at
                        from order_status_history where client_id = :c and order_id = any(:ids)
                        group by order_id""")
                .bind("c", client).bind("s", status).bindArray("ids", String.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Instant[] {
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()}))
                .forEach(e -> spans.put(e.getKey(), e.getValue())));
        return spans;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
