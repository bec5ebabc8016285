package com.vmsflow.gateway.report;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.store.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The reports the calling key may read, with their columns: what the reports page offers after sign-in. */
@Path("/v1/reports")
@Allowed({Role.SELLER, Role.SUPPORT})
public class ReportCatalogResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReportCatalog get(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return new ReportCatalog(caller.role().name(), caller.clientId(), ReportPeriod.MAX_DAYS,
                Reports.ALL.stream().map(ReportCatalog.Entry::of).toList());
    }
}
