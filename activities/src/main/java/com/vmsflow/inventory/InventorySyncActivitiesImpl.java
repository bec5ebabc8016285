package com.vmsflow.inventory;

import com.vmsflow.metrics.InventorySyncMetrics;
import com.vmsflow.store.ExpectedFigure;
import com.vmsflow.store.InventoryDifference;
import com.vmsflow.store.InventorySyncRepository;
import com.vmsflow.store.InventorySyncRepository.ChannelLock;
import com.vmsflow.store.InventorySyncRepository.Figures;
import com.vmsflow.store.InventorySyncRepository.Pushed;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The inventory sync's activities over our database ({@link InventorySyncRepository}) and each kind of channel's
 * inventory API ({@link ChannelInventory}). One step of a channel runs at a time, across processes (the
 * repository's channel lock): a retry whose first attempt still runs fails retryably rather than push beside it.
 */
public class InventorySyncActivitiesImpl implements InventorySyncActivities {

    /** The failure type of a step that found another step of its channel running (retryable). */
    public static final String CHANNEL_BUSY = "CHANNEL_BUSY";
    /** The failure type of a channel kind this worker has no inventory API for (non-retryable). */
    public static final String NO_CHANNEL_INVENTORY = "NO_CHANNEL_INVENTORY";

    /** Report rows written at once while a reconciliation goes on. */
    private static final int REPORT_CHUNK = 500;
    /** Code point order, PostgreSQL's {@code collate "C"} and the channels' listing order. */
    private static final Comparator<String> CODE_POINTS = InventorySyncActivitiesImpl::compareCodePoints;

    private final InventorySyncRepository repository;
    private final Map<ChannelKind, ChannelInventory> channels;
    private final InventorySyncMetrics metrics;
    private final Clock clock;

    public InventorySyncActivitiesImpl(InventorySyncRepository repository,
                                       Map<ChannelKind, ChannelInventory> channels, InventorySyncMetrics metrics) {
        this(repository, channels, metrics, Clock.systemUTC());
    }

    InventorySyncActivitiesImpl(InventorySyncRepository repository, Map<ChannelKind, ChannelInventory> channels,
                                InventorySyncMetrics metrics, Clock clock) {
        this.repository = repository;
        this.channels = channels.isEmpty() ? Map.of() : new EnumMap<>(channels);
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public PushResult pushChanges(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                                  Instant notBefore) {
        ChannelInventory api = api(kind);
        try (ChannelLock ignored = lock(channel)) {
            Pacer pacer = new Pacer(clock, tuning.callsPerSecond(), notBefore);
            int changes = 0;
            int skus = 0;
            int calls = 0;
            int throttled = 0;
            Instant lastPushAt = null;
            boolean drained = false;
            for (int batch = 0; batch < tuning.batchesPerStep(); batch++) {
                long watermark = repository.watermark(channel);
                List<String> pending = repository.pendingSkus(channel, watermark, tuning.batchSize());
                if (pending.isEmpty()) {
                    drained = true;
                    break;
                }
                // Each figure is read now, when its batch is made: the newest value there is.
                Batch made = batch(channel, kind, goLive, pending, tuning.batchSize());
                Sent sent = new Sent();
                for (int from = 0; from < made.figures().size(); from += tuning.batchSize()) {
                    send(api, channel, made.figures().subList(from,
                            Math.min(made.figures().size(), from + tuning.batchSize())), pacer, sent);
                }
                Instant pushedAt = made.figures().isEmpty() ? null : clock.instant();
                changes += repository.accepted(channel, goLive, watermark, made.covered(), made.pushed(),
                        clock.instant(), sent.calls, sent.throttled);
                skus += made.figures().size();
                calls += sent.calls;
                throttled += sent.throttled;
                lastPushAt = pushedAt == null ? lastPushAt : pushedAt;
                metrics.figuresPushed(channel, made.figures().size());
                Pacer.heartbeat();
            }
            boolean more = !drained && repository.hasPending(channel);
            return new PushResult(changes, skus, calls, throttled, more, pacer.nextCallNotBefore(), lastPushAt);
        }
    }

    /** The figures of a batch and the client SKUs (with their figure as read) whose changes it covers. */
    private record Batch(Map<String, Integer> covered, List<ChannelInventory.Figure> figures, List<Pushed> pushed) {
    }

    /**
     * The pending client SKUs, in change order, whose channel SKUs fit one batch (the first always, however many
     * channel SKUs it has: it goes in as many calls as it needs); the rest wait for the next batch.
     */
    private Batch batch(ChannelRef channel, ChannelKind kind, GoLive goLive, List<String> pending, int batchSize) {
        Figures read = repository.figures(channel, kind, pending);
        Map<String, List<ExpectedFigure>> bySku = new LinkedHashMap<>();
        pending.forEach(sku -> bySku.put(sku, new ArrayList<>()));
        read.channelFigures().forEach(f -> bySku.get(f.clientSku()).add(f));
        Map<String, Integer> covered = new LinkedHashMap<>();
        List<ChannelInventory.Figure> figures = new ArrayList<>();
        List<Pushed> pushed = new ArrayList<>();
        for (Map.Entry<String, List<ExpectedFigure>> sku : bySku.entrySet()) {
            if (!covered.isEmpty() && figures.size() + sku.getValue().size() > batchSize) {
                break;
            }
            covered.put(sku.getKey(), read.available().get(sku.getKey()));
            for (ExpectedFigure figure : sku.getValue()) {
                int shown = shown(goLive, figure);
                figures.add(new ChannelInventory.Figure(figure.channelSku(), shown));
                pushed.add(new Pushed(figure.channelSku(), figure.clientSku(), shown));
            }
        }
        return new Batch(covered, figures, pushed);
    }

    @Override
    public ReconciliationResult reconcile(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                                          String reconciliationId, Instant notBefore) {
        ChannelInventory api = api(kind);
        try (ChannelLock ignored = lock(channel)) {
            Pacer pacer = new Pacer(clock, tuning.callsPerSecond(), notBefore);
            Instant foundAt = clock.instant();
            Sent sent = new Sent();
            Iterator<ExpectedFigure> ours = repository.expected(channel, kind, api.maxPageSize());
            Iterator<ChannelInventory.Figure> theirs = new ChannelPages(api, channel, pacer, sent);
            ExpectedFigure our = next(ours);
            ChannelInventory.Figure their = next(theirs);
            List<InventoryDifference> toPush = new ArrayList<>();
            List<InventoryDifference> unmappedRows = new ArrayList<>();
            int compared = 0;
            int differences = 0;
            int unmapped = 0;
            int pushedFigures = 0;
            Instant lastPushAt = null;
            while (our != null || their != null) {
                compared++;
                int order = our == null ? 1 : their == null ? -1 : CODE_POINTS.compare(our.channelSku(),
                        their.channelSku());
                if (order == 0) {
                    int expected = shown(goLive, our);
                    if (their.quantity() != expected) {
                        toPush.add(InventoryDifference.different(our.channelSku(), our.clientSku(),
                                their.quantity(), expected));
                    }
                    our = next(ours);
                    their = next(theirs);
                } else if (order < 0) {
                    toPush.add(InventoryDifference.missing(our.channelSku(), our.clientSku(), shown(goLive, our)));
                    our = next(ours);
                } else {
                    unmappedRows.add(InventoryDifference.unmapped(their.channelSku(), their.quantity()));
                    unmapped++;
                    their = next(theirs);
                }
                if (toPush.size() == tuning.batchSize()) {
                    lastPushAt = pushDifferences(api, channel, reconciliationId, foundAt, toPush, pacer, sent);
                    differences += toPush.size();
                    pushedFigures += toPush.size();
                    toPush.clear();
                }
                if (unmappedRows.size() == REPORT_CHUNK) {
                    repository.recordDifferences(channel, reconciliationId, foundAt, unmappedRows, null);
                    unmappedRows.clear();
                }
            }
            if (!toPush.isEmpty()) {
                lastPushAt = pushDifferences(api, channel, reconciliationId, foundAt, toPush, pacer, sent);
                differences += toPush.size();
                pushedFigures += toPush.size();
            }
            repository.recordDifferences(channel, reconciliationId, foundAt, unmappedRows, null);
            Instant finishedAt = clock.instant();
            repository.finishReconciliation(channel, goLive, reconciliationId, finishedAt, differences, unmapped,
                    pushedFigures, sent.calls, sent.throttled, lastPushAt);
            return new ReconciliationResult(reconciliationId, compared, differences, unmapped, sent.calls,
                    pacer.nextCallNotBefore(), finishedAt);
        }
    }

    /** Pushes our figure of each difference, then records the rows with what the channel now shows. */
    private Instant pushDifferences(ChannelInventory api, ChannelRef channel, String reconciliationId,
                                    Instant foundAt, List<InventoryDifference> differences, Pacer pacer, Sent sent) {
        send(api, channel, differences.stream().map(d -> new ChannelInventory.Figure(d.channelSku(), d.expected()))
                .toList(), pacer, sent);
        Instant pushedAt = clock.instant();
        repository.recordDifferences(channel, reconciliationId, foundAt, differences, pushedAt);
        metrics.figuresPushed(channel, differences.size());
        Pacer.heartbeat();
        return pushedAt;
    }

    /** Calls made and 429s met by a step. */
    private static final class Sent {
        int calls;
        int throttled;
    }

    /** One batch, sent again after each 429's Retry-After (same key: a repeat changes nothing at the channel). */
    private void send(ChannelInventory api, ChannelRef channel, List<ChannelInventory.Figure> figures, Pacer pacer,
                      Sent sent) {
        String key = "inventory-" + UUID.randomUUID();
        while (true) {
            pacer.awaitTurn();
            sent.calls++;
            metrics.call(channel);
            try {
                api.push(channel, figures, key);
                pacer.called();
                return;
            } catch (ChannelInventory.Throttled throttled) {
                sent.throttled++;
                metrics.throttled(channel);
                pacer.throttled(throttled.retryAfter());
            }
        }
    }

    /** What the channel shows of the channel SKU: THE figure under the go-live control, never negative. */
    private static int shown(GoLive goLive, ExpectedFigure figure) {
        return Math.max(0, goLive.shown(figure.clientSku(), Math.max(0, figure.available())));
    }

    /** The channel's figures, page after page as the merge asks for them, each read paced and 429s waited out. */
    private final class ChannelPages implements Iterator<ChannelInventory.Figure> {
        private final ChannelInventory api;
        private final ChannelRef channel;
        private final Pacer pacer;
        private final Sent sent;
        private List<ChannelInventory.Figure> page = List.of();
        private int index;
        private String after;
        private boolean last;

        ChannelPages(ChannelInventory api, ChannelRef channel, Pacer pacer, Sent sent) {
            this.api = api;
            this.channel = channel;
            this.pacer = pacer;
            this.sent = sent;
        }

        @Override
        public boolean hasNext() {
            while (index >= page.size() && !last) {
                ChannelInventory.Page read = read();
                page = read.figures();
                index = 0;
                after = read.next();
                last = read.next() == null;
            }
            return index < page.size();
        }

        @Override
        public ChannelInventory.Figure next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(index++);
        }

        private ChannelInventory.Page read() {
            while (true) {
                pacer.awaitTurn();
                sent.calls++;
                metrics.call(channel);
                try {
                    ChannelInventory.Page read = api.page(channel, after, api.maxPageSize());
                    pacer.called();
                    Pacer.heartbeat();
                    return read;
                } catch (ChannelInventory.Throttled throttled) {
                    sent.throttled++;
                    metrics.throttled(channel);
                    pacer.throttled(throttled.retryAfter());
                }
            }
        }
    }

    private static <T> T next(Iterator<T> iterator) {
        return iterator.hasNext() ? iterator.next() : null;
    }

    private ChannelInventory api(ChannelKind kind) {
        ChannelInventory api = channels.get(kind);
        if (api == null) {
            throw ApplicationFailure.newNonRetryableFailure("no inventory API for channels of kind " + kind,
                    NO_CHANNEL_INVENTORY);
        }
        return api;
    }

    private ChannelLock lock(ChannelRef channel) {
        return repository.tryLock(channel).orElseThrow(() -> ApplicationFailure.newFailure(
                "another inventory sync step of channel " + channel + " is running", CHANNEL_BUSY));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
