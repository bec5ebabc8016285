package com.vmsflow.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurements 2 and 5: {@code n} orders put in the sandbox at once for the bench's parking client; seconds until
 * every one's workflow has started (has its row in the read model); then, once all are parked in their hour-long
 * hold, the heap they take (after a full GC, against the same before they came), split in two: the worker's part
 * (what emptying the worker's workflow cache gives back) and the rest (the in-process Temporal test server's
 * histories, the sandbox's orders, connections), which in production is in other processes. On a Temporal server of
 * its own (the dev server) the histories are in that process: its resident memory is read at the same moments.
 */
final class IngestionBench {

    record Result(int orders, int started, double seconds, int parked, long heapBefore, long heapAfter,
                  long cached, long heapAfterEviction, long serverRssBefore, long serverRssAfter) {
        double perSecond() {
            return started / seconds;
        }

        long heapDelta() {
            return heapAfter - heapBefore;
        }

        /** The heap the worker's workflow cache held for the parked orders. */
        long workerDelta() {
            return heapAfter - heapAfterEviction;
        }

        /** The rest: the test server's copy of every history, the sandbox's orders. */
        long restDelta() {
            return heapAfterEviction - heapBefore;
        }

        /** The growth of the Temporal server's own process (bytes resident), -1 when it has none here. */
        long serverRssDelta() {
            return serverRssBefore < 0 || serverRssAfter < 0 ? -1 : serverRssAfter - serverRssBefore;
        }
    }

    private final Bench bench;

    IngestionBench(Bench bench) {
        this.bench = bench;
    }

    Result run(int n, boolean measureHeap) {
        long before = measureHeap ? Heap.usedAfterGc() : 0;
        long rssBefore = measureHeap ? bench.temporalRss() : -1;
        bench.progress("ingestion: %,d orders into the sandbox at once", n);
        long t0 = System.nanoTime();
        List<String> ids = new ArrayList<>(bench.createOrders(Bench.PARK, n).keySet());
        long created = System.nanoTime();
        bench.progress("ingestion: created in the sandbox in %.1f s; waiting for their workflows",
                (created - t0) / 1e9);
        Duration timeout = Duration.ofSeconds(Math.max(120, n / 20));
        long deadline = System.nanoTime() + timeout.toNanos();
        int started = 0;
        long nextReport = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            started = bench.count(Bench.PARK, ids, null);
            if (started >= n) {
                break;
            }
            if (System.nanoTime() > nextReport) {
                bench.progress("ingestion: %,d of %,d started", started, n);
                nextReport = System.nanoTime() + 5_000_000_000L;
            }
            Bench.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        bench.progress("ingestion: %,d of %,d workflows started in %.1f s", started, n, seconds);
        if (!measureHeap) {
            return new Result(n, started, seconds, 0, 0, 0, 0, 0, -1, -1);
        }
        bench.await(Bench.PARK, ids, "FULFILLABLE", timeout);
        int parked = bench.count(Bench.PARK, ids, "FULFILLABLE");
        Bench.sleep(2_000);
        long after = Heap.usedAfterGc();
        long rssAfter = bench.temporalRss();
        WorkerCache cache = WorkerCache.of(bench.stack.worker());
        long cached = cache.size();
        cache.invalidateAll();
        Bench.sleep(2_000);
        long evicted = Heap.usedAfterGc();
        bench.progress("memory: %,d orders parked; heap after GC %d MB before, %d MB after (+%d MB); the worker's"
                        + " cache held %,d workflows, emptied %d MB (-%d MB)", parked, before >> 20, after >> 20,
                (after - before) >> 20, cached, evicted >> 20, (after - evicted) >> 20);
        if (rssAfter >= 0) {
            bench.progress("memory: the Temporal server's process resident %d MB before, %d MB with them parked",
                    rssBefore >> 20, rssAfter >> 20);
        }
        return new Result(n, started, seconds, parked, before, after, cached, evicted, rssBefore, rssAfter);
    }
}
