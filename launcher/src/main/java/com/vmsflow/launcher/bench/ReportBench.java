package com.vmsflow.launcher.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Measurement 6: {@code rows} rows made with generate_series in the table of finance's cancelled-after-ERP-posting
 * report, then exported as CSV through the gateway: rows a second, and the heap the export took.
 */
final class ReportBench {

    /** Rows read, seconds, heap after GC before, peak heap after a GC during, raw pool peak, GC samples. */
    record Result(long rows, double seconds, long baseline, long afterGcPeak, long poolPeak, long collections,
                  long bytes) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private static final String REASON = "vmsflow bench row";

    private final Bench bench;

    ReportBench(Bench bench) {
        this.bench = bench;
    }

    Result run(int rows) {
        bench.progress("reports: %,d rows into cancelled_after_erp_posting", rows);
        bench.jdbi.useHandle(h -> {
            h.execute("delete from cancelled_after_erp_posting where client_id = ? and reason = ?", Bench.PARK,
                    REASON);
            h.createUpdate("""
                    insert into cancelled_after_erp_posting (client_id, order_id, cancelled_at, source,
                        full_cancellation, reason, invoice_received, invoice_number)
                    select :c, 'FL' || (100000000 + g), timestamptz '2025-01-01 00:00:00+05:30' + g * interval '500 ms',
                           case when g % 3 = 0 then 'CUSTOMER' else 'SELLER' end, g % 2 = 0, :r, g % 2 = 0,
                           case when g % 2 = 0 then 'DE/' || g end
                    from generate_series(1, :n) g""")
                    .bind("c", Bench.PARK).bind("r", REASON).bind("n", rows).execute();
            h.execute("analyze cancelled_after_erp_posting");
        });
        // 500 ms apart: a million rows fit in six days of January 2025.
        String path = "/v1/clients/" + Bench.PARK + "/reports/cancelled-after-erp-posting?from=2025-01-01&to=2025-01-31";
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(5, TimeUnit.MINUTES).build();
        Request request = new Request.Builder().url(bench.stack.gatewayUrl() + path)
                .header("Authorization", "Bearer dev-support").header("Accept", "text/csv").get().build();
        try {
            // The live heap without an export, measured as during one: the largest of a second's samples.
            Heap.LiveSampler idle = new Heap.LiveSampler(250);
            Bench.sleep(1_250);
            idle.close(); // waits for the sample under way: a full collection of a large heap takes seconds
            long baseline = idle.peak();
            // The timed export: nothing else of the bench runs meanwhile.
            Heap.resetPeaks();
            long start = System.nanoTime();
            long[] read = export(http, request);
            double seconds = (System.nanoTime() - start) / 1e9;
            long poolPeak = Heap.poolPeaks();
            // The same export again, untimed, while a sampler runs a full collection every 250 ms: the largest heap
            // left after one is what the export kept live (the JVM's heap is large enough never to need a collection
            // during the timed run, so its raw peak is mostly garbage).
            long[] sampled;
            Heap.LiveSampler sampler = new Heap.LiveSampler(250);
            try {
                export(http, request);
            } finally {
                sampler.close();
            }
            sampled = new long[] {sampler.peak(), sampler.samples()};
            Result result = new Result(read[0] - 1, seconds, baseline, sampled[0], poolPeak, sampled[1], read[1]);
            bench.progress("reports: %,d rows (%,d bytes) in %.2f s = %,.0f rows/s; heap after GC %d MB before,"
                            + " largest after a GC during the second export %d MB (%d samples), pool peak of the"
                            + " first %d MB", result.rows(), read[1], seconds, result.rowsPerSecond(), baseline >> 20,
                    sampled[0] >> 20, sampled[1], poolPeak >> 20);
            return result;
        } finally {
            http.connectionPool().evictAll();
            bench.jdbi.useHandle(h -> h.execute("delete from cancelled_after_erp_posting where client_id = ? and"
                    + " reason = ?", Bench.PARK, REASON));
        }
    }

    /** One export read to its end: lines and bytes. */
    private static long[] export(OkHttpClient http, Request request) {
        long lines = 0;
        long bytes = 0;
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("the export answered " + response.code() + " "
                        + response.body().string());
            }
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = response.body().byteStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {lines, bytes};
    }
}
