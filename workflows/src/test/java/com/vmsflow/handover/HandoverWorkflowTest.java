package com.vmsflow.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.B2bOrder;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.ajio.Manifest;
import com.vmsflow.ajio.ShippingDocuments;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.HandedOver;
import com.vmsflow.replay.Histories;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A handover of more shipments than one Ajio manifest holds makes several, and tells every order. */
class HandoverWorkflowTest {

    /** A packed order that only waits to be handed over. */
    public static class PackedOrder implements ForwardOrderWorkflow {
        private HandedOver handover;

        @Override
        public com.vmsflow.order.OrderState run(com.vmsflow.order.NewOrder order) {
            Workflow.await(java.time.Duration.ofDays(1), () -> handover != null);
            return null;
        }

        @Override
        public com.vmsflow.order.OrderState state() {
            return null;
        }

        @Override
        public void handedOver(HandedOver handedOver) {
            handover = handedOver;
            HANDED_OVER.add(Workflow.getInfo().getWorkflowId() + "=" + handedOver.manifestId());
        }

        @Override public void ajioCancellation(com.vmsflow.ajio.AjioCancellation cancellation) { }
        @Override public void ajioOrderUpdate(com.vmsflow.ajio.AjioOrderUpdate update) { }
        @Override public void skuMappingsUploaded() { }
        @Override public void inventoryUpdated() { }
        @Override public com.vmsflow.order.OrderState support(com.vmsflow.flow.SupportRequest r) { return null; }
        @Override public void validateSupport(com.vmsflow.flow.SupportRequest request) { }
        @Override public com.vmsflow.order.OrderState pack(com.vmsflow.order.PackResult result) { return null; }
        @Override public void validatePack(com.vmsflow.order.PackResult result) { }
        @Override public com.vmsflow.order.OrderState cancel(com.vmsflow.order.CancellationRequest r) { return null; }
        @Override public void validateCancel(com.vmsflow.order.CancellationRequest request) { }
        @Override public com.vmsflow.order.OrderState submitB2bInvoice(EInvoice invoice) { return null; }
        @Override public void validateB2bInvoice(EInvoice invoice) { }
        @Override public com.vmsflow.order.OrderState submitB2b2cInvoice(EInvoice invoice) { return null; }
        @Override public void validateB2b2cInvoice(EInvoice invoice) { }
    }

    static final List<String> HANDED_OVER = new CopyOnWriteArrayList<>();
    static final List<List<String>> MANIFESTED = new CopyOnWriteArrayList<>();
    /** The seller account of each manifest, in the order they were made. */
    static final List<String> ACCOUNTS = new CopyOnWriteArrayList<>();

    static class ManifestingAjio implements AjioActivities {
        @Override
        public Manifest createManifest(String clientId, String handoverId, String courier, List<String> shipmentIds,
                                       String idempotencyKey) {
            MANIFESTED.add(shipmentIds);
            ACCOUNTS.add(clientId);
            return new Manifest("MF-" + idempotencyKey, shipmentIds);
        }

        @Override public AjioOrder readOrder(String c, String o) { throw new UnsupportedOperationException(); }
        @Override public AjioOrder acknowledge(String c, String o, List<LineQuantity> l, String k) {
            throw new UnsupportedOperationException(); }
        @Override public B2bOrder fetchB2bOrder(String c, String o) { throw new UnsupportedOperationException(); }
        @Override public AjioOrder cancelQuantities(String c, String o, List<LineQuantity> l, String r, String k) {
            throw new UnsupportedOperationException(); }
        @Override public void uploadB2bInvoice(String c, String o, EInvoice i, String k) {
            throw new UnsupportedOperationException(); }
        @Override public ShippingDocuments fetchShippingDocuments(String c, String o) {
            throw new UnsupportedOperationException(); }
        @Override public void updateQc(String c, String r, List<com.vmsflow.ajio.QcItem> i, String k) {
            throw new UnsupportedOperationException(); }
        @Override public void uploadCreditNote(String c, String r, EInvoice n, String k) {
            throw new UnsupportedOperationException(); }
        @Override public void requestRto(String c, String o, List<com.vmsflow.ajio.RtoItem> i, String k) {
            throw new UnsupportedOperationException(); }
        @Override public void acceptRsiDocument(String c, String d, String k) {
            throw new UnsupportedOperationException(); }
    }

    private TestWorkflowEnvironment env;
    private WorkflowClient client;

