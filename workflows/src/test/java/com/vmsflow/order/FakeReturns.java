package com.vmsflow.order;

import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.RtoItem;
import com.vmsflow.returns.ExpectationCheck;
import com.vmsflow.returns.QcException;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnActivities;
import com.vmsflow.returns.ReturnLine;
import com.vmsflow.returns.ReturnReceipt;
import com.vmsflow.returns.ReturnRecord;
import com.vmsflow.returns.ReturnWorkflow;
import io.temporal.client.WorkflowClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The returns side of VMS Flow's records in memory: orders we know, the read model, the QC report. */
class FakeReturns implements ReturnActivities {

    /** Orders we know: order id to (channel SKU to client SKU). */
    final Map<String, Map<String, String>> orders = new ConcurrentHashMap<>();
    final List<ReturnRecord> records = new CopyOnWriteArrayList<>();
    final List<QcException> qcExceptions = new CopyOnWriteArrayList<>();
    volatile WorkflowClient client;

    @Override
    public ExpectationCheck checkExpectation(String clientId, ReturnExpectation expectation) {
        Map<String, String> skus = orders.get(expectation.orderId());
        if (skus == null) {
            return new ExpectationCheck("order " + expectation.orderId() + " is not an order of " + clientId, null,
                    List.of());
        }
        List<ReturnLine> lines = expectation.items().stream().map(i -> new ReturnLine(i.lineId(), i.channelSku(),
                skus.get(i.channelSku()), i.quantity(), new BigDecimal("559.30"), new BigDecimal("5"), "6109",
                new BigDecimal("799.00")))
                .toList();
        if (lines.stream().anyMatch(l -> l.sku() == null)) {
            return new ExpectationCheck("items not on order " + expectation.orderId(), null, List.of());
        }
        return new ExpectationCheck(null, "07AAGFF2194N1Z1", lines, "BI-" + expectation.orderId());
    }

    @Override
    public void recordReturn(ReturnRecord record) {
        records.add(record);
    }

    @Override
    public void reportQcExceptions(List<QcException> exceptions) {
        qcExceptions.addAll(exceptions);
    }

    @Override
    public List<RtoItem> rtoItems(String clientId, String orderId, List<ReceivedItem> items) {
        return items.stream().map(i -> new RtoItem("AJ-" + i.sku(), i.quantity())).toList();
    }

    @Override
    public String findRtoReturn(String clientId, String orderId) {
        return records.stream().filter(r -> r.orderId().equals(orderId)
                        && r.type() == com.vmsflow.ajio.ReturnType.RTO).map(ReturnRecord::returnId).findFirst()
                .orElse(null);
    }

    @Override
    public void deliverReceipt(String clientId, String returnId, ReturnReceipt receipt) {
        client.newWorkflowStub(ReturnWorkflow.class, ReturnWorkflow.idFor(clientId, returnId)).receive(receipt);
    }
}
