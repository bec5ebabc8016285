package com.vmsflow.launcher.bench;

import com.vmsflow.launcher.LocalStack;
import com.vmsflow.launcher.TemporalServer;
import java.lang.reflect.Field;
import java.util.LinkedList;
import java.util.concurrent.locks.Lock;

/**
 * A work-around for a limit of Temporal's Java test server, applied by the bench only (docs/bench.md, "The test
 * server's timer log"). The server's clock ({@code SelfAdvancingTimerImpl}) writes every lock and unlock of time
 * skipping to a {@code LinkedList} kept "for debugging purposes only": unlock events are never taken out, and each
 * timer task's unlock searches the whole list for its own event. The list grows by a few entries for every workflow
 * task and activity, so the server's cost per task grows with everything it has run: in a 5,000-order run three
 * quarters of the process's CPU went to {@code LinkedList.remove}. This swaps the list for one that keeps nothing; the
 * server's real bookkeeping (its lock count) is untouched. The only loss is the server's lock diagnostics.
 */
final class TestServerTimerLog {

    private TestServerTimerLog() {
    }

    /** A list that forgets what it is given and finds everything it is asked to remove. */
    @SuppressWarnings("JdkObsolete")
    static final class Forgetful extends LinkedList<Object> {
        @Override
        public boolean add(Object event) {
            return true;
        }

        @Override
        public boolean remove(Object event) {
            return true;
        }
    }

    /** Swaps the in-process test server's lock log; false when Temporal is not the in-process test server. */
    static boolean replace(LocalStack stack) {
        try {
            TemporalServer temporal = (TemporalServer) read(stack, LocalStack.class, "temporal");
            if (temporal == null || !temporal.inProcess()) {
                return false;
            }
            Object server = read(temporal, TemporalServer.class, "testServer");
            Object starter = read(server, server.getClass(), "services");
            Object timer = read(starter, starter.getClass(), "selfAdvancingTimer");
            Lock lock = (Lock) read(timer, timer.getClass(), "lock");
            Field events = timer.getClass().getDeclaredField("lockEvents");
            events.setAccessible(true);
            // Under the timer's own lock, which every use of the list holds: they all see the new one.
            lock.lock();
            try {
                events.set(timer, new Forgetful());
            } finally {
                lock.unlock();
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach the test server's timer (another SDK version?): " + e, e);
        }
    }

    private static Object read(Object target, Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
