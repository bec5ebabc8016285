package com.vmsflow.gateway.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Role;
import com.vmsflow.store.report.ReportRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The first rows of a report and how many rows it has in all, for the reports page: the rows are those of the JSON
 * form of {@code GET /v1/clients/{clientId}/reports/{name}} for the same range, and the count is that of its CSV
 * records, since both come from one run of the same query. Only the first rows are kept while the rest are counted.
 */
@Path("/v1/clients/{clientId}/reports/{name}/preview")
@Allowed({Role.SELLER, Role.SUPPORT})
public record ReportPreviewResource(ClientRepository clients, ReportRepository reports, JsonFactory json) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get(@PathParam("clientId") String clientId, @PathParam("name") String name,
                      @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("limit") String limit) {
        Report<?> report = Reports.named(name).orElseThrow(() -> ApiException.notFound("no report " + name
                + "; the reports are " + String.join(", ", Reports.names())));
        // Every bad parameter is named at once, the range's and the limit's.
        Map<String, String> problems = new TreeMap<>();
        int rows = limit(limit, problems);
        ReportPeriod period = null;
        try {
            period = ReportPeriod.parse(from, to);
        } catch (ApiException e) {
            problems.putAll(e.details());
        }
        if (!problems.isEmpty()) {
            throw ApiException.validationFailed(problems);
        }
        clients.find(clientId).orElseThrow(() -> ApiException.notFound("client " + clientId + " not found"));
        return preview(report, clientId, period, rows);
    }

    private static int limit(String value, Map<String, String> problems) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int limit = DIGITS.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.put("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private <T> byte[] preview(Report<T> report, String clientId, ReportPeriod period, int limit) {
        List<T> first = new ArrayList<>(Math.min(limit, DEFAULT_LIMIT));
        long[] count = {0};
        reports.stream(report.query(), clientId, period.start(), period.end(), rows -> {
            while (rows.hasNext()) {
                T row = rows.next();
                if (first.size() < limit) {
                    first.add(row);
                }
                count[0]++;
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator body = json.createGenerator(out)) {
            body.writeStartObject();
            body.writeStringField("report", report.name());
            body.writeStringField("clientId", clientId);
            body.writeStringField("from", period.from().toString());
            body.writeStringField("to", period.to().toString());
            body.writeNumberField("rowCount", count[0]);
            body.writeNumberField("limit", limit);
            body.writeArrayFieldStart("rows");
            for (T row : first) {
                body.writeStartObject();
                for (Column<T> column : report.columns()) {
                    column.json(body, row);
                }
                body.writeEndObject();
            }
            body.writeEndArray();
            body.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
