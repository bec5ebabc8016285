package com.vmsflow.gateway;

import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.DevKey;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.ChannelRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the configuration's clients, their channels and the development keys to the database, where the gateway
 * reads them (the worker writes the clients and channels too: each write is idempotent).
 */
final class ConfiguredData {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredData.class);

    private ConfiguredData() {
    }

    static void write(VmsFlowConfiguration config, ClientRepository clients, ChannelRepository channels,
                      ApiKeyRepository keys) {
        clients.upsertAll(config.clients);
        config.clients.forEach(channels::upsert);
        for (DevKey key : config.devKeys) {
            Role role = Role.valueOf(key.role);
            String clientId = role == Role.SUPPORT ? null : key.clientId;
            keys.ensure(key.key, role, clientId, key.scope(), "dev " + role + (clientId == null ? "" : " " + clientId)
                    + (key.scope() == null ? "" : "/" + key.scope()));
        }
        LOG.info("configured {} clients and {} development keys", config.clients.size(), config.devKeys.size());
    }
}
