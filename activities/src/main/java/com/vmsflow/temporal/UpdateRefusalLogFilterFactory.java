package com.vmsflow.temporal;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.filter.FilterFactory;

/**
 * {@code filterFactories: [{type: update-refusals}]} on an appender: drops the Temporal SDK's "Workflow execution
 * failure" warning, with its stack trace, for an update that a workflow refused. The refusal is the caller's answer
 * (the gateway logs it at INFO and answers 4xx); the workflow goes on. Every other workflow failure is still logged.
 */
@JsonTypeName("update-refusals")
public final class UpdateRefusalLogFilterFactory implements FilterFactory<ILoggingEvent> {

    static final String SDK_LOGGER = "io.temporal.internal.sync.WorkflowExecutionHandler";
    /** The SDK's MDC key while an update is validated or handled. */
    static final String UPDATE_ID = "UpdateId";
    private static final String APPLICATION_FAILURE = "io.temporal.failure.ApplicationFailure";

    @Override
    public Filter<ILoggingEvent> build() {
        return new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                return isUpdateRefusal(event) ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
        };
    }

    static boolean isUpdateRefusal(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        return SDK_LOGGER.equals(event.getLoggerName())
                && event.getMDCPropertyMap().containsKey(UPDATE_ID)
                && thrown != null && APPLICATION_FAILURE.equals(thrown.getClassName());
    }
}
