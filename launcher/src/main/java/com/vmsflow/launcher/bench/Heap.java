package com.vmsflow.launcher.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/** Heap figures of this process, in bytes. */
final class Heap {

    private Heap() {
    }

    /** Heap in use once a full collection has run (three, a moment apart, so that finalised objects go too). */
    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Bench.sleep(150);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks} (garbage not yet collected included). */
    static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /**
     * Runs a full collection every {@code periodMillis} on a thread of its own and keeps the largest heap left after
     * one: what was live at that moment, garbage excluded, whatever the heap's size.
     */
    static final class LiveSampler implements AutoCloseable {

        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        LiveSampler(long periodMillis) {
            thread = new Thread(() -> {
                do {
                    System.gc();
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    samples.incrementAndGet();
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                } while (running);
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return peak.get();
        }

        long samples() {
            return samples.get();
        }

        /** Stops after the sample under way (at least one is always taken). */
        @Override
        public void close() {
            running = false;
            thread.interrupt();
            try {
                thread.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
