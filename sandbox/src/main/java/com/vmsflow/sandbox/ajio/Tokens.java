package com.vmsflow.sandbox.ajio;

import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.config.SellerAccount;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Ajio's access tokens: issued per seller for a fixed time, all expirable at once for tests of the refresh. A seller's
 * credentials can be revoked (its tokens stop working and no new one is issued: 401) and restored.
 */
public class Tokens {

    private record Grant(String token, String sellerId, Instant expiresAt) {
    }

    private final Map<String, String> secrets;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    /** Grants in issue order; with one TTL that is also expiry order, so pruning stops at the first live one. */
    private final ConcurrentLinkedQueue<Grant> issued = new ConcurrentLinkedQueue<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    public Tokens(List<SellerAccount> accounts, Duration ttl, Clock clock) {
        this.secrets = accounts.stream().collect(Collectors.toMap(a -> a.sellerId, a -> a.secret));
        this.ttl = ttl;
        this.clock = clock;
    }

    public AccessToken issue(TokenCredentials credentials) {
        ApiException.requireBody(credentials);
        String sellerId = credentials.sellerId();
        String secret = credentials.secret();
        if (sellerId == null || sellerId.isBlank() || secret == null || secret.isBlank()) {
            throw ApiException.badCredentials("sellerId and secret are required");
        }
        String expected = secrets.get(sellerId);
        if (expected != null && !expected.equals(secret)) {
            throw ApiException.badCredentials("wrong secret for seller " + sellerId);
        }
        if (revoked.contains(sellerId)) {
            throw ApiException.badCredentials("the credentials of seller " + sellerId + " are revoked");
        }
        prune();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Grant grant = new Grant(HexFormat.of().formatHex(bytes), sellerId, clock.instant().plus(ttl));
        grants.put(grant.token(), grant);
        issued.add(grant);
        return new AccessToken(grant.token(), ttl.toSeconds());
    }

    /** The seller a live token belongs to. */
    public Optional<String> sellerOf(String token) {
        Grant grant = token == null ? null : grants.get(token);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt()) || revoked.contains(grant.sellerId())) {
            return Optional.empty();
        }
        return Optional.of(grant.sellerId());
    }

    /** Ajio refuses the seller's credentials from now on, and every token it holds. */
    public void revoke(String sellerId) {
        revoked.add(sellerId);
    }

    /** Ajio takes the seller's credentials again (its old tokens stay dead: a new one is fetched). */
    public void restore(String sellerId) {
        grants.values().removeIf(grant -> grant.sellerId().equals(sellerId));
        revoked.remove(sellerId);
    }

    public boolean revoked(String sellerId) {
        return revoked.contains(sellerId);
    }

    public void expireAll() {
        grants.clear();
        issued.clear();
    }

    private void prune() {
        Instant now = clock.instant();
        Grant head;
        while ((head = issued.peek()) != null && !now.isBefore(head.expiresAt())) {
            if (issued.remove(head)) {
                grants.remove(head.token());
            }
        }
    }
}
