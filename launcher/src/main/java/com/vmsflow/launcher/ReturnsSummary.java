package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Summary.Table;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.api.OutsideSystem;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The returns part of the demo's summary: returns by model and final status from the read model, RSI documents and
 * their acceptance at Ajio (and how often Ajio throttled it), and the rows of finance's rsi-items and qc-exceptions
 * reports for today, downloaded through the gateway as finance does.
 */
final class ReturnsSummary {

    private static final List<String> MODELS = List.of("CREDIT_NOTE_ERP", "CREDIT_NOTE_RMS", "RSI");
    private static final List<String> CLIENTS = List.of(Demo.ERP, Demo.RMS, ReturnFlows.CN);
    private static final List<String> REPORTS = List.of("rsi-items", "qc-exceptions");

    private final Jdbi jdbi;
    private final SandboxClient sandbox;
    private final GatewayClient gateway;

    ReturnsSummary(Jdbi jdbi, SandboxClient sandbox, GatewayClient gateway) {
        this.jdbi = jdbi;
        this.sandbox = sandbox;
        this.gateway = gateway;
    }

    void print(PrintStream out) {
        Table returns = new Table("returns by model and final status", MODELS.get(0), MODELS.get(1), MODELS.get(2));
        Map<String, Map<String, Integer>> byStatus = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("select return_model, status, count(*) n from returns group by 1, 2")
                .map((rs, ctx) -> byStatus.computeIfAbsent(rs.getString("status"), s -> new TreeMap<>())
                        .put(rs.getString("return_model"), rs.getInt("n")))
                .list());
        byStatus.forEach((status, counts) -> returns.row(status, count(counts, 0), count(counts, 1),
                count(counts, 2)));
        returns.print(out);

        int[] rsi = jdbi.withHandle(h -> h.createQuery("select count(*) n, count(accepted_at) a from rsi_documents")
                .map((rs, ctx) -> new int[] {rs.getInt("n"), rs.getInt("a")}).one());
        long throttled = sandbox.calls(OutsideSystem.AJIO, "acceptRsiDocument").calls().stream()
                .filter(call -> call.status() == 429).count();
        out.println("  RSI documents accepted at Ajio: " + rsi[1] + " of " + rsi[0] + " (Ajio answered 429 "
                + throttled + " times)");

        out.println();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        Table reports = new Table("report rows, " + today + " (GET /v1/clients/{c}/reports/{name}, JSON)",
                CLIENTS.get(0), CLIENTS.get(1), CLIENTS.get(2));
        for (String report : REPORTS) {
            String[] row = new String[CLIENTS.size() + 1];
            row[0] = report;
            for (int i = 0; i < CLIENTS.size(); i++) {
                row[i + 1] = rows(CLIENTS.get(i), report, today);
            }
            reports.row(row);
        }
        reports.print(out);
    }

    private static String count(Map<String, Integer> counts, int model) {
        return String.valueOf(counts.getOrDefault(MODELS.get(model), 0));
    }

    private String rows(String client, String report, LocalDate day) {
        GatewayClient.Answer answer = gateway.getText("dev-seller-" + client, "/v1/clients/" + client + "/reports/"
                + report + "?from=" + day + "&to=" + day, "application/json");
        JsonNode rows = answer.body();
        return answer.status() == 200 && rows.isArray() ? String.valueOf(rows.size()) : "HTTP " + answer.status();
    }
}
