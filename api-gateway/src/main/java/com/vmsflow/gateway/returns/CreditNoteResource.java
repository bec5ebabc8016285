package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.gst.ErpGstDocuments;
import com.vmsflow.gateway.temporal.UpdateIds;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The ERP's credit note of a CREDIT_NOTE_ERP return, handed to the return's {@code submitCreditNote} update. */
@Path("/v1/clients/{clientId}/returns/{returnId}/credit-note")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record CreditNoteResource(ErpGstDocuments erpDocuments, ReturnWorkflows workflows) {

    /**
     * 202 once the return has taken the note, which then goes to Ajio. The same note again answers the same; another
     * note for a return that has one is 409 CONFLICT, and a return that awaits none (another return model, or not
     * yet received) 409 NOT_AWAITING.
     */
    @POST
    @Allowed(Role.ERP)
    public Response submit(@PathParam("clientId") String clientId, @PathParam("returnId") String returnId,
                           @NotNull @Valid CreditNoteBody body) {
        var state = erpDocuments.submit(clientId, "return", returnId, body, note ->
                workflows.submitCreditNote(clientId, returnId, UpdateIds.of("credit-note", body), note));
        return Response.accepted(ReturnView.of(state)).build();
    }
}
