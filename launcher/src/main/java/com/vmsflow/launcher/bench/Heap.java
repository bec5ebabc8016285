package com.vmsflow.launcher.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

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

    /** Watches every collection and keeps the largest heap left after one: what was live, not garbage. */
    static final class AfterGcPeak implements NotificationListener, AutoCloseable {

        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();

        AfterGcPeak() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long used = 0;
            for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                used += usage.getUsed();
            }
            // Non-heap pools (metaspace, code cache) are in the map too: take them out.
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) {
                    MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                    if (usage != null) {
                        used -= usage.getUsed();
                    }
                }
            }
            long after = used;
            peak.accumulateAndGet(after, Math::max);
            collections.incrementAndGet();
        }

        long peak() {
            return peak.get();
        }

        long collections() {
            return collections.get();
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException ignored) {
                    // gone already
                }
            }
        }
    }
}
