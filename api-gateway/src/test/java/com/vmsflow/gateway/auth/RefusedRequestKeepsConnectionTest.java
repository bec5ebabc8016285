package com.vmsflow.gateway.auth;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.GatewayHarness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request refused before its body is read (wrong role, no key, a body a few times too large) leaves the caller's
 * kept-alive connection usable: the caller's next request on it is answered, not dropped.
 */
class RefusedRequestKeepsConnectionTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void aRequestRefusedForItsKeyDoesNotCostTheConnection() throws IOException {
        String body = "{\"lines\": [{\"sku\": \"TSHIRT-M\", \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}"
                .repeat(3000);

        String[] answers = packThenRead(ERP_KEY, body);

        assertThat(answers[0]).startsWith("HTTP/1.1 403").contains("\"code\":\"FORBIDDEN\"")
                .doesNotContainIgnoringCase("Connection: close");
        assertThat(answers[1]).as("the next request on the same connection").startsWith("HTTP/1.1 404");
    }

    @Test
    void aBodyAFewTimesTooLargeIsAnswered413OnAConnectionThatStaysUsable() throws IOException {
        String body = "{\"lines\": [" + "{\"sku\": \"TEE-M\", \"packed\": 1},".repeat(100_000) + "{}]}"; // 3 MB

        String[] answers = packThenRead(WAREHOUSE_KEY, body);

        assertThat(answers[0]).startsWith("HTTP/1.1 413").contains("\"code\":\"PAYLOAD_TOO_LARGE\"")
                .doesNotContainIgnoringCase("Connection: close");
        assertThat(answers[1]).as("the next request on the same connection").startsWith("HTTP/1.1 404");
    }

    @Test
    void aBodyFarTooLargeIsNotReadAndTheConnectionEnds() throws IOException {
        URI base = URI.create(gateway.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            // Declares 64 MB and sends none of it: answered at once, from the declared length alone.
            socket.getOutputStream().write(("POST /v1/clients/" + ERP_CLIENT + "/orders/KC-1/pack HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + WAREHOUSE_KEY + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (64 << 20) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("Connection: close").contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
    }

    /** On one connection: a pack result sent with {@code key}, then a read of the order; both answers. */
    private static String[] packThenRead(String key, String body) throws IOException {
        URI base = URI.create(gateway.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(request("POST", "/v1/clients/" + ERP_CLIENT + "/orders/KC-1/pack", key, body));
            out.flush();
            String refused = readResponse(in);
            out.write(request("GET", "/v1/clients/" + ERP_CLIENT + "/orders/KC-1", ERP_KEY, null));
            out.flush();
            return new String[] {refused, readResponse(in)};
        }
    }

    private static byte[] request(String method, String path, String key, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key + "\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                + "\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(content);
        return bytes.toByteArray();
    }

    /** One response with a Content-Length body (the gateway's JSON errors), as text. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                return head.toString(StandardCharsets.US_ASCII) + "<connection closed>";
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
