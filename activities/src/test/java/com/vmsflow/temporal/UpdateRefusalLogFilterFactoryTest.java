package com.vmsflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.logging.common.filter.FilterFactory;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SDK's warning for a refused update is dropped; every other workflow failure is still logged. */
class UpdateRefusalLogFilterFactoryTest {

    private static final LoggerContext LOGBACK = new LoggerContext();
    private final Filter<ILoggingEvent> filter = new UpdateRefusalLogFilterFactory().build();

    @Test
    void aRefusedUpdateIsNotLoggedAsAWorkflowFailure() {
        assertThat(filter.decide(sdkWarning(Map.of("UpdateId", "u-1", "WorkflowId", "order:demo-erp:FL1"),
                ApplicationFailure.newNonRetryableFailure("not awaiting a pack result", "NOT_AWAITING"))))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void aWorkflowThatFailsOutsideAnUpdateIsStillLogged() {
        assertThat(filter.decide(sdkWarning(Map.of("WorkflowId", "order:demo-erp:FL1"),
                ApplicationFailure.newFailure("boom", "SOMETHING"))))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void anUpdateHandlerThatBreaksIsStillLogged() {
        assertThat(filter.decide(sdkWarning(Map.of("UpdateId", "u-1"), new IllegalStateException("a bug"))))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void otherLoggersAreLeftAlone() {
        LoggingEvent event = sdkWarning(Map.of("UpdateId", "u-1"),
                ApplicationFailure.newNonRetryableFailure("refused", "CONFLICT"));
        event.setLoggerName("com.vmsflow.gateway.temporal.Updates");
        assertThat(filter.decide(event)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void configurationFilesNameItAsUpdateRefusals() throws Exception {
        ObjectMapper mapper = Jackson.newObjectMapper();
        FilterFactory<?> factory = mapper.readValue("{\"type\": \"update-refusals\"}", FilterFactory.class);
        assertThat(factory).isInstanceOf(UpdateRefusalLogFilterFactory.class);
    }

    private static LoggingEvent sdkWarning(Map<String, String> mdc, Throwable thrown) {
        LoggingEvent event = new LoggingEvent(UpdateRefusalLogFilterFactory.class.getName(),
                LOGBACK.getLogger(UpdateRefusalLogFilterFactory.SDK_LOGGER), Level.WARN,
                "Workflow execution failure WorkflowId='{}'", thrown, new Object[] {"order:demo-erp:FL1"});
        event.setMDCPropertyMap(mdc);
        return event;
    }
}
