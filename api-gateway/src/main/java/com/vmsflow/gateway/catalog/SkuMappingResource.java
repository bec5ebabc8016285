package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.store.ClientRepository;
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

/**
 * The seller's SKU mappings; orders FAILED for want of one of them try again. A B2B2C partner's mappings are its
 * brand's: the partner's orders are the brand's orders (seed 002), mapped to the brand's SKUs, so either client
 * uploads them and both see them as the brand's.
 */
@Path("/v1/clients/{clientId}/sku-mappings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record SkuMappingResource(SkuMappingRepository mappings, OrderRepository orders, OrderWorkflows workflows,
                                 ClientRepository clients) {

    @PUT
    @Allowed(Role.SELLER)
    public SkuMappingsWritten put(@PathParam("clientId") String clientId,
                                          @NotNull @Size(min = 1, max = 10_000)
                                          @NoDuplicates(property = "channelSku")
                                          List<@NotNull @Valid SkuMappingBody> body) {
        String owner = clients.orderProfile(clientId).map(ClientProfile::clientId).orElse(clientId);
        int written = mappings.upsert(owner, body.stream()
                .map(m -> new SkuMappingRow(m.channelSku(), m.clientSku())).toList());
        List<String> channelSkus = body.stream().map(SkuMappingBody::channelSku).toList();
        List<String> retried = orders.failedOrdersMissing(owner, channelSkus).stream()
                .filter(orderId -> workflows.retryMapping(owner, orderId))
                .toList();
        return new SkuMappingsWritten(written, retried);
    }
}
