package com.vmsflow.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * The log events of a logger (and its children) while open, each with the MDC of the thread that logged it: logback
 * reads an event's MDC lazily, which after the fact would be the reading thread's.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger;
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

    private CapturedLogs(Logger logger) {
        this.logger = logger;
        setContext(logger.getLoggerContext());
        setName("captured-logs");
        start();
        logger.addAppender(this);
    }

    public static CapturedLogs of(String loggerName) {
        return new CapturedLogs((Logger) LoggerFactory.getLogger(loggerName));
    }

    public static CapturedLogs of(Class<?> type) {
        return of(type.getName());
    }

    @Override
    protected void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    /** The first event that matches, waiting up to {@code millis} for it; fails if none comes. */
    public ILoggingEvent await(Predicate<ILoggingEvent> match, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            for (ILoggingEvent event : events) {
                if (match.test(event)) {
                    return event;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no such log event among " + events.size() + ": "
                        + events.stream().map(ILoggingEvent::getFormattedMessage).toList());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
