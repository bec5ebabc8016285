package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.store.PostingRepository.Posting;
import com.vmsflow.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ERP postings outbox: once per messageId, in cursor order, nothing lost, nothing served again after an ack. */
class PostingRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static PostingRepository postings;

    @BeforeAll
    static void start() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        postings = new PostingRepository(jdbi);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static ErpPosting posting(String messageId) {
        return new ErpPosting(messageId, PostingEventType.OUTWARD_ORDER_CREATE, "FL-" + messageId, null,
                Instant.parse("2026-11-23T10:00:00Z"), JsonNodeFactory.instance.objectNode().put("orderId", messageId));
    }

    /** The table's check names every event type a workflow posts: a type it forgot would be retried for ever. */
    @Test
    void everyEventTypeIsStored() {
        Fixtures.addClient(jdbi, "every-type");
        for (PostingEventType type : PostingEventType.values()) {
            postings.add("every-type", new ErpPosting("m-type-" + type, type, "FL-" + type, null,
                    Instant.parse("2026-11-23T10:00:00Z"), JsonNodeFactory.instance.objectNode()));
        }

        assertThat(postings.feed("every-type", 0, 100)).hasSize(PostingEventType.values().length);
    }

    @Test
    void aPostingIsStoredOncePerMessageIdEvenWhenWrittenConcurrently() throws Exception {
        Fixtures.addClient(jdbi, "once");

        List<Posting> stored = Fixtures.race(8, i -> postings.add("once", posting("m-once")));

        assertThat(stored).extracting(Posting::cursor).containsOnly(stored.get(0).cursor());
        assertThat(postings.feed("once", 0, 100)).hasSize(1);
        assertThat(postings.find("m-once")).get().satisfies(p -> assertThat(p.payloadJson()).contains("m-once"));
    }

    @Test
    void aPullReaderGetsEveryPostingInOrderWhileWritersRace() throws Exception {
        Fixtures.addClient(jdbi, "order");
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> read = new ArrayList<>();
        Thread reader = new Thread(() -> {
            long acked = 0;
            while (writing.get() || !postings.feed("order", acked, 1).isEmpty()) {
                List<Posting> page = postings.feed("order", acked, 7);
                for (Posting p : page) {
                    read.add(p.cursor());
                }
                if (!page.isEmpty()) {
                    acked = postings.ack("order", page.get(page.size() - 1).cursor()).ackedUpTo();
                }
            }
        });
        reader.start();

        Fixtures.race(8, w -> {
            for (int i = 0; i < 40; i++) {
                postings.add("order", posting("order-" + w + "-" + i));
            }
            return null;
        });
        writing.set(false);
        reader.join(30_000);

        assertThat(read).as("every posting, in cursor order, none twice")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 320).boxed().toList());
    }

    @Test
    void concurrentReadersLoseNothingAndNeverSeeAnAcknowledgedPostingAgain() throws Exception {
        Fixtures.addClient(jdbi, "readers");
        for (int i = 0; i < 200; i++) {
            postings.add("readers", posting("readers-" + i));
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicLong highestAck = new AtomicLong();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();

        Fixtures.race(4, r -> {
            while (true) {
                long floor = highestAck.get();
                List<Posting> page = postings.feed("readers", 0, 9);
                if (page.isEmpty()) {
                    return null;
                }
                for (Posting p : page) {
                    if (p.cursor() <= floor) {
                        violations.add("cursor " + p.cursor() + " served after ack " + floor);
                    }
                    seen.add(p.messageId());
                }
                long acked = postings.ack("readers", page.get(page.size() - 1).cursor()).ackedUpTo();
                highestAck.accumulateAndGet(acked, Math::max);
            }
        });

        assertThat(violations).isEmpty();
        assertThat(seen).hasSize(200);
        assertThat(postings.find("readers-0")).get().extracting(Posting::deliveredAt).isNotNull();
    }

    @Test
    void anAckBeyondTheLastPostingIsRefusedAndChangesNothing() {
        Fixtures.addClient(jdbi, "beyond");
        postings.add("beyond", posting("beyond-1"));

        PostingRepository.Ack refused = postings.ack("beyond", 5);
        PostingRepository.Ack backwards = postings.ack("beyond", 0);

        assertThat(refused.beyondLast()).isTrue();
        assertThat(refused.ackedUpTo()).isZero();
        assertThat(backwards.beyondLast()).isFalse();
        assertThat(postings.feed("beyond", 0, 10)).hasSize(1);
        assertThat(postings.ack("beyond", 1).ackedUpTo()).isEqualTo(1);
        assertThat(postings.ack("beyond", 0).ackedUpTo()).as("an ack never moves back").isEqualTo(1);
        assertThat(postings.feed("beyond", 0, 10)).isEmpty();
    }
}
