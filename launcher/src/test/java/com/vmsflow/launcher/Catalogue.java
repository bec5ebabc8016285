package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

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

    /**
     * What the client's Ajio channel should show of each mapped channel SKU whose client SKU starts with
     * {@code skuPrefix} ("" for all): on-hand less reserved less the buffer, from the one place it is computed.
     */
    static Map<String, Integer> expectedAtAjio(Jdbi jdbi, String client, String skuPrefix) {
        Map<String, Integer> expected = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select m.channel_sku, a.available from channel_sku_available a
                        join sku_mappings m on m.client_id = a.client_id and m.client_sku = a.client_sku
                        where a.client_id = :client and a.channel_id = 'ajio' and starts_with(a.client_sku, :prefix)
                        """).bind("client", client).bind("prefix", skuPrefix)
                .map((rs, ctx) -> expected.put(rs.getString(1), rs.getInt(2))).list());
        return expected;
    }
}
