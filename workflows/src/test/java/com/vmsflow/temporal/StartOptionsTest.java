package com.vmsflow.temporal;

import static io.temporal.api.enums.v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE;
import static io.temporal.api.enums.v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY;
import static io.temporal.api.enums.v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.ajio.RsiItem;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.handover.HandoverRequest;
import com.vmsflow.handover.HandoverStart;
import com.vmsflow.order.ForwardOrderStart;
import com.vmsflow.returns.ReturnStart;
import com.vmsflow.returns.RtoStart;
import com.vmsflow.rsi.RsiDocumentStart;
import com.vmsflow.sync.AjioSyncWorkflow;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributeKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each flow's start options, one row per flow: the workflow id, reuse policy, summary and search attributes at start
 * are what running workflows, support's queries and Temporal Web know them by, so they keep these values.
 */
class StartOptionsTest {

    private static final ClientProfile CLIENT = new ClientProfile("demo-cn", "29AAFCC9980M1ZR", EInvoicingModel.RMS,
            ReturnModel.CREDIT_NOTE_RMS, PostingMode.PUSH, Duration.ofMinutes(5), Duration.ofHours(24), "DC");
    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    static Stream<Arguments> flows() {
        return Stream.of(
                Arguments.of("forward order", ForwardOrderStart.options("q", CLIENT, "FL1"),
                        "order:demo-cn:FL1", WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
                        "Ajio order FL1 of demo-cn (RMS e-invoicing)",
                        attributes(VmsSearchAttributes.CLIENT_ID, "demo-cn", VmsSearchAttributes.CHANNEL_ORDER_ID,
                                "FL1", VmsSearchAttributes.E_INVOICING_MODEL, "RMS", VmsSearchAttributes.ORDER_STATUS,
                                "CREATED", VmsSearchAttributes.WAITING_FOR, "NONE", VmsSearchAttributes.OVERDUE,
                                false)),
                Arguments.of("return", ReturnStart.options("q", CLIENT, new ReturnExpectation("R1", "FL1",
                                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem("L1", "C-SKU", 1)), AT)),
                        "return:demo-cn:R1", WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
                        "CUSTOMER_RETURN R1 of order FL1 (CREDIT_NOTE_RMS)",
                        attributes(VmsSearchAttributes.CLIENT_ID, "demo-cn", VmsSearchAttributes.CHANNEL_ORDER_ID,
                                "FL1", VmsSearchAttributes.RETURN_MODEL, "CREDIT_NOTE_RMS",
                                VmsSearchAttributes.WAITING_FOR, "NONE")),
                Arguments.of("RTO", RtoStart.options("q", "demo-cn", "FL1"),
                        "rto:demo-cn:FL1", WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY,
                        "RTO of order FL1 of demo-cn received without a return expectation",
                        attributes(VmsSearchAttributes.CLIENT_ID, "demo-cn", VmsSearchAttributes.CHANNEL_ORDER_ID,
                                "FL1")),
                Arguments.of("RSI document", RsiDocumentStart.options("q", "demo-cn", new RsiDocument("RSI1", AT,
                                List.of(new RsiItem("R1", "FL1", "C-SKU", 1, BigDecimal.TEN)))),
                        "rsi:demo-cn:RSI1", WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
                        "RSI document RSI1 of demo-cn (1 items)",
                        attributes(VmsSearchAttributes.CLIENT_ID, "demo-cn")),
                Arguments.of("handover", HandoverStart.options("q", new HandoverRequest("demo-cn", "H1", "DELHIVERY",
                                List.of("FL1"))),
                        "handover:demo-cn:H1", WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE, null, Map.of()),
                Arguments.of("Ajio sync", AjioSyncWorkflow.startOptions("q", "demo-cn"),
                        "sync:demo-cn", WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE, "Ajio sync of client demo-cn",
                        attributes(VmsSearchAttributes.CLIENT_ID, "demo-cn")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void aFlowStartsAsItAlwaysHas(String flow, WorkflowOptions options, String workflowId,
                                  WorkflowIdReusePolicy reuse, String summary, Map<String, Object> attributes) {
        assertThat(options.getTaskQueue()).isEqualTo("q");
        assertThat(options.getWorkflowId()).isEqualTo(workflowId);
        assertThat(options.getWorkflowIdReusePolicy()).isEqualTo(reuse);
        assertThat(options.getStaticSummary()).isEqualTo(summary);
        Map<String, Object> actual = new LinkedHashMap<>();
        if (options.getTypedSearchAttributes() != null) {
            options.getTypedSearchAttributes().getUntypedValues().forEach((k, v) -> actual.put(k.getName(), v));
        }
        assertThat(actual).isEqualTo(attributes);
    }

    @Test
    void theSyncKeepsItsSummaryInItsMemoForEveryRun() {
        assertThat(AjioSyncWorkflow.startOptions("q", "demo-cn").getMemo())
                .isEqualTo(Map.of(AjioSyncWorkflow.SUMMARY_MEMO, "Ajio sync of client demo-cn"));
    }

    /** Key and value pairs, by the key's name. */
    private static Map<String, Object> attributes(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(((SearchAttributeKey<?>) pairs[i]).getName(), pairs[i + 1]);
        }
        return map;
    }
}
