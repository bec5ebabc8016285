package com.vmsflow.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.store.ApiKey;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.Role;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiKeyAuthenticatorTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void aRevokedKeyStopsWorkingOnceItsAnswerIsForgotten() throws InterruptedException {
        ApiKeyRepository keys = new ApiKeyRepository(gateway.jdbi());
        ApiKey key = keys.create(GatewayHarness.RMS_CLIENT, Role.SELLER, "revoked in a test", "key-to-revoke");
        ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(keys, Duration.ofMillis(200));
        assertThat(authenticator.authenticate("key-to-revoke")).contains(key);

        keys.revoke(key.keyId());

        assertThat(authenticator.authenticate("key-to-revoke")).as("remembered").contains(key);
        Thread.sleep(300);
        assertThat(authenticator.authenticate("key-to-revoke")).isEqualTo(Optional.empty());
    }

    @Test
    void theGatewayForgetsWithinSeconds() {
        assertThat(ApiKeyAuthenticator.REMEMBER).isLessThanOrEqualTo(Duration.ofSeconds(5));
    }
}
