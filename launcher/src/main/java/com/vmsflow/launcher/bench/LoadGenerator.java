package com.vmsflow.launcher.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An open-loop load generator: requests leave at a fixed rate whatever the answers do (a slow answer does not delay
 * the next request), and each latency is timed from the request's scheduled send time, not from when it was
 * actually sent, so a stall of the generator or of the server shows in the figures (no coordinated omission).
 */
final class LoadGenerator {

    /** The measured requests' latencies (ms, sorted), answers by status (0: no answer), and the achieved rate. */
    record Result(String name, List<Double> latenciesMillis, Map<Integer, Integer> statuses, int errors,
                  double sentPerSecond, Instant firstScheduledAt, long intervalNanos, long[] byIndexNanos) {

        /** When request {@code index} (warm-up ones counted) was due to leave, on the wall clock. */
        Instant scheduledAt(int index) {
            return firstScheduledAt.plusNanos(index * intervalNanos);
        }

        /** When request {@code index} was answered, on the wall clock; null when it was not. */
        Instant answeredAt(int index) {
            return byIndexNanos[index] == 0 ? null : scheduledAt(index).plusNanos(byIndexNanos[index]);
        }

        double p(double percentile) {
            if (latenciesMillis.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latenciesMillis.size()) - 1;
            return latenciesMillis.get(Math.max(0, Math.min(latenciesMillis.size() - 1, index)));
        }

        double max() {
            return latenciesMillis.isEmpty() ? Double.NaN : latenciesMillis.get(latenciesMillis.size() - 1);
        }
    }

    private final OkHttpClient http;

    LoadGenerator() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(2048);
        dispatcher.setMaxRequestsPerHost(2048);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(512, 1, TimeUnit.MINUTES))
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .build();
    }

    /**
     * Sends {@code requests} in turn, {@code rate} a second, for {@code warmupSeconds} unmeasured then
     * {@code seconds} measured; waits for every answer.
     */
    Result run(String name, List<Request> requests, int rate, int warmupSeconds, int seconds) {
        int warmup = rate * warmupSeconds;
        int total = warmup + rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[total];
        int[] status = new int[total];
        CountDownLatch answered = new CountDownLatch(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        Instant firstScheduledAt = Instant.now().plusNanos(start - System.nanoTime());
        long measuredFrom = 0;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (i == warmup) {
                measuredFrom = System.nanoTime();
            }
            int index = i;
            http.newCall(requests.get(i % requests.size())).enqueue(new Callback() {
                @Override
                public void onFailure(Call call, IOException e) {
                    latencies[index] = System.nanoTime() - scheduled;
                    status[index] = 0;
                    answered.countDown();
                }

                @Override
                public void onResponse(Call call, Response response) {
                    try (ResponseBody body = response.body()) {
                        if (body != null) {
                            body.bytes();
                        }
                        status[index] = response.code();
                    } catch (IOException e) {
                        status[index] = 0;
                    } finally {
                        latencies[index] = System.nanoTime() - scheduled;
                        answered.countDown();
                    }
                }
            });
        }
        double sentPerSecond = (double) (total - warmup) * TimeUnit.SECONDS.toNanos(1)
                / Math.max(1, System.nanoTime() - measuredFrom);
        try {
            answered.await(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Double> measured = new ArrayList<>(total - warmup);
        Map<Integer, Integer> statuses = new TreeMap<>();
        int errors = 0;
        for (int i = warmup; i < total; i++) {
            if (latencies[i] == 0) {
                statuses.merge(-1, 1, Integer::sum); // no answer within the wait
                errors++;
                continue;
            }
            measured.add(latencies[i] / 1_000_000.0);
            statuses.merge(status[i], 1, Integer::sum);
            if (status[i] < 200 || status[i] >= 300) {
                errors++;
            }
        }
        measured.sort(null);
        return new Result(name, measured, statuses, errors, sentPerSecond, firstScheduledAt, interval,
                latencies.clone());
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
