package com.vmsflow.gateway.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Role;
import com.vmsflow.store.report.ReportRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finance's reports of one client by a range of days, as CSV (the default) or JSON. Rows go from the database cursor
 * straight to the response: a report of any size takes the memory of one fetch.
 */
@Path("/v1/clients/{clientId}/reports/{name}")
@Allowed({Role.SELLER, Role.SUPPORT})
public class ReportResource {

    private final ClientRepository clients;
    private final ReportRepository reports;
    // The first is the default, for a request without Accept or with */*.
    private final List<ReportFormat> formats;
    private final List<Variant> variants;

    public ReportResource(ClientRepository clients, ReportRepository reports, JsonFactory json) {
        this.clients = clients;
        this.reports = reports;
        this.formats = List.of(new ReportFormat(ReportFormat.CSV, true, "csv", new CsvReportWriter()),
                new ReportFormat(MediaType.APPLICATION_JSON_TYPE, false, "json", new JsonReportWriter(json)));
        this.variants = Variant.mediaTypes(formats.stream().map(ReportFormat::mediaType).toArray(MediaType[]::new))
                .build();
    }

    // Negotiated here rather than by @Produces: the key is checked first, and a 406 names the report's media types.
    @GET
    public Response get(@PathParam("clientId") String clientId, @PathParam("name") String name,
                        @QueryParam("from") String from, @QueryParam("to") String to, @Context Request request) {
        Report<?> report = Reports.named(name).orElseThrow(() -> ApiException.notFound("no report " + name
                + "; the reports are " + String.join(", ", Reports.names())));
        ReportFormat format = negotiate(request);
        ReportPeriod period = ReportPeriod.parse(from, to);
        // A SUPPORT key may name any client: one that does not exist has no reports.
        clients.find(clientId).orElseThrow(() -> ApiException.notFound("client " + clientId + " not found"));
        StreamingOutput body = out -> write(report, clientId, period, format, out);
        Response.ResponseBuilder response = Response.ok(body, format.mediaType());
        if (format.attachment()) {
            // Safe in a header as it is: client ids are [a-z0-9-], report names are ours, dates are ISO.
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "_" + clientId + "_"
                    + period.from() + "_" + period.to() + "." + format.extension() + "\"");
        }
        return response.build();
    }

    private ReportFormat negotiate(Request request) {
        Variant chosen = request.selectVariant(variants);
        if (chosen == null) {
            throw new ApiException(ErrorCode.NOT_ACCEPTABLE, "reports are served as " + formats.stream()
                    .map(f -> f.mediaType().getType() + "/" + f.mediaType().getSubtype())
                    .collect(Collectors.joining(" or ")));
        }
        return formats.stream().filter(f -> f.mediaType().equals(chosen.getMediaType())).findFirst().orElseThrow();
    }

    private <T> void write(Report<T> report, String clientId, ReportPeriod period, ReportFormat format,
                           OutputStream out) throws IOException {
        reports.stream(report.query(), clientId, period.start(), period.end(),
                rows -> format.writer().write(report, rows, out));
    }
}
