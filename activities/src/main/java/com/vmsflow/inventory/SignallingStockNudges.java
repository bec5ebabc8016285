package com.vmsflow.inventory;

import com.vmsflow.store.ChannelRepository;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals {@code stockChanged} to the inventory sync of each channel of the client, on a thread of its own (the
 * caller, an activity that just committed a stock change, never waits), at most once per {@code interval} per
 * channel: a nudge inside the interval is sent at its end, once however many came, so the last change is never
 * left to the sweep. A channel whose sync does not run is skipped; a signal that fails is logged, the change waits
 * in the database for the sync's sweep.
 */
public final class SignallingStockNudges implements StockNudges, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignallingStockNudges.class);

    private final WorkflowClient client;
    private final ChannelRepository channels;
    private final long intervalNanos;
    private final ScheduledExecutorService executor;
    /** Clients whose channels are about to be nudged: one task each, however many changes come meanwhile. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    /** When each channel was last signalled (System.nanoTime). */
    private final ConcurrentMap<ChannelRef, Long> lastSent = new ConcurrentHashMap<>();
    /** Channels with a signal scheduled at the end of their interval. */
    private final Set<ChannelRef> deferred = ConcurrentHashMap.newKeySet();

    public SignallingStockNudges(WorkflowClient client, ChannelRepository channels, Duration interval) {
        this.client = client;
        this.channels = channels;
        this.intervalNanos = interval.toNanos();
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stock-nudges");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void stockChanged(String clientId) {
        if (queued.add(clientId)) {
            try {
                executor.execute(() -> nudge(clientId));
            } catch (RejectedExecutionException closed) {
                queued.remove(clientId); // closing: the sweep finds the change
            }
        }
    }

    private void nudge(String clientId) {
        queued.remove(clientId); // a change from now on queues another round
        try {
            for (ChannelRef channel : channelsOf(clientId)) {
                nudge(channel);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not nudge the inventory syncs of {}; their sweep finds the change", clientId, e);
        }
    }

    private void nudge(ChannelRef channel) {
        long now = System.nanoTime();
        Long last = lastSent.get(channel);
        if (last == null || now - last >= intervalNanos) {
            signal(channel, now);
        } else if (deferred.add(channel)) {
            schedule(channel, last + intervalNanos - now);
        }
    }

    private void schedule(ChannelRef channel, long delayNanos) {
        try {
            executor.schedule(() -> {
                deferred.remove(channel);
                signal(channel, System.nanoTime());
            }, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            deferred.remove(channel);
        }
    }

    private void signal(ChannelRef channel, long now) {
        lastSent.put(channel, now);
        try {
            client.newWorkflowStub(InventorySyncWorkflow.class, InventorySyncWorkflow.idFor(channel)).stockChanged();
        } catch (WorkflowNotFoundException notRunning) {
            LOG.debug("no inventory sync runs for {}", channel);
        } catch (RuntimeException e) {
            LOG.warn("could not signal the inventory sync of {}; its sweep finds the change", channel, e);
        }
    }

    private List<ChannelRef> channelsOf(String clientId) {
        return channels.channelIds(clientId).stream().map(id -> new ChannelRef(clientId, id)).toList();
    }

    /** Stops nudging; signals scheduled and not sent are left to the syncs' sweep. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
