package com.vmsflow.ajio;

import com.vmsflow.config.ClientSettings;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the Ajio seller account of a client. */
@FunctionalInterface
public interface SellerAccounts {

    Optional<SellerAccount> find(String clientId);

    /** The accounts of the configured clients. */
    static SellerAccounts of(Collection<ClientSettings> clients) {
        Map<String, SellerAccount> byClient = clients.stream().collect(Collectors.toUnmodifiableMap(
                client -> client.clientId, client -> new SellerAccount(client.ajioSellerId, client.ajioSecret)));
        return clientId -> Optional.ofNullable(byClient.get(clientId));
    }
}
