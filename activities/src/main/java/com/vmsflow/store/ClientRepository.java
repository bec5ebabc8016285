package com.vmsflow.store;

import com.vmsflow.client.ClientProfile;
import com.vmsflow.config.ClientSettings;
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

    public Optional<ClientRow> find(String clientId) {
        return dao.find(clientId).map(ClientDao.Stored::toRow);
    }

    /** Every client, by id. */
    public List<ClientRow> all() {
        return dao.all().stream().map(ClientDao.Stored::toRow).toList();
    }
}
