package com.vmsflow.gateway.returns;

import com.vmsflow.config.GatewaySettings;
import com.vmsflow.gateway.gst.ErpGstDocuments;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.gateway.order.OrderLookup;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.SupportAuditRepository;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** The returns half of the API (API.md): receipts, credit notes, RTO receipts, support actions, reading returns. */
public final class ReturnsApi {

    private ReturnsApi() {
    }

    public static void register(JerseyEnvironment jersey, WorkflowClient temporal, Jdbi jdbi, OrderRepository orders,
                                OrderLookup lookup, GatewayMetrics metrics, Updates updates, GatewaySettings settings,
                                ErpGstDocuments erpDocuments) {
        ReturnRepository returns = new ReturnRepository(jdbi);
        ReturnWorkflows workflows = new ReturnWorkflows(temporal, returns, metrics, updates,
                Duration.ofMillis(settings.rtoAskAgainAfter.toMilliseconds()));
        jersey.register(new ReturnResource(workflows, returns));
        jersey.register(new ReturnReceiptResource(workflows));
        jersey.register(new CreditNoteResource(erpDocuments, workflows));
        jersey.register(new RtoReceiptResource(orders, lookup, workflows));
        jersey.register(new ReturnSupportActionResource(workflows, new SupportAuditRepository(jdbi)));
    }
}
