package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** The end-to-end tests' catalogue: AJ-TEE-M and AJ-JEANS-32 mapped and in stock, put through the gateway. */
final class Catalogue {

    private Catalogue() {
    }

    static void stock(GatewayClient gateway, List<String> clients, int quantity) {
        for (String client : clients) {
            assertThat(gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/sku-mappings",
                    List.of(Map.of("channelSku", "AJ-TEE-M", "clientSku", "TEE-M"),
                            Map.of("channelSku", "AJ-JEANS-32", "clientSku", "JEANS-32"))).status()).isEqualTo(200);
            assertThat(gateway.put("dev-warehouse-" + client, "/v1/clients/" + client + "/inventory",
                    List.of(Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", quantity),
                            Map.of("sku", "JEANS-32", "location", "WH-BLR", "quantity", quantity))).status())
                    .isEqualTo(200);
        }
    }
}
