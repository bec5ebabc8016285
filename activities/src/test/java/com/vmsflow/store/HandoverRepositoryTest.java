package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class HandoverRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static HandoverRepository handovers;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        handovers = new HandoverRepository(jdbi);
        Fixtures.addClient(jdbi, "hand");
        Fixtures.addClient(jdbi, "race-orders");
        Fixtures.addClient(jdbi, "race-retry");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aHandoverIsCreatedOnceAndARepeatIsAnsweredTheSame() {
        HandoverClaim first = handovers.claim("hand", "H-1", "Delhivery", List.of("FO-1", "FO-2", "FO-1"));

        assertThat(first).isInstanceOfSatisfying(HandoverClaim.Created.class, c -> {
            assertThat(c.handover().orderIds()).containsExactly("FO-1", "FO-2");
            assertThat(c.handover().courier()).isEqualTo("Delhivery");
            assertThat(c.handover().createdAt()).isNotNull();
        });
        HandoverRow created = ((HandoverClaim.Created) first).handover();
        assertThat(handovers.claim("hand", "H-1", "Delhivery", List.of("FO-2", "FO-1")))
                .isEqualTo(new HandoverClaim.Same(created));
        assertThat(handovers.find("hand", "H-1")).contains(created);
        assertThat(handovers.find("hand", "H-0")).isEmpty();
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        HandoverRow existing = ((HandoverClaim.Created) handovers.claim("hand", "H-2", "BlueDart", List.of("FO-3")))
                .handover();

        assertThat(handovers.claim("hand", "H-2", "Delhivery", List.of("FO-3")))
                .isEqualTo(new HandoverClaim.IdConflict(existing));
        assertThat(handovers.claim("hand", "H-2", "BlueDart", List.of("FO-3", "FO-4")))
                .isEqualTo(new HandoverClaim.IdConflict(existing));
        assertThat(owners("hand", List.of("FO-4"))).isEmpty();
    }

    @Test
    void ordersOnAnotherHandoverAreRefusedAndNothingIsRecorded() {
        handovers.claim("hand", "H-3", "Ekart", List.of("FO-5", "FO-6"));

        assertThat(handovers.claim("hand", "H-4", "Ekart", List.of("FO-7", "FO-6", "FO-5")))
                .isEqualTo(new HandoverClaim.OrdersTaken(Map.of("FO-5", "H-3", "FO-6", "H-3")));
        assertThat(handovers.find("hand", "H-4")).isEmpty();
        assertThat(owners("hand", List.of("FO-7"))).isEmpty();

        assertThat(handovers.claim("hand", "H-4", "Ekart", List.of("FO-7"))).isInstanceOf(HandoverClaim.Created.class);
    }

    @Test
    void aHandoverNeedsOrders() {
        assertThatThrownBy(() -> handovers.claim("hand", "H-9", "Ekart", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Repeated: a deadlock between handovers listing their orders in different orders shows only on some runs.
    @RepeatedTest(3)
    void ofConcurrentHandoversSharingOrdersExactlyOneGetsThem(RepetitionInfo repetition) throws Exception {
        String round = "R" + repetition.getCurrentRepetition() + "-";
        List<String> shared = IntStream.rangeClosed(1, 30).mapToObj(n -> round + "FO-" + n).toList();
        Random random = new Random(repetition.getCurrentRepetition());
        List<List<String>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<String> orders = new ArrayList<>(shared); // each lists the shared orders in its own order
            Collections.shuffle(orders, random);
            orders.add(round + "OWN-" + i);
            requests.add(orders);
        }

        List<HandoverClaim> claims = Fixtures.race(12, i -> handovers.claim("race-orders", round + "H-" + i, "Ekart",
                requests.get(i)));

        List<HandoverClaim.Created> winners = claims.stream().filter(HandoverClaim.Created.class::isInstance)
                .map(HandoverClaim.Created.class::cast).toList();
        assertThat(winners).hasSize(1);
        String winner = winners.get(0).handover().handoverId();
        assertThat(claims).filteredOn(c -> !(c instanceof HandoverClaim.Created))
                .hasSize(11)
                .allSatisfy(c -> assertThat(c).isInstanceOfSatisfying(HandoverClaim.OrdersTaken.class,
                        t -> assertThat(t.handoverIdByOrderId()).containsOnlyKeys(shared)
                                .allSatisfy((order, owner) -> assertThat(owner).isEqualTo(winner))));
        assertThat(owners("race-orders", shared).values()).containsOnly(winner);
        List<String> recorded = jdbi.withHandle(h -> h.createQuery(
                        "select handover_id from handovers where client_id = 'race-orders' and handover_id like :round")
                .bind("round", round + "%").mapTo(String.class).list());
        assertThat(recorded).containsExactly(winner);
    }

    @Test
    void concurrentRepeatsOfOneHandoverCreateItOnce() throws Exception {
        List<HandoverClaim> claims = Fixtures.race(10,
                i -> handovers.claim("race-retry", "H-R", "Ekart", List.of("FO-1", "FO-2")));

        assertThat(claims).filteredOn(HandoverClaim.Created.class::isInstance).hasSize(1);
        assertThat(claims).filteredOn(HandoverClaim.Same.class::isInstance).hasSize(9);
    }

    private static Map<String, String> owners(String clientId, List<String> orderIds) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select order_id, handover_id from handover_orders
                        where client_id = :clientId and order_id in (<orderIds>)
                        """)
                .bind("clientId", clientId).bindList("orderIds", orderIds)
                .setMapKeyColumn("order_id").setMapValueColumn("handover_id")
                .collectInto(new GenericType<Map<String, String>>() {}));
    }
}
