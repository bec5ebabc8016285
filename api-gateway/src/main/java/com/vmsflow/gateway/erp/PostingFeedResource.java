package com.vmsflow.gateway.erp;

import com.vmsflow.client.PostingMode;
import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.PostingRepository;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * PULL mode's postings feed: the ERP reads its postings in cursor order and acknowledges what it has taken; the feed
 * never serves an acknowledged posting again. A PUSH client's postings go to its ERP's URL instead.
 */
@Path("/v1/clients/{clientId}/postings")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ERP)
public record PostingFeedResource(ClientRepository clients, PostingRepository postings) {

    @GET
    public PostingPage feed(@PathParam("clientId") String clientId,
                            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        requirePull(clientId);
        List<FeedPosting> page = postings.feed(clientId, after, limit).stream().map(FeedPosting::of).toList();
        // An empty page still moves the reader past what it has acknowledged, so it may keep `next` as its cursor.
        long next = page.isEmpty() ? Math.max(after, postings.ackedUpTo(clientId)) : page.get(page.size() - 1).cursor();
        return new PostingPage(page, next);
    }

    @POST
    @Path("/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostingsAcked ack(@PathParam("clientId") String clientId, @NotNull @Valid PostingAckBody body) {
        requirePull(clientId);
        PostingRepository.Ack ack = postings.ack(clientId, body.upTo());
        if (ack.beyondLast()) {
            throw ApiException.validationFailed(Map.of("upTo", "is beyond the last posting, " + ack.lastCursor()));
        }
        return new PostingsAcked(ack.ackedUpTo());
    }

    private void requirePull(String clientId) {
        PostingMode mode = clients.find(clientId)
                .orElseThrow(() -> ApiException.notFound("client " + clientId + " not found"))
                .profile().postingMode();
        if (mode != PostingMode.PULL) {
            throw new ApiException(ErrorCode.NOT_AWAITING, "client " + clientId + " receives its postings by " + mode);
        }
    }
}
