package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.Role;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.SkuMappingRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The seller's SKU mappings; orders FAILED for want of one of them try again. */
@Path("/v1/clients/{clientId}/sku-mappings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record SkuMappingResource(SkuMappingRepository mappings, OrderRepository orders, OrderWorkflows workflows) {

    @PUT
    @Allowed(Role.SELLER)
    public SkuMappingsWritten put(@PathParam("clientId") String clientId,
                                          @NotNull @Size(min = 1, max = 10_000)
                                          @NoDuplicates(property = "channelSku")
                                          List<@NotNull @Valid SkuMappingBody> body) {
        int written = mappings.upsert(clientId, body.stream()
                .map(m -> new SkuMappingRow(m.channelSku(), m.clientSku())).toList());
        List<String> channelSkus = body.stream().map(SkuMappingBody::channelSku).toList();
        List<String> retried = orders.failedOrdersMissing(clientId, channelSkus).stream()
                .filter(orderId -> workflows.retryMapping(clientId, orderId))
                .toList();
        return new SkuMappingsWritten(written, retried);
    }
}
