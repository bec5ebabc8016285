package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Demo.Outcome;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** The demo's summary for a person: each flow against what the seeds predict, then what the system did. */
public record Summary(Jdbi jdbi, SandboxClient sandbox, GatewayClient gateway) {

    public void print(List<Outcome> outcomes, PrintStream out) {
        out.println();
        out.println("VMS Flow local demo: summary");
        Table flows = new Table("flow", "client", "order", "expected", "final", "", "what happened");
        outcomes.forEach(o -> flows.row(o.flow(), o.clientId(), o.orderId(), o.expected(), o.actual(),
                o.ok() ? "ok" : "FAILED", o.note()));
        flows.print(out);

        out.println();
        List<String> clients = List.of("demo-erp", "demo-rms", "demo-cn", B2b2cFlows.BRAND);
        Table statuses = new Table(java.util.stream.Stream.concat(java.util.stream.Stream.of("orders by final status"),
                clients.stream()).toArray(String[]::new));
        Map<String, Map<String, Integer>> byStatus = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("select client_id, status, count(*) n from orders group by 1, 2")
                .map((rs, ctx) -> {
                    byStatus.computeIfAbsent(rs.getString("status"), s -> new TreeMap<>())
                            .put(rs.getString("client_id"), rs.getInt("n"));
                    return null;
                }).list());
        byStatus.forEach((status, counts) -> statuses.row(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(status), clients.stream()
                        .map(client -> String.valueOf(counts.getOrDefault(client, 0)))).toArray(String[]::new)));
        statuses.print(out);

        out.println();
        Table documents = new Table("documents made", "issuer", "count");
        jdbi.useHandle(h -> h.createQuery("select doc_kind, issuer, count(*) n from documents group by 1, 2 order by 1, 2")
                .map((rs, ctx) -> documents.row(rs.getString("doc_kind"), rs.getString("issuer"),
                        String.valueOf(rs.getInt("n")))).list());
        jdbi.useHandle(h -> h.createQuery("select event_type, count(*) n, count(delivered_at) d from erp_postings"
                        + " group by 1 order by 1")
                .map((rs, ctx) -> documents.row("ERP posting " + rs.getString("event_type"), "VMS Flow",
                        rs.getInt("n") + " (" + rs.getInt("d") + " delivered)")).list());
        documents.print(out);

        out.println();
        Table calls = new Table("calls per outside system", "calls", "by operation");
        int duplicates = 0;
        for (OutsideSystem system : OutsideSystem.values()) {
            CallCounts counts = sandbox.calls(system, null).counts();
            long total = counts.byOperation().values().stream().mapToLong(Long::longValue).sum();
            calls.row(system.name(), String.valueOf(total), new TreeMap<>(counts.byOperation()).toString());
            duplicates += (int) counts.appliedByBusinessKey().values().stream().filter(n -> n > 1).count();
        }
        calls.print(out);
        out.println("  effects applied twice at an outside system (same operation, same business key): " + duplicates);

        out.println();
        printCancelledReport(out);

        out.println();
        printInventory(out);

        out.println();
        new ReturnsSummary(jdbi, sandbox, gateway).print(out);
        List<Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        out.println();
        out.println(failed.isEmpty() ? "All " + outcomes.size() + " demo orders ended as expected."
                : failed.size() + " of " + outcomes.size() + " demo orders did NOT end as expected:");
        failed.forEach(o -> out.println("  - " + o.flow() + " " + o.orderId() + ": " + o.actual() + " "
                + o.note()));
    }

    /**
     * Finance's report of orders cancelled after ERP posting, downloaded as CSV through the gateway the way finance
     * does (seller key, today's range in India time).
     */
    private void printCancelledReport(PrintStream out) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        String path = "/v1/clients/demo-erp/reports/cancelled-after-erp-posting?from=" + today + "&to=" + today;
        GatewayClient.Answer csv = gateway.getText("dev-seller-demo-erp", path, "text/csv");
        out.println("  report cancelled-after-erp-posting (GET " + path + ", text/csv): " + csv.status());
        csv.text().lines().forEach(line -> out.println("    " + line));
    }

    /**
     * Each channel's inventory sync as support reads it (GET /channels), beside what Ajio says it was sent and how
     * often it sold what it showed at 0.
     */
    private void printInventory(PrintStream out) {
        Table syncs = new Table("inventory syncs", "mode", "changes", "figures pushed", "calls", "429s",
                "last reconciliation", "differences", "waiting", "Ajio oversells");
        for (String client : List.of("demo-erp", "demo-rms", "demo-cn", B2b2cFlows.BRAND)) {
            GatewayClient.Answer channels = gateway.get("dev-support", "/v1/clients/" + client + "/channels");
            if (!channels.ok()) {
                syncs.row(client, "GET /channels answered " + channels.status());
                continue;
            }
            for (JsonNode channel : channels.body().path("channels")) {
                JsonNode sync = channel.path("inventorySync");
                String seller = channel.path("channelId").asText().equals(B2b2cFlows.PARTNER_CHANNEL)
                        ? B2b2cFlows.PARTNER : client;
                long oversells = sandbox.ajioInventory(seller).oversells();
                syncs.row(client + "/" + channel.path("channelId").asText(), sync.path("mode").asText(),
                        sync.path("changesPushed").asText(), sync.path("skusPushed").asText(),
                        sync.path("calls").asText(), sync.path("throttled").asText(),
                        sync.path("lastReconciliationId").asText("none"),
                        sync.path("differencesFound").asText(""), sync.path("pendingChanges").asText(),
                        String.valueOf(oversells));
            }
        }
        syncs.print(out);
    }

    /** A plain text table, columns as wide as their widest cell. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        Object row(String... cells) {
            rows.add(cells);
            return null;
        }

        void print(PrintStream out) {
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i] == null ? 0 : row[i].length());
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 0; i < widths.length; i++) {
                    String cell = rows.get(r)[i] == null ? "" : rows.get(r)[i];
                    line.append(i == widths.length - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
                }
                out.println(line.toString().stripTrailing());
                if (r == 0) {
                    StringBuilder rule = new StringBuilder("  ");
                    for (int width : widths) {
                        rule.append("-".repeat(width)).append("  ");
                    }
                    out.println(rule.toString().stripTrailing());
                }
            }
        }
    }
}
