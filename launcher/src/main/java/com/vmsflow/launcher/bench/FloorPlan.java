package com.vmsflow.launcher.bench;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a bare workflow does to cost the engine as much as a real order: the real order's history read back as a list
 * of steps (activities, local activities, search-attribute upserts, timers that fire, and waits for an update or a
 * signal, with the timer the real order starts and cancels around such a wait). Made from a real history of the same
 * run, so the floor always has the shape of the current workflow code.
 */
public record FloorPlan(List<Step> steps) {

    public enum Kind { ACTIVITY, LOCAL, UPSERT, TIMER, WAIT_UPDATE, WAIT_SIGNAL }

    /**
     * One step. {@code millis}: a timer's duration; {@code withTimer}: a wait that starts a timer and cancels it when
     * the input comes; {@code tellDriver}: a local activity after which the driver sends the next input (the real order's
     * read model tells the warehouse or the ERP at that point).
     */
    public record Step(Kind kind, long millis, boolean withTimer, boolean tellDriver) {
    }

    public static FloorPlan fromHistory(List<HistoryEvent> events) {
        List<Step> steps = new ArrayList<>();
        Set<Long> consumedInputs = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent event = events.get(i);
            EventType type = event.getEventType();
            switch (type) {
                case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> steps.add(new Step(Kind.ACTIVITY, 0, false, false));
                case EVENT_TYPE_MARKER_RECORDED -> {
                    if ("LocalActivity".equals(event.getMarkerRecordedEventAttributes().getMarkerName())) {
                        steps.add(new Step(Kind.LOCAL, 0, false, false));
                    }
                }
                case EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES -> steps.add(new Step(Kind.UPSERT, 0, false, false));
                case EVENT_TYPE_TIMER_STARTED -> {
                    String timerId = event.getTimerStartedEventAttributes().getTimerId();
                    long millis = toMillis(event.getTimerStartedEventAttributes().getStartToFireTimeout());
                    Kind input = null;
                    long inputId = -1;
                    boolean cancelled = false;
                    for (int j = i + 1; j < events.size(); j++) {
                        HistoryEvent later = events.get(j);
                        if (input == null && isInput(later) && !consumedInputs.contains(later.getEventId())) {
                            input = inputKind(later);
                            inputId = later.getEventId();
                            consumedInputs.add(inputId);
                        }
                        if (later.getEventType() == EventType.EVENT_TYPE_TIMER_FIRED
                                && later.getTimerFiredEventAttributes().getTimerId().equals(timerId)) {
                            break;
                        }
                        if (later.getEventType() == EventType.EVENT_TYPE_TIMER_CANCELED
                                && later.getTimerCanceledEventAttributes().getTimerId().equals(timerId)) {
                            cancelled = true;
                            break;
                        }
                    }
                    if (cancelled && input != null) {
                        steps.add(new Step(input, millis, true, false));
                    } else {
                        // fired with an input meanwhile: that input is a wait of its own, where it came
                        consumedInputs.remove(inputId);
                        steps.add(new Step(Kind.TIMER, Math.min(millis, 5_000), false, false));
                    }
                }
                default -> {
                    if (isInput(event) && !consumedInputs.contains(event.getEventId())) {
                        steps.add(new Step(inputKind(event), 0, false, false));
                        consumedInputs.add(event.getEventId());
                    }
                }
            }
        }
        // The local activity last before each wait tells the driver to send that wait's input.
        List<Step> marked = new ArrayList<>(steps);
        for (int i = 0; i < marked.size(); i++) {
            Kind kind = marked.get(i).kind();
            if (kind == Kind.WAIT_UPDATE || kind == Kind.WAIT_SIGNAL) {
                for (int j = i - 1; j >= 0; j--) {
                    Step before = marked.get(j);
                    if (before.kind() == Kind.WAIT_UPDATE || before.kind() == Kind.WAIT_SIGNAL) {
                        break;
                    }
                    if (before.kind() == Kind.LOCAL && !before.tellDriver()) {
                        marked.set(j, new Step(Kind.LOCAL, 0, false, true));
                        break;
                    }
                }
            }
        }
        return new FloorPlan(List.copyOf(marked));
    }

    /** The inputs the driver sends, in order. */
    public List<Kind> inputs() {
        return steps.stream().map(Step::kind).filter(k -> k == Kind.WAIT_UPDATE || k == Kind.WAIT_SIGNAL).toList();
    }

    public long count(Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).count();
    }

    public long timers() {
        return steps.stream().filter(s -> s.kind() == Kind.TIMER || s.withTimer()).count();
    }

    public long locals() {
        return count(Kind.LOCAL);
    }

    public String describe() {
        return count(Kind.ACTIVITY) + " activities, " + timers() + " timers, " + locals() + " local activities, "
                + count(Kind.UPSERT) + " upserts, " + count(Kind.WAIT_UPDATE) + " updates, "
                + count(Kind.WAIT_SIGNAL) + " signals";
    }

    private static boolean isInput(HistoryEvent event) {
        return event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED
                || event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED;
    }

    private static Kind inputKind(HistoryEvent event) {
        return event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED ? Kind.WAIT_SIGNAL
                : Kind.WAIT_UPDATE;
    }

    private static long toMillis(com.google.protobuf.Duration d) {
        return d.getSeconds() * 1000 + d.getNanos() / 1_000_000;
    }
}
