package com.vmsflow.flow;

import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributeUpdate;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Makes a flow's progress visible: Temporal Web's current details (markdown, at every move), the search attributes
 * support filters on (the flow's status, {@code WaitingFor} and {@code WaitingSince}, {@code Overdue}: each only if
 * the flow shows it) and the flow's row of the read model. A flow tells it that it {@link #moved}; when the rest
 * follows is the flow's {@link Publishing}.
 *
 * @param <C> what the read model keeps of one move (an order's status change, a return's note); null for a move
 *            that is only the flow's standing
 */
public final class Progress<C> {

    /** When search attributes and the read model follow a move. */
    public enum Publishing {
        /** At once: every move upserts every shown attribute and writes the read model (as flows always did). */
        AT_EVERY_STEP,
        /**
         * Once per wait ({@link #publishNow}, which {@link Waits} calls before it waits), or before the next outside
         * call when what support filters on changed ({@link #beforeOutsideCall}): only the attributes that changed
         * are upserted, and the read model gets every status change since the last time. A step that changes
         * nothing a search can see costs no Temporal action.
         */
        ONCE_PER_WAIT
    }

    private final Supplier<String> details;
    private Publishing publishing = Publishing.AT_EVERY_STEP;
    private SearchAttributeKey<String> statusKey;
    private Supplier<String> status;
    private FlowState waiting;
    private BooleanSupplier overdue;
    private Consumer<C> readModel = change -> { };

    private final List<C> unpublished = new ArrayList<>();
    private boolean pending;
    /** What the search attributes say once upserted (the first upsert sets each shown one, whatever the start set). */
    private String shownStatus;
    private String shownWaitingFor;
    private Instant shownWaitingSince;
    private Boolean shownOverdue;

    private Progress(Supplier<String> details) {
        this.details = details;
    }

    /** A flow's progress, described by its current details (markdown, short: the state query has everything). */
    public static <C> Progress<C> describedBy(Supplier<String> details) {
        return new Progress<>(details);
    }

    /** Shows the flow's status as this search attribute. */
    public Progress<C> status(SearchAttributeKey<String> key, Supplier<String> status) {
        this.statusKey = key;
        this.status = status;
        return this;
    }

    /** Shows whom the flow waits for and since when ({@code WaitingFor}, {@code WaitingSince}). */
    public Progress<C> waiting(FlowState state) {
        this.waiting = state;
        return this;
    }

    /** Shows whether the flow is past a deadline ({@code Overdue}). */
    public Progress<C> overdue(BooleanSupplier overdue) {
        this.overdue = overdue;
        return this;
    }

    /** Writes the flow's row of the read model (a local activity, in step with the workflow). */
    public Progress<C> readModel(Consumer<C> write) {
        this.readModel = write;
        return this;
    }

    public Progress<C> publishing(Publishing publishing) {
        this.publishing = publishing;
        return this;
    }

    /** The flow moved: its details change at once; search attributes and the read model as {@link Publishing} says. */
    public void moved(C change) {
        Workflow.setCurrentDetails(details.get());
        if (publishing == Publishing.AT_EVERY_STEP) {
            upsert(everyShownAttribute());
            readModel.accept(change);
            return;
        }
        if (change != null) {
            unpublished.add(change);
        }
        pending = true;
    }

    /** Shows the current details again, for a change a handler made: no command, nothing in history. */
    public void showDetails() {
        Workflow.setCurrentDetails(details.get());
    }

    /** Upserts the search attributes that changed and writes the read model: one local-activity task. */
    public void publishNow() {
        if (!pending) {
            return;
        }
        List<SearchAttributeUpdate<?>> changed = new ArrayList<>();
        if (status != null && !status.get().equals(shownStatus)) {
            shownStatus = status.get();
            changed.add(statusKey.valueSet(shownStatus));
        }
        if (waiting != null && (!waiting.waitingFor().name().equals(shownWaitingFor)
                || !waiting.waitingSince().equals(shownWaitingSince))) {
            shownWaitingFor = waiting.waitingFor().name();
            shownWaitingSince = waiting.waitingSince();
            changed.add(VmsSearchAttributes.WAITING_FOR.valueSet(shownWaitingFor));
            changed.add(VmsSearchAttributes.WAITING_SINCE.valueSet(shownWaitingSince.atOffset(ZoneOffset.UTC)));
        }
        if (overdue != null && !Boolean.valueOf(overdue.getAsBoolean()).equals(shownOverdue)) {
            shownOverdue = overdue.getAsBoolean();
            changed.add(VmsSearchAttributes.OVERDUE.valueSet(shownOverdue));
        }
        upsert(changed);
        if (unpublished.isEmpty()) {
            readModel.accept(null);
        }
        for (C change : unpublished) {
            readModel.accept(change);
        }
        unpublished.clear();
        pending = false;
    }

    /**
     * Before a call that may be retried for hours: if what support filters on (status, whom the flow waits for,
     * overdue) moved since the last upsert, publish now, so the flow shows as waiting for that system, not as it
     * stood a step before.
     */
    public void beforeOutsideCall() {
        if (pending && ((status != null && !status.get().equals(shownStatus))
                || (waiting != null && !waiting.waitingFor().name().equals(shownWaitingFor))
                || (overdue != null && !Boolean.valueOf(overdue.getAsBoolean()).equals(shownOverdue)))) {
            publishNow();
        }
    }

    private List<SearchAttributeUpdate<?>> everyShownAttribute() {
        List<SearchAttributeUpdate<?>> all = new ArrayList<>();
        if (status != null) {
            all.add(statusKey.valueSet(status.get()));
        }
        if (waiting != null) {
            all.add(VmsSearchAttributes.WAITING_FOR.valueSet(waiting.waitingFor().name()));
            all.add(VmsSearchAttributes.WAITING_SINCE.valueSet(waiting.waitingSince().atOffset(ZoneOffset.UTC)));
        }
        if (overdue != null) {
            all.add(VmsSearchAttributes.OVERDUE.valueSet(overdue.getAsBoolean()));
        }
        return all;
    }

    private static void upsert(List<SearchAttributeUpdate<?>> updates) {
        if (!updates.isEmpty()) {
            Workflow.upsertTypedSearchAttributes(updates.toArray(SearchAttributeUpdate<?>[]::new));
        }
    }
}
