package com.vmsflow.http;

import com.vmsflow.config.HttpSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Makes the one OkHttpClient (and so the one connection pool) of an outside system. */
public final class HttpClients {

    /** The worker runs up to 200 activities at once, and any of them may be calling the same system. */
    static final int MAX_CONCURRENT_CALLS = 200;

    private static final Duration KEEP_ALIVE = Duration.ofMinutes(5);

    private HttpClients() {
    }

    /**
     * Writing a JSON body gets the read timeout; a whole call may take connecting, writing and reading, so that
     * a server that trickles its answer cannot hold an activity beyond that.
     */
    public static OkHttpClient create(HttpSettings settings) {
        Duration connect = Duration.ofMillis(settings.connectTimeout.toMilliseconds());
        Duration read = Duration.ofMillis(settings.readTimeout.toMilliseconds());
        // The dispatcher limits asynchronous calls only; it is sized like the pool should anyone enqueue.
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(MAX_CONCURRENT_CALLS, KEEP_ALIVE.toMinutes(), TimeUnit.MINUTES))
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                .callTimeout(connect.plus(read).plus(read))
                .build();
    }
}
