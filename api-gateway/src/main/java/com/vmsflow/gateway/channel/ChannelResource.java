package com.vmsflow.gateway.channel;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.paging.PageRequest;
import com.vmsflow.gateway.support.SupportAuditTrail;
import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.GoLive;
import com.vmsflow.inventory.InventorySyncWorkflow;
import com.vmsflow.store.ChannelRepository;
import com.vmsflow.store.ChannelView;
import com.vmsflow.store.Role;
import com.vmsflow.store.SupportAuditRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/**
 * A client's sales channels with their inventory syncs' state, and support's hand on a sync: the go-live control and
 * a full reconciliation now. Support's requests are audited, refused ones too.
 */
@Path("/v1/clients/{clientId}/channels")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

    static final String GO_LIVE = "GO_LIVE";
    static final String RECONCILE = "RECONCILE";

    private final ChannelRepository channels;
    private final ChannelSyncs syncs;
    private final SupportAuditTrail audit;

    public ChannelResource(ChannelRepository channels, ChannelSyncs syncs, SupportAuditRepository audit) {
        this.channels = channels;
        this.syncs = syncs;
        this.audit = new SupportAuditTrail(audit);
    }

    @GET
    @Allowed({Role.SELLER, Role.SUPPORT})
    public ChannelPage list(@PathParam("clientId") String clientId, @Valid @BeanParam PageRequest request) {
        PageRequest.Page<ChannelState> page = request.page(channels.list(clientId, request.after(),
                request.rowsToRead()), ChannelState::of, ChannelState::channelId);
        if (page.items().stream().noneMatch(c -> c.kind() == ChannelKind.AJIO)) {
            return new ChannelPage(page.items(), page.next());
        }
        // Support reads here why the client's orders stopped coming (Ajio refusing its credentials, say).
        OrderSyncView orderSync = syncs.orderSync(clientId).orElse(null);
        return new ChannelPage(page.items().stream().map(c -> c.withOrderSync(orderSync)).toList(), page.next());
    }

    /**
     * Go-live control: a control {@link GoLive#problem()} refuses changes nothing (422, audited as refused). One the
     * sync accepted is its mode from then on (its handler sets it before it waits for the reconciliation to start), so
     * the answer shows it even when that start outlasts the gateway's wait.
     */
    @PUT
    @Path("/{channelId}/inventory-sync")
    @Allowed({Role.SUPPORT})
    public ChannelState goLive(@PathParam("clientId") String clientId, @PathParam("channelId") String channelId,
                               @NotNull @Valid GoLiveBody body, @Context SecurityContext security) {
        ChannelView channel = channel(clientId, channelId);
        ChannelRef ref = new ChannelRef(clientId, channelId);
        GoLive control = body.control();
        return audit.act(clientId, InventorySyncWorkflow.idFor(ref), GO_LIVE, body.reason(), Caller.of(security),
                () -> {
                    control.problem().ifPresent(problem -> {
                        throw ApiException.validationFailed(Map.of(body.mode() == null ? "mode" : "skus", problem));
                    });
                    syncs.goLive(ref, control);
                    return ChannelState.of(channel).under(control);
                });
    }

    /** A full reconciliation now: 202 once it has started, with its id. */
    @POST
    @Path("/{channelId}/inventory-sync/reconcile")
    @Allowed({Role.SUPPORT})
    public Response reconcile(@PathParam("clientId") String clientId, @PathParam("channelId") String channelId,
                              @NotNull @Valid ReconcileBody body, @Context SecurityContext security) {
        channel(clientId, channelId);
        ChannelRef ref = new ChannelRef(clientId, channelId);
        Caller caller = Caller.of(security);
        String reconciliationId = audit.act(clientId, InventorySyncWorkflow.idFor(ref), RECONCILE, body.reason(),
                caller, () -> syncs.reconcileNow(ref, caller.getName()).orElse(null));
        return Response.accepted(new ReconciliationStarted(reconciliationId)).build();
    }

    private ChannelView channel(String clientId, String channelId) {
        return channels.find(clientId, channelId).orElseThrow(() -> ApiException.notFound("channel " + channelId
                + " not found"));
    }
}
