package com.vmsflow.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.store.ApiKey;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.Role;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiKeyAuthenticatorTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void aRevokedKeyStopsWorkingOnceItsAnswerIsForgotten() {
        ApiKeyRepository keys = new ApiKeyRepository(gateway.jdbi());
        ApiKey key = keys.create(GatewayHarness.RMS_CLIENT, Role.SELLER, "revoked in a test", "key-to-revoke");
        AtomicLong nanos = new AtomicLong();
        ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(keys, Duration.ofMillis(200), nanos::get);
        assertThat(authenticator.authenticate("key-to-revoke")).contains(key);

        keys.revoke(key.keyId());
        nanos.addAndGet(Duration.ofMillis(199).toNanos());

        assertThat(authenticator.authenticate("key-to-revoke")).as("remembered").contains(key);
        nanos.addAndGet(Duration.ofMillis(2).toNanos());
        assertThat(authenticator.authenticate("key-to-revoke")).isEqualTo(Optional.empty());
    }

    @Test
    void theGatewayForgetsWithinSeconds() {
        assertThat(ApiKeyAuthenticator.REMEMBER).isLessThanOrEqualTo(Duration.ofSeconds(5));
    }
}
