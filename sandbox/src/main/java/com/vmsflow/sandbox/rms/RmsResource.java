package com.vmsflow.sandbox.rms;

import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Simulated;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The RMS e-invoicing API. */
@Path("/rms/v1/e-invoices")
@Simulated(OutsideSystem.RMS)
@Produces(MediaType.APPLICATION_JSON)
public record RmsResource(RmsRegistry registry) {

    @POST
    @CallName("registerEInvoice")
    public Response register(@Context ContainerRequestContext request, RegistrationRequest document) {
        if (document != null) {
            CallNote.of(request).businessKey(RmsRegistry.businessKey(document.docType(), document.docNo()));
        }
        var answer = registry.register(document);
        return CallNote.respond(request, answer.repeat() ? 200 : 201, answer);
    }

    /** A document number may hold slashes: they come as they are (Jetty refuses percent-encoded slashes). */
    @GET
    @Path("/{supplierGstin}/{docType}/{docNo: .+}")
    @CallName("getEInvoice")
    public Registration get(@Context ContainerRequestContext request,
                            @PathParam("supplierGstin") String supplierGstin, @PathParam("docType") String docType,
                            @PathParam("docNo") String docNo, @QueryParam("docDate") String docDate) {
        CallNote.of(request).businessKey(RmsRegistry.businessKey(docType, docNo));
        return registry.find(supplierGstin, docType, docNo, date(docDate)).orElseThrow(
                () -> ApiException.notFound("NOT_FOUND", "no " + docType + " " + docNo + " of " + supplierGstin));
    }

    private static LocalDate date(String docDate) {
        if (docDate == null || docDate.isBlank()) {
            throw ApiException.invalid("docDate is required: the financial year tells documents apart");
        }
        try {
            return LocalDate.parse(docDate.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("docDate must be an ISO date such as 2026-11-23");
        }
    }
}
