package com.vmsflow.sandbox.calls;

import com.vmsflow.sandbox.api.OutsideSystem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every call the simulated systems received. Counts are kept for all calls; the list of calls is capped (oldest
 * dropped first) so a long benchmark cannot exhaust the heap. Recording is lock-free.
 */
public class CallLog {

    private record CountKey(OutsideSystem system, String operation, String businessKey) {
    }

    private final int maxCalls;
    private final ConcurrentLinkedQueue<CallRecord> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Map<CountKey, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final Map<CountKey, LongAdder> byBusinessKey = new ConcurrentHashMap<>();
    private final Map<CountKey, LongAdder> appliedByBusinessKey = new ConcurrentHashMap<>();

    public CallLog(int maxCalls) {
        this.maxCalls = maxCalls;
    }

    public void record(CallRecord call) {
        calls.add(call);
        if (size.incrementAndGet() > maxCalls && calls.poll() != null) {
            size.decrementAndGet();
        }
        count(byOperation, new CountKey(call.system(), call.operation(), null));
        if (call.businessKey() != null) {
            CountKey key = new CountKey(call.system(), call.operation(), call.businessKey());
            count(byBusinessKey, key);
            if (call.outcome() == Outcome.APPLIED) {
                count(appliedByBusinessKey, key);
            }
        }
    }

    /**
     * The calls and counts of one system and operation (either may be null for all).
     *
     * @param limit how many of the most recent matching calls to list
     */
    public CallsReport report(OutsideSystem system, String operation, int limit) {
        Deque<CallRecord> recent = new ArrayDeque<>();
        for (CallRecord call : calls) {
            if (matches(system, operation, call.system(), call.operation())) {
                recent.addLast(call);
                if (recent.size() > limit) {
                    recent.removeFirst();
                }
            }
        }
        return new CallsReport(new ArrayList<>(recent), new CallCounts(
                totals(byOperation, system, operation, false),
                totals(byBusinessKey, system, operation, true),
                totals(appliedByBusinessKey, system, operation, true)));
    }

    public void clear() {
        calls.clear();
        size.set(0);
        byOperation.clear();
        byBusinessKey.clear();
        appliedByBusinessKey.clear();
    }

    private static void count(Map<CountKey, LongAdder> counts, CountKey key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static boolean matches(OutsideSystem system, String operation, OutsideSystem callSystem,
                                   String callOperation) {
        return (system == null || system == callSystem) && (operation == null || operation.equals(callOperation));
    }

    /** Sums per "operation" or "operation businessKey"; two systems never share an operation name. */
    private static Map<String, Long> totals(Map<CountKey, LongAdder> counts, OutsideSystem system, String operation,
                                            boolean withKey) {
        Map<String, Long> totals = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (matches(system, operation, key.system(), key.operation())) {
                String name = withKey ? key.operation() + " " + key.businessKey() : key.operation();
                totals.merge(name, count.sum(), Long::sum);
            }
        });
        return totals;
    }
}
