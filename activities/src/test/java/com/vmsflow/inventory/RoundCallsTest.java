package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.store.InventorySyncRepository.Pushed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A round's figures cut into calls of the channel's batch size, each client SKU's channel SKUs in one call. */
class RoundCallsTest {

    @Test
    void singleFiguresFillEachCallToTheBatchSize() {
        assertThat(callsOf(2, "A:1", "B:1", "C:1", "D:1", "E:1")).containsExactly(
                List.of("A-1", "B-1"), List.of("C-1", "D-1"), List.of("E-1"));
    }

    @Test
    void aClientSkusChannelSkusAreNeverSplitBetweenTwoCalls() {
        assertThat(callsOf(3, "A:2", "B:2")).containsExactly(List.of("A-1", "A-2"), List.of("B-1", "B-2"));
    }

    @Test
    void aClientSkuWithMoreChannelSkusThanACallHoldsGoesInAsManyCallsAsItNeeds() {
        assertThat(callsOf(2, "A:5", "B:1")).containsExactly(
                List.of("A-1", "A-2"), List.of("A-3", "A-4"), List.of("A-5", "B-1"));
    }

    @Test
    void anEmptyRoundMakesNoCall() {
        assertThat(callsOf(50)).isEmpty();
    }

    /** {@code skus}: "client SKU:how many channel SKUs", in the round's order; answers each call's channel SKUs. */
    private static List<List<String>> callsOf(int batchSize, String... skus) {
        Map<String, Integer> covered = new LinkedHashMap<>();
        List<ChannelInventory.Figure> figures = new ArrayList<>();
        List<Pushed> pushed = new ArrayList<>();
        for (String sku : skus) {
            String clientSku = sku.split(":")[0];
            covered.put(clientSku, 7);
            for (int i = 1; i <= Integer.parseInt(sku.split(":")[1]); i++) {
                figures.add(new ChannelInventory.Figure(clientSku + "-" + i, 7));
                pushed.add(new Pushed(clientSku + "-" + i, clientSku, 7));
            }
        }
        return InventorySyncActivitiesImpl.calls(new InventorySyncActivitiesImpl.Batch(covered, figures, pushed),
                batchSize).stream().map(call -> call.stream().map(ChannelInventory.Figure::channelSku).toList()).toList();
    }
}
