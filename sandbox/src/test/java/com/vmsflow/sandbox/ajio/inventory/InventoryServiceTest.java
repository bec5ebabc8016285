package com.vmsflow.sandbox.ajio.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.sandbox.api.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InventoryServiceTest {

    private static final String SELLER = "seller-1";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final InventoryService inventory = new InventoryService(50, 5, Clock.fixed(NOW, ZoneOffset.UTC),
            nanos::get);

    @Test
    void aPushSetsWhatAjioShowsAbsolutely() {
        inventory.push(SELLER, InventoryItems.of(InventoryItem.of("SKU-A", 7), InventoryItem.of("SKU-B", 0)));
        PushReceipt receipt = inventory.push(SELLER, InventoryItems.of(InventoryItem.of("SKU-A", 3)));

        assertThat(receipt.accepted()).isEqualTo(1);
        InventoryReport report = inventory.report(SELLER, null);
        assertThat(report.items()).containsExactly(new FigureReport("SKU-A", 3, NOW, 2, 0),
                new FigureReport("SKU-B", 0, NOW, 1, 0));
        assertThat(report.itemsReceived()).isEqualTo(3);
        assertThat(report.calls()).isEqualTo(2);
        assertThat(inventory.report("another-seller", null).items()).isEmpty();
    }

    @Test
    void moreItemsThanTheBatchSizeAreRefusedNamingTheLimitAndChangeNothing() {
        inventory.push(SELLER, InventoryItems.of(InventoryItem.of("SKU-00", 9)));
        List<InventoryItem> items = IntStream.range(0, 51)
                .mapToObj(i -> InventoryItem.of("SKU-%02d".formatted(i), 1))
                .toList();

        assertThatThrownBy(() -> inventory.push(SELLER, new InventoryItems(items)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("BATCH_TOO_LARGE");
                    assertThat(e.getMessage()).contains("at most 50").contains("not 51");
                });

        InventoryReport report = inventory.report(SELLER, null);
        assertThat(report.items()).containsExactly(new FigureReport("SKU-00", 9, NOW, 1, 0));
        assertThat(report.batchesRefused()).isEqualTo(1);
        assertThat(report.itemsReceived()).isEqualTo(1);
        assertThat(inventory.push(SELLER, new InventoryItems(items.subList(0, 50))).accepted()).isEqualTo(50);
    }

    @Test
    void aBadItemRefusesTheWholeBatch() {
        List<InventoryItems> refused = List.of(
                InventoryItems.of(InventoryItem.of("SKU-A", 1), InventoryItem.of("SKU-B", -1)),
                InventoryItems.of(InventoryItem.of("SKU-A", 1), InventoryItem.of(" ", 1)),
                InventoryItems.of(InventoryItem.of("SKU-A", 1), new InventoryItem(null, 1)),
                InventoryItems.of(InventoryItem.of("SKU-A", 1), InventoryItem.of("SKU-A", 2)),
                InventoryItems.of(InventoryItem.of("SKU-A", 1), new InventoryItem("SKU-B", null)),
                new InventoryItems(List.of()),
                new InventoryItems(null));

        for (InventoryItems request : refused) {
            nanos.addAndGet(1_000_000_000L);
            assertThatThrownBy(() -> inventory.push(SELLER, request))
                    .as(String.valueOf(request))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errorCode()).isEqualTo("INVALID_ITEM");
                    });
        }

        InventoryReport report = inventory.report(SELLER, null);
        assertThat(report.items()).isEmpty();
        assertThat(report.batchesRefused()).isEqualTo(refused.size());
        assertThat(report.itemsReceived()).isZero();
    }

    @Test
    void beyondTheRateLimitACallIsThrottledWithRetryAfterAndChangesNothing() {
        for (int i = 0; i < 4; i++) {
            inventory.push(SELLER, InventoryItems.of(InventoryItem.of("SKU-A", i)));
        }
        inventory.page(SELLER, null, 10);

        assertThatThrownBy(() -> inventory.push(SELLER, InventoryItems.of(InventoryItem.of("SKU-A", 99))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isEqualTo(1);
                });
        assertThatThrownBy(() -> inventory.page(SELLER, null, 10)).isInstanceOf(ApiException.class);
        assertThat(inventory.report(SELLER, "SKU-A").items()).singleElement()
                .satisfies(figure -> assertThat(figure.quantity()).isEqualTo(3));

        nanos.addAndGet(200_000_000L);
        inventory.push(SELLER, InventoryItems.of(InventoryItem.of("SKU-A", 99)));
        InventoryReport report = inventory.report(SELLER, "SKU-A");
        assertThat(report.items().get(0).quantity()).isEqualTo(99);
        assertThat(report.throttled()).isEqualTo(2);
        assertThat(report.calls()).isEqualTo(8);
        assertThat(report.itemsReceived()).isEqualTo(5);
    }

    @Test
    void pagesFollowCodePointOrderAndTheLastHasNoNext() {
        // UTF-16 order would put the emoji (a surrogate pair) before the fullwidth letter; code points do not.
        String[] skus = {"sku-b", "SKU-B", "SKU-\uD83D\uDE00", "SKU-\uFF21", "SKU-A", "SKU-A1", "SKU-a"};
        inventory.preset(SELLER, new InventoryItems(Arrays.stream(skus).map(s -> InventoryItem.of(s, 1)).toList()));

        InventoryPage first = pageLater( null, 3);
        InventoryPage second = pageLater( first.next(), 3);
        InventoryPage last = pageLater( second.next(), 3);

        assertThat(first.items()).extracting(ShownFigure::sku).containsExactly("SKU-A", "SKU-A1", "SKU-B");
        assertThat(first.next()).isEqualTo("SKU-B");
        assertThat(second.items()).extracting(ShownFigure::sku).containsExactly("SKU-a", "SKU-\uFF21",
                "SKU-\uD83D\uDE00");
        assertThat(last.items()).extracting(ShownFigure::sku).containsExactly("sku-b");
        assertThat(last.next()).isNull();
        assertThat(pageLater( "SKU-A0", 1).items()).extracting(ShownFigure::sku)
                .as("after a SKU Ajio does not show: the next one up").containsExactly("SKU-A1");
        assertThat(pageLater( "sku-b", 5).items()).isEmpty();
        assertThat(pageLater( "sku-b", 5).next()).isNull();
    }

    @Test
    void aPageThatEndsExactlyAtTheLastSkuHasNoNext() {
        inventory.preset(SELLER, InventoryItems.of(InventoryItem.of("A", 1), InventoryItem.of("B", 2)));

        assertThat(pageLater( null, 2).next()).isNull();
        assertThat(pageLater( null, 1).next()).isEqualTo("A");
    }

    @Test
    void aLimitOutsideOneTo500IsRefused() {
        assertThatThrownBy(() -> inventory.page(SELLER, null, 0)).isInstanceOf(ApiException.class);
        nanos.addAndGet(1_000_000_000L);
        assertThatThrownBy(() -> inventory.page(SELLER, null, 501)).isInstanceOf(ApiException.class);
    }

    @Test
    void tenThousandSkusArePagedQuicklyInOrder() {
        InventoryService unthrottled = new InventoryService(50, 1_000_000, Clock.systemUTC());
        List<InventoryItem> items = IntStream.range(0, 10_000)
                .mapToObj(i -> InventoryItem.of("SKU-" + Integer.toString(i * 7919 % 10_000, 36), i % 40))
                .toList();
        unthrottled.preset(SELLER, new InventoryItems(items));

        long start = System.nanoTime();
        List<String> read = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            InventoryPage page = unthrottled.page(SELLER, after, InventoryService.MAX_PAGE_SIZE);
            page.items().forEach(figure -> read.add(figure.sku()));
            after = page.next();
            pages++;
        } while (after != null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(pages).isEqualTo(20);
        assertThat(read).hasSize(10_000).isSortedAccordingTo(CodePointOrder.INSTANCE).doesNotHaveDuplicates();
        assertThat(millis).as("20 pages of 500").isLessThan(2_000);
    }

    @Test
    void concurrentPushesAreEachAppliedWholeAndCounted() throws Exception {
        InventoryService unthrottled = new InventoryService(50, 1_000_000, Clock.systemUTC());
        List<String> skus = IntStream.range(0, 50).mapToObj(i -> "SKU-%02d".formatted(i)).toList();
        int writers = 8;
        int pushesEach = 200;
        ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(() -> {
                for (int p = 0; p < pushesEach; p++) {
                    int quantity = writer * pushesEach + p;
                    unthrottled.push(SELLER, new InventoryItems(skus.stream()
                            .map(sku -> InventoryItem.of(sku, quantity)).toList()));
                }
                return 0;
            });
        }
        // Every batch gives all 50 SKUs one quantity: a reader seeing two quantities saw half a batch.
        work.add(() -> {
            int mixed = 0;
            for (int r = 0; r < 500; r++) {
                List<ShownFigure> page = unthrottled.page(SELLER, null, 500).items();
                if (page.stream().map(ShownFigure::quantity).distinct().count() > 1) {
                    mixed++;
                }
            }
            return mixed;
        });

        List<Integer> results = new ArrayList<>();
        for (Future<Integer> result : threads.invokeAll(work)) {
            results.add(result.get());
        }
        threads.shutdown();

        assertThat(results).containsOnly(0);
        InventoryReport report = unthrottled.report(SELLER, null);
        assertThat(report.items()).hasSize(50).allSatisfy(figure ->
                assertThat(figure.pushes()).isEqualTo(writers * pushesEach));
        assertThat(report.items().stream().map(FigureReport::quantity).distinct()).hasSize(1);
        assertThat(report.itemsReceived()).isEqualTo((long) writers * pushesEach * 50);
        assertThat(report.calls()).isEqualTo(writers * pushesEach + 500);
    }

    @Test
    void anOrderLowersTheFiguresShownAndCountsOversells() {
        inventory.push(SELLER, InventoryItems.of(InventoryItem.of("SKU-A", 5), InventoryItem.of("SKU-B", 1),
                InventoryItem.of("SKU-C", 0)));

        inventory.sell(SELLER, List.of(new Sale("SKU-A", 2), new Sale("SKU-B", 3), new Sale("SKU-C", 1),
                new Sale("SKU-NEVER-PUSHED", 4)));
        inventory.sell(SELLER, List.of(new Sale("SKU-A", 3)));

        InventoryReport report = inventory.report(SELLER, null);
        assertThat(report.items()).containsExactly(new FigureReport("SKU-A", 0, NOW, 1, 0),
                new FigureReport("SKU-B", 0, NOW, 1, 1), new FigureReport("SKU-C", 0, NOW, 1, 1));
        assertThat(report.oversells()).isEqualTo(2);
        assertThat(report.item("SKU-NEVER-PUSHED")).isEmpty();

        inventory.sell(SELLER, List.of(new Sale("SKU-A", 1)));
        assertThat(inventory.report(SELLER, "SKU-A").items()).containsExactly(new FigureReport("SKU-A", 0, NOW, 1, 1));
        assertThat(inventory.report(SELLER, "SKU-A").oversells()).as("the account's count").isEqualTo(3);
    }

    @Test
    void presetFiguresAreShownButAreNotPushes() {
        List<InventoryItem> many = IntStream.range(0, 120).mapToObj(i -> InventoryItem.of("OLD-" + i, 4)).toList();
        for (int i = 0; i < 10; i++) {
            inventory.preset(SELLER, new InventoryItems(many));
        }

        InventoryReport report = inventory.report(SELLER, null);
        assertThat(report.items()).hasSize(120).allSatisfy(figure -> assertThat(figure.pushes()).isZero());
        assertThat(report.calls()).isZero();
        assertThat(report.itemsReceived()).isZero();
        assertThatThrownBy(() -> inventory.preset(SELLER, InventoryItems.of(InventoryItem.of("OLD-1", -2))))
                .isInstanceOf(ApiException.class);
        assertThat(inventory.report(SELLER, "OLD-1").items().get(0).quantity()).isEqualTo(4);
    }

    /** A page read a second after the previous call, under the rate limit. */
    private InventoryPage pageLater(String after, int limit) {
        nanos.addAndGet(1_000_000_000L);
        return inventory.page(SELLER, after, limit);
    }
}
