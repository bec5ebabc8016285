package com.vmsflow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.json.Json;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The clients served: written from the configuration at start-up, read by the gateway and the activities. */
public class ClientRepository {

    private final ClientDao dao;

    public ClientRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(ClientDao.class);
    }

    /** Inserts the client or brings its row in line with the settings; running it again changes nothing. */
    public void upsert(ClientSettings settings) {
        ClientProfile p = settings.toProfile();
        dao.upsert(p.clientId(), settings.name, settings.ajioSellerId, p.supplierGstin(), p.eInvoicingModel(),
                p.returnModel(), p.postingMode(), settings.erpUrl, p.acknowledgementHold().toSeconds(),
                p.erpInvoiceDeadline().toSeconds(), p.invoicePrefix());
    }

    /**
     * Writes every configured client, then the partners' pairings with their brands (which may come later in the
     * list); refuses, before writing anything, pairings that cannot run ({@link ClientSettings#pairingProblems}).
     */
    public void upsertAll(List<ClientSettings> clients) {
        List<String> problems = ClientSettings.pairingProblems(clients);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the clients' B2B2C settings: " + String.join("; ", problems));
        }
        clients.forEach(this::upsert);
        for (ClientSettings client : clients) {
            B2b2cTerms terms = client.b2b2cTerms();
            dao.pair(client.clientId, client.fulfilledBy == null ? null : client.fulfilledBy.clientId,
                    terms == null ? null : json(terms));
        }
    }

    /**
     * The profile an order of this client's marketplace account starts with: the client's own, or for a B2B2C
     * partner its brand's, carrying the partner's terms (the order is the brand's).
     */
    public Optional<ClientProfile> orderProfile(String clientId) {
        return find(clientId).flatMap(client -> client.fulfilledBy() == null ? Optional.of(client.profile())
                : find(client.fulfilledBy()).map(brand -> brand.profile().fulfilling(client.b2b2cTerms())));
    }

    private static String json(B2b2cTerms terms) {
        try {
            return Json.mapper().writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("B2b2cTerms always serialize", e);
        }
    }

    public Optional<ClientRow> find(String clientId) {
        return dao.find(clientId).map(ClientDao.Stored::toRow);
    }

    /** Every client, by id. */
    public List<ClientRow> all() {
        return dao.all().stream().map(ClientDao.Stored::toRow).toList();
    }
}
