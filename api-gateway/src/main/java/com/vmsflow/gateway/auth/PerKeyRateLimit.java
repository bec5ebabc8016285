package com.vmsflow.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vmsflow.gateway.errors.ErrorBody;
import com.vmsflow.gateway.errors.ErrorCode;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code gateway.requestsPerSecondPerKey} requests a second per API key: a token bucket per key that holds one
 * second's worth (so a short burst passes) and refills continuously. A request over the limit is answered 429
 * RATE_LIMITED with {@code Retry-After} in whole seconds, before it reaches the resource, so it changes nothing.
 *
 * <p>Runs after the {@link ApiKeyFilter} (authorization priority): only requests with a valid key and an allowed
 * role are counted, by the key's id, so a key's limit is the same whichever client path or endpoint it calls.
 * Requests without a key never reach this filter (401 first); public endpoints are not limited. The limit is per
 * gateway process: with N gateways behind a balancer a key may send up to N times as many.
 */
@Priority(Priorities.AUTHORIZATION)
public class PerKeyRateLimit implements ContainerRequestFilter {

    /** Buckets of keys not seen for this long are dropped: a new bucket starts full, which is what it would be. */
    private static final Duration IDLE = Duration.ofMinutes(1);
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final int perSecond;
    private final TimeMeter clock;
    private final Cache<Long, Bucket> buckets;

    public PerKeyRateLimit(int requestsPerSecond) {
        this(requestsPerSecond, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a clock of the test's choosing. */
    PerKeyRateLimit(int requestsPerSecond, TimeMeter clock) {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("gateway.requestsPerSecondPerKey must be at least 1, not "
                    + requestsPerSecond);
        }
        this.perSecond = requestsPerSecond;
        this.clock = clock;
        // Bounded: an unbounded map keyed by caller would be a memory leak. Evicting a busy key early only refills it.
        this.buckets = Caffeine.newBuilder().expireAfterAccess(IDLE).maximumSize(100_000).build();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            return; // a public endpoint: no key to count by
        }
        long retryAfter = tryAcquire(caller.keyId());
        if (retryAfter > 0) {
            UnreadBody.discard(request);
            request.abortWith(ErrorBody.response(ErrorCode.RATE_LIMITED, "more than " + perSecond
                            + " requests a second with this API key; retry after " + retryAfter + " s")
                    .header("Retry-After", String.valueOf(retryAfter))
                    .build());
        }
    }

    /** Takes one request of the key's allowance: 0 when there was one, else the whole seconds until there is. */
    long tryAcquire(long keyId) {
        ConsumptionProbe probe = buckets.get(keyId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .withCustomTimePrecision(clock)
                .build();
    }
}
