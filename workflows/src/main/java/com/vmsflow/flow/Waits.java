package com.vmsflow.flow;

import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * How a flow waits for something from outside: {@link #upTo} a deadline (a durable timer), or with
 * {@link #noDeadline no deadline} at all (no timer: what the flow waits for is in its current details). While it
 * waits, a flow may publish its progress once ({@link #beforeEachWait}) and work through an inbox of inputs that
 * arrived meanwhile ({@link #inbox}), so every change of the flow happens on its main thread, in order.
 *
 * <p>Timers are made as the flow's committed histories made them ({@link Timers}): a history replays only against
 * the commands it recorded.
 */
public final class Waits {

    /** The timer that bounded each wait without a deadline in histories from before {@link Timers#NAMED}. */
    public static final Duration LEGACY_LONG_WAIT = Duration.ofDays(30);

    public enum Timers {
        /**
         * A timer named for Temporal Web, cancelled as soon as the goal holds; a wait with no deadline has no timer.
         */
        NAMED,
        /**
         * Named timers as above; a wait with no deadline is bounded by a {@link #LEGACY_LONG_WAIT} timer, made again
         * each time it fires (orders from before "fewer-actions").
         */
        NAMED_WITH_LONG_WAITS,
        /**
         * {@code Workflow.await}'s own timer: it carries no name and is left running when the goal comes first; a wait
         * with no deadline is bounded by a {@link #LEGACY_LONG_WAIT} one, made again each time it fires (returns, RTOs
         * and the sync, as they always ran). No inbox, nothing published before a wait.
         */
        SDK_AWAIT
    }

    private Timers timers;
    private Runnable beforeEachWait = () -> { };
    private BooleanSupplier inboxHasWork = () -> false;
    private Runnable workThroughInbox = () -> { };

    private Waits(Timers timers) {
        this.timers = timers;
    }

    public static Waits with(Timers timers) {
        return new Waits(timers);
    }

    /** For a flow that learns how it waits from a version marker, once its story starts. */
    public Waits timers(Timers timers) {
        this.timers = timers;
        return this;
    }

    /** Runs before every wait: e.g. {@link Progress#publishNow}, so progress is published once per wait. */
    public Waits beforeEachWait(Runnable publish) {
        this.beforeEachWait = publish;
        return this;
    }

    /**
     * Inputs that queue while the flow waits: the wait wakes when {@code hasWork}, runs {@code workThrough} (which may
     * end the story by throwing), and goes on waiting unless the goal holds.
     */
    public Waits inbox(BooleanSupplier hasWork, Runnable workThrough) {
        this.inboxHasWork = hasWork;
        this.workThroughInbox = workThrough;
        return this;
    }

    /** Works through the inbox now, outside any wait (e.g. at the end of a hold). */
    public void workThroughInbox() {
        workThroughInbox.run();
    }

    /** Waits until {@code goal} holds or {@code maxWait} passes; answers whether the goal holds. */
    public boolean upTo(Duration maxWait, String summary, Supplier<Boolean> goal) {
        if (timers == Timers.SDK_AWAIT) {
            return Workflow.await(maxWait, goal);
        }
        workThroughInbox.run();
        if (goal.get()) {
            return true;
        }
        if (maxWait.isZero() || maxWait.isNegative()) {
            return false;
        }
        List<Promise<Void>> timer = new ArrayList<>(1);
        // A timer cancelled because the goal came first fails its promise; handled here, it is not an error.
        CancellationScope scope = Workflow.newCancellationScope(() -> timer.add(Workflow.newTimer(maxWait,
                TimerOptions.newBuilder().setSummary(summary).build()).exceptionally(cancelled -> null)));
        scope.run();
        try {
            while (true) {
                beforeEachWait.run();
                Workflow.await(() -> timer.get(0).isCompleted() || inboxHasWork.getAsBoolean() || goal.get());
                workThroughInbox.run();
                if (goal.get()) {
                    return true;
                }
                if (timer.get(0).isCompleted()) {
                    return false;
                }
            }
        } finally {
            if (!timer.get(0).isCompleted()) {
                scope.cancel();
            }
        }
    }

    /** Waits, with no deadline of its own, until {@code goal} holds. */
    public void noDeadline(String summary, Supplier<Boolean> goal) {
        while (!noDeadlineOnce(summary, goal)) {
            // a legacy long-wait timer fired: wait again
        }
    }

    /**
     * One wait with no deadline of its own: answers true once {@code goal} holds, or false when the
     * {@link #LEGACY_LONG_WAIT} timer of a flow that still makes one fires first (the caller may look again).
     */
    public boolean noDeadlineOnce(String summary, Supplier<Boolean> goal) {
        if (timers != Timers.NAMED) {
            return upTo(LEGACY_LONG_WAIT, summary, goal);
        }
        workThroughInbox.run();
        while (!goal.get()) {
            beforeEachWait.run();
            Workflow.await(() -> inboxHasWork.getAsBoolean() || goal.get());
            workThroughInbox.run();
        }
        return true;
    }
}
