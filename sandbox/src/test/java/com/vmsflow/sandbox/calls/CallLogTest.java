package com.vmsflow.sandbox.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.sandbox.api.OutsideSystem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallLogTest {

    @Test
    void theListKeepsTheMostRecentCallsWhileTheCountsKeepThemAll() {
        CallLog log = new CallLog(3);
        for (int i = 1; i <= 5; i++) {
            log.record(new CallRecord(OutsideSystem.AJIO, "getOrder", "FL" + i, null, 200, Outcome.READ,
                    Instant.EPOCH));
        }
        log.record(new CallRecord(OutsideSystem.RMS, "registerEInvoice", "INV:1", "k", 201, Outcome.APPLIED,
                Instant.EPOCH));

        CallsReport ajio = log.report(OutsideSystem.AJIO, null, 10);
        CallsReport lastTwo = log.report(null, null, 2);

        assertThat(ajio.calls()).extracting(CallRecord::businessKey).containsExactly("FL4", "FL5");
        assertThat(ajio.counts().operation("getOrder")).isEqualTo(5);
        assertThat(ajio.counts().byOperation()).doesNotContainKey("registerEInvoice");
        assertThat(lastTwo.calls()).extracting(CallRecord::operation).containsExactly("getOrder", "registerEInvoice");
        assertThat(lastTwo.counts().applied("registerEInvoice", "INV:1")).isEqualTo(1);
        assertThat(lastTwo.counts().applied("getOrder", "FL1")).isZero();
        assertThat(lastTwo.counts().businessKey("getOrder", "FL1")).isEqualTo(1);
    }
}
