package com.vmsflow.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.config.HttpSettings;
import io.dropwizard.util.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

    @Test
    void takesTheTimeoutsOfTheSettingsAndCarriesManyConcurrentCalls() {
        HttpSettings settings = new HttpSettings();
        settings.connectTimeout = Duration.seconds(2);
        settings.readTimeout = Duration.seconds(10);

        OkHttpClient client = HttpClients.create(settings);

        assertThat(client.connectTimeoutMillis()).isEqualTo(2_000);
        assertThat(client.readTimeoutMillis()).isEqualTo(10_000);
        assertThat(client.writeTimeoutMillis()).isEqualTo(10_000);
        assertThat(client.callTimeoutMillis()).isEqualTo(22_000);
        assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(HttpClients.MAX_CONCURRENT_CALLS);
        assertThat(client.dispatcher().getMaxRequests()).isEqualTo(HttpClients.MAX_CONCURRENT_CALLS);
    }
}
