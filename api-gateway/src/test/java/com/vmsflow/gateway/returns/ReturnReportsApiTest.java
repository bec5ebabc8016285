package com.vmsflow.gateway.returns;

import static com.vmsflow.gateway.testing.GatewayHarness.REPORT_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.ajio.RsiItem;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.returns.QcException;
import com.vmsflow.returns.ReturnRecord;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.RsiRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rsi-items and qc-exceptions reports through the gateway, on 5 April 2026 in India time (from
 * 2026-04-04T18:30:00Z): quantities are whole numbers, amounts have two places, an unknown return's cells are empty.
 */
class ReturnReportsApiTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String REPORTS = "/v1/clients/" + REPORT_CLIENT + "/reports/";
    private static final String DAY = "?from=2026-04-05&to=2026-04-05";
    private static final Instant CREATED = Instant.parse("2026-04-05T04:30:00Z");

    @BeforeAll
    static void rows() {
        ReturnRepository returns = new ReturnRepository(gateway.jdbi());
        returns.record(new ReturnRecord(REPORT_CLIENT, "RR-RECEIVED", "FO-RR", ReturnType.CUSTOMER_RETURN,
                ReturnModel.RSI, ReturnStatus.QC_UPDATED, WaitingFor.NONE, "QC at Ajio", CREATED));
        RsiRepository rsi = new RsiRepository(gateway.jdbi());
        rsi.record(REPORT_CLIENT, new RsiDocument("RSI-R1", CREATED, List.of(
                new RsiItem("RR-RECEIVED", "FO-RR", "AJ-TEE-M", 2, new BigDecimal("1118.6")),
                new RsiItem("RR-LATER", "FO-RL", "AJ-TEE-M", 1, new BigDecimal("559.30")))));
        rsi.markAccepted(REPORT_CLIENT, "RSI-R1", CREATED.plusSeconds(2));
        rsi.record(REPORT_CLIENT, new RsiDocument("RSI-R0", Instant.parse("2026-04-04T18:29:59Z"), List.of(
                new RsiItem("RR-RECEIVED", "FO-RR", "AJ-TEE-M", 1, new BigDecimal("1")))));
        returns.addQcExceptions(List.of(
                new QcException(REPORT_CLIENT, "RR-RECEIVED", "FO-RR", "TEE-M", "AJ-TEE-M", 1, QcResult.FAIL, CREATED),
                new QcException(REPORT_CLIENT, "RR-RECEIVED", "FO-RR", "TEE-M", "AJ-TEE-M", 1, QcResult.MISSING,
                        Instant.parse("2026-04-05T18:30:00Z"))));
    }

    @Test
    void rsiItemsAsCsv() {
        Api.Answer answer = gateway.api().get(REPORTS + "rsi-items" + DAY, SUPPORT_KEY, "text/csv");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("""
                documentId,documentCreatedAt,acceptedAt,returnId,orderId,channelSku,sku,quantity,amount,returnStatus,\
                received\r
                RSI-R1,2026-04-05T04:30:00Z,2026-04-05T04:30:02Z,RR-RECEIVED,FO-RR,AJ-TEE-M,,2,1118.60,QC_UPDATED,\
                true\r
                RSI-R1,2026-04-05T04:30:00Z,2026-04-05T04:30:02Z,RR-LATER,FO-RL,AJ-TEE-M,,1,559.30,,false\r
                """);
    }

    @Test
    void qcExceptionsAsJson() {
        Api.Answer answer = gateway.api().get(REPORTS + "qc-exceptions" + DAY, SUPPORT_KEY, Api.JSON);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).hasSize(1);
        assertThat(answer.json().get(0).toString()).isEqualTo("{\"returnId\":\"RR-RECEIVED\",\"orderId\":\"FO-RR\","
                + "\"sku\":\"TEE-M\",\"channelSku\":\"AJ-TEE-M\",\"qc\":\"FAIL\",\"quantity\":1,"
                + "\"reportedAt\":\"2026-04-05T04:30:00Z\"}");
    }
}
