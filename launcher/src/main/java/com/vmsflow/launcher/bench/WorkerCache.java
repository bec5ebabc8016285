package com.vmsflow.launcher.bench;

import com.vmsflow.worker.WorkerRuntime;
import io.temporal.worker.WorkerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The worker's cache of workflow executions (Temporal's sticky cache), reached by reflection: the SDK keeps it
 * package-private. The memory figure empties it to tell the worker's heap from the in-process test server's, which
 * in production lives in another process.
 */
final class WorkerCache {

    private final Object cache;

    private WorkerCache(Object cache) {
        this.cache = cache;
    }

    static WorkerCache of(WorkerRuntime worker) {
        try {
            Field field = WorkerRuntime.class.getDeclaredField("factory");
            field.setAccessible(true);
            WorkerFactory factory = (WorkerFactory) field.get(worker);
            Method getCache = WorkerFactory.class.getDeclaredMethod("getCache");
            getCache.setAccessible(true);
            return new WorkerCache(getCache.invoke(factory));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach the worker's workflow cache: " + e, e);
        }
    }

    /** Workflow executions held in the cache now. */
    long size() {
        return (Long) call("size");
    }

    /** Drops every cached execution; each is replayed from its history at its next workflow task. */
    void invalidateAll() {
        call("invalidateAll");
    }

    private Object call(String name) {
        try {
            Method method = cache.getClass().getMethod(name);
            method.setAccessible(true);
            return method.invoke(cache);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + name + " on the worker's workflow cache: " + e, e);
        }
    }
}