    @BeforeEach
    void setUp() {
        HANDED_OVER.clear();
        MANIFESTED.clear();
        ACCOUNTS.clear();
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                        .setDataConverter(DataConverters.vmsflow()).build()).build());
        Worker worker = env.newWorker(TaskQueues.VMSFLOW);
        worker.registerWorkflowImplementationTypes(HandoverWorkflowImpl.class, PackedOrder.class);
        worker.registerActivitiesImplementations(new ManifestingAjio());
        env.start();
        client = env.getWorkflowClient();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void aBatchOf260ShipmentsMakesTwoManifestsOf250And10AndTellsEveryOrder() {
        List<String> orderIds = IntStream.rangeClosed(1, 260).mapToObj(i -> "FL" + i).toList();
        for (String orderId : orderIds) {
            ForwardOrderWorkflow order = client.newWorkflowStub(ForwardOrderWorkflow.class, WorkflowOptions
                    .newBuilder().setTaskQueue(TaskQueues.VMSFLOW)
                    .setWorkflowId(ForwardOrderWorkflow.idFor("demo-rms", orderId)).build());
            WorkflowClient.start(order::run, null);
        }
        HandoverWorkflow handover = client.newWorkflowStub(HandoverWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(HandoverWorkflow.idFor("demo-rms", "H-1")).build());

        HandoverResult result = handover.run(new HandoverRequest("demo-rms", "H-1", "Delhivery", orderIds));

        Histories.record(client, HandoverWorkflow.idFor("demo-rms", "H-1"), null, "handover_demo-rms_H-1_two_manifests");
        assertThat(result.complete()).isTrue();
        assertThat(result.manifests()).extracting(m -> m.shipmentIds().size()).containsExactly(250, 10);
        assertThat(result.manifests()).extracting(Manifest::manifestId).containsExactly("MF-H-1/1", "MF-H-1/2");
        assertThat(MANIFESTED).hasSize(2);
        // The handover has signalled every order; each order's workflow takes its signal in its own time.
        long deadline = System.currentTimeMillis() + 15_000;
        while (HANDED_OVER.size() < 260 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(HANDED_OVER).hasSize(260).contains("order:demo-rms:FL1=MF-H-1/1", "order:demo-rms:FL260=MF-H-1/2");
    }

    /** B2B2C: the brand hands over its own orders and its partner's together; each account gets its manifests. */
    @Test
    void thePartnersOrdersGoOnManifestsOfThePartnersAccountAfterTheBrandsOwn() {
        List<String> orderIds = List.of("OWN-1", "PARTNER-1", "OWN-2", "PARTNER-2");
        for (String orderId : orderIds) {
            ForwardOrderWorkflow order = client.newWorkflowStub(ForwardOrderWorkflow.class, WorkflowOptions
                    .newBuilder().setTaskQueue(TaskQueues.VMSFLOW)
                    .setWorkflowId(ForwardOrderWorkflow.idFor("demo-brand", orderId)).build());
            WorkflowClient.start(order::run, null);
        }
        HandoverWorkflow handover = client.newWorkflowStub(HandoverWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(HandoverWorkflow.idFor("demo-brand", "H-B2B2C"))
                .build());

        HandoverResult result = handover.run(new HandoverRequest("demo-brand", "H-B2B2C", "Delhivery", orderIds,
                java.util.Map.of("PARTNER-1", "demo-partner", "PARTNER-2", "demo-partner")));

        Histories.record(client, HandoverWorkflow.idFor("demo-brand", "H-B2B2C"), null,
                "handover_demo-brand_H-B2B2C_partner_manifest");
        assertThat(result.manifests()).extracting(Manifest::shipmentIds)
                .containsExactly(List.of("OWN-1", "OWN-2"), List.of("PARTNER-1", "PARTNER-2"));
        assertThat(ACCOUNTS).containsExactly("demo-brand", "demo-partner");
        long deadline = System.currentTimeMillis() + 15_000;
        while (HANDED_OVER.size() < 4 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(HANDED_OVER).as("every order is the brand's workflow").containsExactlyInAnyOrder(
                "order:demo-brand:OWN-1=MF-H-B2B2C/1", "order:demo-brand:OWN-2=MF-H-B2B2C/1",
                "order:demo-brand:PARTNER-1=MF-H-B2B2C/2", "order:demo-brand:PARTNER-2=MF-H-B2B2C/2");
    }

    @Test
    void batchesAreCutAtTheManifestLimit() {
        assertThat(HandoverWorkflowImpl.batchesOf(IntStream.range(0, 500).mapToObj(String::valueOf).toList()))
                .extracting(List::size).containsExactly(250, 250);
        assertThat(HandoverWorkflowImpl.batchesOf(List.of("A"))).containsExactly(List.of("A"));
    }
}
