package com.vmsflow.launcher.bench;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Temporal Cloud actions and history events of one workflow, counted from its history (docs/bench.md, "Actions"),
 * beside the essential count: the start, one per call to an outside system, one per timer a rule needs and one per
 * inbound signal or update.
 */
record HistoryCost(int events, int actions, int essential, Map<String, Integer> breakdown) {

    /** Activity types that call Ajio, the RMS or the ERP (the others read or write our own PostgreSQL). */
    static boolean outsideCall(String activityType) {
        return (activityType.startsWith("Ajio") || activityType.startsWith("Rms") || activityType.startsWith("Erp"))
                && !activityType.equals("ErpReportCancelledAfterPosting");
    }

    /** Timers a rule of the SOPs needs: the acknowledgement hold and the ERP's invoice deadline. */
    static boolean ruleTimer(HistoryEvent event) {
        String summary = event.hasUserMetadata() && event.getUserMetadata().hasSummary()
                ? event.getUserMetadata().getSummary().getData().toString(StandardCharsets.UTF_8) : "";
        return summary.contains("Acknowledgement hold") || summary.contains("ERP's B2B e-invoice");
    }

    static HistoryCost of(List<HistoryEvent> events) {
        Map<String, Integer> actions = new TreeMap<>();
        int essential = 0;
        Set<Long> localActivityTasks = new HashSet<>();
        for (HistoryEvent event : events) {
            EventType type = event.getEventType();
            switch (type) {
                case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> {
                    actions.merge("workflow started", 1, Integer::sum);
                    essential++;
                }
                case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
                    String activity = event.getActivityTaskScheduledEventAttributes().getActivityType().getName();
                    boolean outside = outsideCall(activity);
                    actions.merge(outside ? "activity (outside call)" : "activity (database)", 1, Integer::sum);
                    essential += outside ? 1 : 0;
                }
                case EVENT_TYPE_ACTIVITY_TASK_STARTED -> {
                    int retries = event.getActivityTaskStartedEventAttributes().getAttempt() - 1;
                    if (retries > 0) {
                        actions.merge("activity retry", retries, Integer::sum);
                    }
                }
                case EVENT_TYPE_TIMER_STARTED -> {
                    boolean rule = ruleTimer(event);
                    actions.merge(rule ? "timer (rule)" : "timer (bounding a wait)", 1, Integer::sum);
                    essential += rule ? 1 : 0;
                }
                case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED -> {
                    actions.merge("signal received", 1, Integer::sum);
                    essential++;
                }
                case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED -> {
                    actions.merge("update accepted", 1, Integer::sum);
                    essential++;
                }
                case EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES -> {
                    var fields = event.getUpsertWorkflowSearchAttributesEventAttributes().getSearchAttributes()
                            .getIndexedFieldsMap().keySet();
                    if (!(fields.size() == 1 && fields.contains("TemporalChangeVersion"))) {
                        actions.merge("search attribute upsert", 1, Integer::sum);
                    }
                }
                case EVENT_TYPE_MARKER_RECORDED -> {
                    String marker = event.getMarkerRecordedEventAttributes().getMarkerName();
                    if (marker.equals("LocalActivity")) {
                        localActivityTasks.add(event.getMarkerRecordedEventAttributes()
                                .getWorkflowTaskCompletedEventId());
                    } else if (marker.equals("SideEffect") || marker.equals("MutableSideEffect")) {
                        actions.merge("side effect", 1, Integer::sum);
                    }
                }
                case EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED ->
                        actions.merge("signal sent", 1, Integer::sum);
                case EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED ->
                        actions.merge("child workflow started", 1, Integer::sum);
                case EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED -> actions.merge("memo upsert", 1, Integer::sum);
                default -> {
                }
            }
        }
        if (!localActivityTasks.isEmpty()) {
            actions.put("local activities (one per workflow task)", localActivityTasks.size());
        }
        int total = actions.values().stream().mapToInt(Integer::intValue).sum();
        return new HistoryCost(events.size(), total, essential, actions);
    }
}
