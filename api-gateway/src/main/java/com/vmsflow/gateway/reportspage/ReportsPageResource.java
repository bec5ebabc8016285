package com.vmsflow.gateway.reportspage;

import com.vmsflow.gateway.auth.PublicEndpoint;
import com.vmsflow.gateway.errors.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The reports page: one HTML page, its style sheet and its script, from {@code /reports-page/} on the classpath. The
 * page needs no key to load; the person signs in on it with an API key, which its script sends to the API as a
 * Bearer token. Nothing is loaded from elsewhere, and the Content-Security-Policy holds the page to that.
 */
@Path("/reports")
@PublicEndpoint
public class ReportsPageResource {

    static final String FOLDER = "/reports-page/";

    /**
     * Only this origin's script and style, no inline script, no frames; {@code img-src data:} is the empty favicon.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private record Asset(byte[] content, MediaType type) {
    }

    private final Asset page;
    private final Map<String, Asset> files;

    public ReportsPageResource() {
        this.page = asset("index.html", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        this.files = Map.of(
                "reports.css", asset("reports.css", new MediaType("text", "css", "UTF-8")),
                "reports.js", asset("reports.js", new MediaType("text", "javascript", "UTF-8")));
    }

    @GET
    public Response page() {
        return serve(page);
    }

    @GET
    @Path("/{file}")
    public Response file(@PathParam("file") String file) {
        Asset asset = files.get(file);
        if (asset == null) {
            throw ApiException.notFound("the reports page has no file " + file);
        }
        return serve(asset);
    }

    private static Response serve(Asset asset) {
        return Response.ok(asset.content(), asset.type())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                // Small files: always revalidated, so a new release's page never runs an old script.
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    private static Asset asset(String name, MediaType type) {
        try (InputStream in = ReportsPageResource.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the classpath");
            }
            return new Asset(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
