package com.vmsflow.store;

import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.client.ClientProfile;

/**
 * A client as stored: its Ajio seller account and the profile its workflows start with.
 *
 * @param fulfilledBy for a B2B2C partner, the brand that fulfils its orders; null otherwise
 * @param b2b2cTerms for a B2B2C partner, the terms its orders carry
 */
public record ClientRow(String clientId, String name, String ajioSellerId, ClientProfile profile, String fulfilledBy,
                        B2b2cTerms b2b2cTerms) {

    /** A client that sells its own stock. */
    public ClientRow(String clientId, String name, String ajioSellerId, ClientProfile profile) {
        this(clientId, name, ajioSellerId, profile, null, null);
    }
}
