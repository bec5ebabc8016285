package com.vmsflow.gateway.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okio.Buffer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every exchange the tests have with the gateway, checked against the OpenAPI document it serves
 * ({@code /openapi.json} on the classpath) by Atlassian's OpenAPI validator: the request (path, parameters, headers,
 * content type, body), and the answer (status documented for the operation, content type, headers, body by its
 * schema). A request that breaks the document (the hostile and careless ones the tests send on purpose) must be
 * refused with a 4xx, and that answer is checked as well.
 *
 * <p>The HTTP helpers report each exchange here ({@link #okHttp()} for OkHttp clients, {@link #check} for the
 * others); this class, auto-registered as a JUnit extension (junit.jupiter.extensions.autodetection.enabled), fails
 * the test during which an exchange broke the document, so the document and the gateway cannot drift apart.
 */
public final class OpenApiConformance implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(document())
            .build();

    /** The violations since the last test ended: reported by the exchanges, from any thread. */
    private static final List<String> VIOLATIONS = new ArrayList<>();

    /**
     * Checks one exchange and records what breaks the document.
     *
     * @return the violations, empty when the exchange conforms
     */
    public static Optional<String> check(String method, URI uri, Map<String, List<String>> requestHeaders,
                                         byte[] requestBody, int status, Map<String, List<String>> responseHeaders,
                                         byte[] responseBody) {
        Request.Method verb = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        String path = uri.getRawPath();
        SimpleRequest.Builder request = new SimpleRequest.Builder(verb, path);
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null && requestBody.length > 0) {
            request.withBody(requestBody);
        }
        query(uri).forEach(request::withQueryParam);
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        responseHeaders.forEach(response::withHeader);
        if (responseBody != null && responseBody.length > 0) {
            response.withBody(responseBody);
        }

        String exchange = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " -> " + status;
        List<String> problems = new ArrayList<>();
        ValidationReport requestReport = VALIDATOR.validateRequest(request.build());
        boolean unknownOperation = requestReport.getMessages().stream().anyMatch(m ->
                m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"));
        if (requestReport.hasErrors() && (status < 400 || status >= 500)) {
            problems.add("a request that breaks the document was answered " + status + " (it must be refused with a"
                    + " 4xx): " + messages(requestReport));
        }
        if (!unknownOperation) {
            ValidationReport answer = VALIDATOR.validateResponse(path, verb, response.build());
            if (answer.hasErrors()) {
                problems.add("the answer breaks the document: " + messages(answer));
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String violation = exchange + ": " + String.join("; ", problems) + "\n    answer: "
                + abbreviated(responseBody);
        synchronized (VIOLATIONS) {
            VIOLATIONS.add(violation);
        }
        return Optional.of(violation);
    }

    /** The same for an exchange of {@code java.net.http}. */
    public static Optional<String> check(java.net.http.HttpRequest request, String requestBody,
                                         java.net.http.HttpResponse<String> response) {
        return check(request.method(), request.uri(), headers(request.headers()),
                requestBody == null ? null : requestBody.getBytes(StandardCharsets.UTF_8), response.statusCode(),
                headers(response.headers()), response.body() == null ? null
                        : response.body().getBytes(StandardCharsets.UTF_8));
    }

    /** An interceptor that checks every exchange of an OkHttp client with the gateway. */
    public static Interceptor okHttp() {
        return chain -> {
            okhttp3.Request request = chain.request();
            byte[] body = null;
            if (request.body() != null) {
                Buffer buffer = new Buffer();
                request.body().writeTo(buffer);
                body = buffer.readByteArray();
            }
            Map<String, List<String>> requestHeaders = new LinkedHashMap<>(request.headers().toMultimap());
            if (request.body() != null && request.body().contentType() != null) {
                requestHeaders.putIfAbsent("Content-Type", List.of(request.body().contentType().toString()));
            }
            okhttp3.Response response = chain.proceed(request);
            check(request.method(), request.url().uri(), requestHeaders, body, response.code(),
                    response.headers().toMultimap(), response.peekBody(Long.MAX_VALUE).bytes());
            return response;
        };
    }

    /**
     * {@link #okHttp()} as a class, for what finds its interceptors as services (META-INF/services/okhttp3.Interceptor):
     * the sandbox's ERPs in the launcher's stack.
     */
    public static final class OkHttpCheck implements Interceptor {

        private final Interceptor check = okHttp();

        @Override
        public okhttp3.Response intercept(Chain chain) throws IOException {
            return check.intercept(chain);
        }
    }

    /** The violations recorded so far, which are forgotten. */
    public static List<String> drain() {
        synchronized (VIOLATIONS) {
            List<String> all = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            return all;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        drain();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOnViolations();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnViolations();
    }

    private static void failOnViolations() {
        List<String> violations = drain();
        if (!violations.isEmpty()) {
            Set<String> distinct = new LinkedHashSet<>(violations);
            throw new AssertionError(violations.size() + " exchange(s) with the gateway broke its OpenAPI document"
                    + " (/openapi.json):\n  " + distinct.stream().limit(20).collect(Collectors.joining("\n  ")));
        }
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "[" + m.getKey() + "] " + m.getMessage() + m.getContext()
                        .flatMap(c -> c.getPointers().map(p -> " at " + p.getInstance())).orElse(""))
                .collect(Collectors.joining(" | "));
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static Map<String, List<String>> headers(HttpHeaders headers) {
        return headers.map();
    }

    private static String abbreviated(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    private static String document() {
        try (InputStream in = OpenApiConformance.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("/openapi.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
