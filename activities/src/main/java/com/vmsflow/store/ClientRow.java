package com.vmsflow.store;

import com.vmsflow.client.ClientProfile;

/** A client as stored: its Ajio seller account and the profile its workflows start with. */
public record ClientRow(String clientId, String name, String ajioSellerId, ClientProfile profile) {
}
