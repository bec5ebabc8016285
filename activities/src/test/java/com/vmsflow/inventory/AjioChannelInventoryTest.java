package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vmsflow.ajio.AjioActivities;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ajio's inventory API as the sync sees it, against the sandbox's Ajio. */
class AjioChannelInventoryTest {

    private static SyncWorld world;

    @BeforeAll
    static void start() {
        world = new SyncWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void pushedFiguresAreReadBackPageByPageInCodePointOrder() throws Exception {
        ChannelRef channel = world.newClient();
        ChannelInventory ajio = new AjioChannelInventory(world.ajio, 2);

        ajio.push(channel, List.of(new ChannelInventory.Figure("b", 2), new ChannelInventory.Figure("B", 1),
                new ChannelInventory.Figure("a", 0)), "key-1");
        ChannelInventory.Page first = ajio.page(channel, null, ajio.maxPageSize());
        ChannelInventory.Page second = ajio.page(channel, first.next(), ajio.maxPageSize());

        assertThat(first.figures()).containsExactly(new ChannelInventory.Figure("B", 1),
                new ChannelInventory.Figure("a", 0));
        assertThat(second.figures()).containsExactly(new ChannelInventory.Figure("b", 2));
        assertThat(second.next()).isNull();
        assertThat(world.shownAtAjio(channel)).containsOnly(Map.entry("B", 1), Map.entry("a", 0), Map.entry("b", 2));
    }

    @Test
    void ajiosRateLimitIsAThrottledWithItsRetryAfter() {
        ChannelRef channel = world.newClient();
        ChannelInventory ajio = new AjioChannelInventory(world.ajio);

        // Pushes as fast as they go until one is beyond the limit: a burst outruns 5 a second however loaded the
        // machine is, where a fixed number of calls would not (Ajio's bucket refills while a slow machine calls).
        ChannelInventory.Throttled throttled = null;
        int lastAccepted = 0;
        for (int figure = 1; throttled == null && figure <= 1_000; figure++) {
            try {
                ajio.push(channel, List.of(new ChannelInventory.Figure("A", figure)), "key-" + figure);
                lastAccepted = figure;
            } catch (ChannelInventory.Throttled beyondTheLimit) {
                throttled = beyondTheLimit;
            }
        }

        assertThat(throttled).as("a push beyond Ajio's rate limit").isNotNull();
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(lastAccepted).as("the limit lets a burst of its size through").isGreaterThanOrEqualTo(
                SyncWorld.AJIO_CALLS_PER_SECOND);
        assertThat(world.shownAtAjio(channel)).as("the throttled figure is not shown")
                .containsOnly(Map.entry("A", lastAccepted));
    }

    @Test
    void aBatchAboveAjiosBatchSizeIsRefusedForGood() {
        ChannelRef channel = world.newClient();
        ChannelInventory ajio = new AjioChannelInventory(world.ajio);

        ApplicationFailure refused = catchThrowableOfType(ApplicationFailure.class, () -> ajio.push(channel,
                IntStream.range(0, SyncWorld.AJIO_BATCH + 1).mapToObj(i -> new ChannelInventory.Figure("S" + i, 1))
                        .toList(), "key-3"));

        assertThat(refused.getType()).isEqualTo(AjioActivities.REFUSED);
        assertThat(refused.isNonRetryable()).isTrue();
        assertThat(refused.getOriginalMessage()).contains("BATCH_TOO_LARGE");
    }
}
