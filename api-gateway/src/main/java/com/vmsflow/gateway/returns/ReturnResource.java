package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.ReturnRow;
import com.vmsflow.store.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading returns: one return's full state, or pages of the read model (e.g. the returns still EXPECTED). */
@Path("/v1/clients/{clientId}/returns")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SELLER, Role.SUPPORT, Role.ERP, Role.WAREHOUSE})
public class ReturnResource {

    private final ReturnWorkflows workflows;
    private final ReturnRepository returns;

    public ReturnResource(ReturnWorkflows workflows, ReturnRepository returns) {
        this.workflows = workflows;
        this.returns = returns;
    }

    @GET
    @Path("/{returnId}")
    public ReturnView get(@PathParam("clientId") String clientId, @PathParam("returnId") String returnId) {
        return workflows.find(clientId, returnId)
                .orElseThrow(() -> ApiException.notFound("return " + returnId + " not found"));
    }

    @GET
    public ReturnPage list(@PathParam("clientId") String clientId,
                           @QueryParam("status") String status,
                           @QueryParam("after") @Size(max = 200) String after,
                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        // One more than asked tells whether there is a next page.
        List<ReturnRow> rows = returns.list(clientId, status(status), after, limit + 1);
        List<ReturnSummary> page = rows.stream().limit(limit).map(ReturnSummary::of).toList();
        String next = rows.size() > limit ? page.get(page.size() - 1).returnId() : null;
        return new ReturnPage(page, next);
    }

    private static ReturnStatus status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        return Arrays.stream(ReturnStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ApiException.validationFailed(Map.of("status", "must be one of "
                        + Arrays.stream(ReturnStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
