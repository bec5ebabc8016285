package com.vmsflow.gateway.client;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The clients VMS Flow serves, by id: for SUPPORT keys, which act for any of them (the reports page's picker). */
@Path("/v1/clients")
@Allowed(Role.SUPPORT)
public record ClientListResource(ClientRepository clients) {

    /** A client as the list shows it. */
    public record ClientSummary(String clientId, String name) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ClientSummary> list() {
        return clients.all().stream().map(c -> new ClientSummary(c.clientId(), c.name())).toList();
    }
}
