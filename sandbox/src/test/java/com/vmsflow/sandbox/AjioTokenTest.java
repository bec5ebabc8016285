package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.config.SellerAccount;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens live two seconds here, and expiring them all would disturb the shared sandbox: this one is its own. */
class AjioTokenTest {

    private static SandboxServer sandbox;
    private static Api api;
    private static SandboxClient control;

    @BeforeAll
    static void start() {
        SandboxConfiguration configuration = SandboxConfiguration.defaults(0);
        configuration.ajio.tokenTtl = Duration.seconds(2);
        configuration.ajio.sellers.add(new SellerAccount("configured-seller", "right-secret"));
        sandbox = SandboxServer.start(configuration);
        api = new Api(sandbox.baseUrl());
        control = new SandboxClient(sandbox.baseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aConfiguredSellerNeedsItsSecretAndOthersAnyNonEmptyOne() {
        Api.Reply wrong = token("configured-seller", "wrong");
        Api.Reply right = token("configured-seller", "right-secret");
        Api.Reply unconfigured = token("any-seller", "anything");
        Api.Reply empty = token("any-seller", "");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorCode()).isEqualTo("BAD_CREDENTIALS");
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body().get("expiresIn").asLong()).isEqualTo(2);
        assertThat(unconfigured.status()).isEqualTo(200);
        assertThat(empty.errorCode()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void aCallNeedsALiveTokenOfItsSeller() throws InterruptedException {
        String token = api.token("seller-a");

        Api.Reply without = api.get("/ajio/v1/orders", null);
        Api.Reply unknown = api.get("/ajio/v1/orders", "not-a-token");
        Api.Reply live = api.get("/ajio/v1/orders", token);
        Thread.sleep(2_100);
        Api.Reply expired = api.get("/ajio/v1/orders", token);

        assertThat(without.status()).isEqualTo(401);
        assertThat(without.errorCode()).isEqualTo("TOKEN_EXPIRED");
        assertThat(unknown.errorCode()).isEqualTo("TOKEN_EXPIRED");
        assertThat(live.status()).isEqualTo(200);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void theControlEndpointExpiresEveryToken() {
        String token = api.token("seller-b");
        assertThat(api.get("/ajio/v1/orders", token).status()).isEqualTo(200);

        control.expireTokens();

        assertThat(api.get("/ajio/v1/orders", token).errorCode()).isEqualTo("TOKEN_EXPIRED");
        assertThat(api.get("/ajio/v1/orders", api.token("seller-b")).status()).isEqualTo(200);
    }

    @Test
    void aCallRefusedForItsTokenIsHandledAfreshWithTheSameKeyAndANewToken() {
        String orderId = control.createOrder("seller-c", line("SKU-A", 2, "10.00")).orderId();
        String stale = api.token("seller-c");
        control.expireTokens();
        Map<String, Object> acknowledgement = Map.of("lines", List.of(new LineQuantity("1", 2)));

        Api.Reply refused = api.post("/ajio/v1/orders/" + orderId + "/acknowledgement", stale, acknowledgement,
                "ack-" + orderId);
        Api.Reply retried = api.post("/ajio/v1/orders/" + orderId + "/acknowledgement", api.token("seller-c"),
                acknowledgement, "ack-" + orderId);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(control.order("seller-c", orderId).acknowledged()).isTrue();
    }

    @Test
    void revokedCredentialsAreRefusedTheirTokensTooUntilRestored() {
        String before = api.token("seller-d");
        String otherSeller = api.token("seller-e");

        control.revokeCredentials("seller-d");
        Api.Reply oldToken = api.get("/ajio/v1/orders", before);
        Api.Reply newToken = token("seller-d", "anything");
        Api.Reply other = api.get("/ajio/v1/orders", otherSeller);
        control.restoreCredentials("seller-d");
        Api.Reply restored = token("seller-d", "anything");

        assertThat(oldToken.status()).isEqualTo(401);
        assertThat(oldToken.errorCode()).isEqualTo("TOKEN_EXPIRED");
        assertThat(newToken.status()).isEqualTo(401);
        assertThat(newToken.errorCode()).isEqualTo("BAD_CREDENTIALS");
        assertThat(newToken.body().get("message").asText()).isEqualTo("the credentials of seller seller-d are revoked");
        assertThat(other.status()).as("another seller's account is not touched").isEqualTo(200);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(api.get("/ajio/v1/orders", restored.body().get("accessToken").asText()).status()).isEqualTo(200);
        assertThat(api.get("/ajio/v1/orders", before).status()).as("a token of before the revocation stays dead")
                .isEqualTo(401);
    }

    private static Api.Reply token(String sellerId, String secret) {
        return api.post("/ajio/auth/token", null, Map.of("sellerId", sellerId, "secret", secret), null);
    }
}
