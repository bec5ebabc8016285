package com.vmsflow.gateway.bulk;

import com.vmsflow.gateway.metrics.GatewayMetrics;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.store.BulkOrderRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.SupportAuditRepository;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.temporal.client.WorkflowClient;
import org.jdbi.v3.core.Jdbi;

/** The bulk orders of the API (API.md, "Release 2 additions"). */
public final class BulkOrdersApi {

    private BulkOrdersApi() {
    }

    public static void register(JerseyEnvironment jersey, WorkflowClient temporal, Jdbi jdbi, ClientRepository clients,
                                GatewayMetrics metrics, Updates updates) {
        BulkOrderRepository bulkOrders = new BulkOrderRepository(jdbi);
        jersey.register(new BulkOrderResource(new BulkOrderWorkflows(temporal, bulkOrders, metrics, updates),
                bulkOrders, clients, new SupportAuditRepository(jdbi)));
    }
}
