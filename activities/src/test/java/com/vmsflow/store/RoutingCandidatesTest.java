package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.config.ChannelSettings;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.LocationSettings;
import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.routing.Candidate;
import com.vmsflow.routing.LocationKind;
import com.vmsflow.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a web store order may ship from, read from PostgreSQL: the locations of the client's settings that serve the
 * channel, each with what it has available of the order's SKUs (on hand less reserved, GOOD pool).
 */
class RoutingCandidatesTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static RoutingCandidates candidates;
    private static InventoryRepository inventory;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        candidates = new RoutingCandidates(jdbi);
        inventory = new InventoryRepository(jdbi);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    /** Two web stores: the UAE's served by Dubai's warehouse and store, Qatar's by the Doha store. */
    private static ClientSettings omni(String clientId) {
        ClientSettings client = Fixtures.client(clientId, "OM");
        client.locations = List.of(
                LocationSettings.of("DXB-WH", LocationKind.WAREHOUSE, "AE", "Dubai"),
                LocationSettings.of("DXB-STORE-1", LocationKind.STORE, "AE", "Dubai"),
                LocationSettings.of("DOH-STORE-1", LocationKind.STORE, "QA", "Doha"));
        client.channels = List.of(webStore("web-ae", "DXB-WH", "DXB-STORE-1"), webStore("web-qa", "DOH-STORE-1"));
        new ClientRepository(jdbi).upsert(client);
        new ChannelRepository(jdbi).upsert(client);
        return client;
    }

    @Test
    void eachLocationOfTheChannelWithWhatItHasAvailableOfTheOrdersSkus() {
        omni("omni-a");
        inventory.setStock("omni-a", List.of(new StockLevel("TEE-M", "DXB-WH", 5, null),
                new StockLevel("TEE-M", "DXB-STORE-1", 2, null), new StockLevel("TEE-M", "DOH-STORE-1", 9, null),
                new StockLevel("JEANS-32", "DXB-WH", 1, null), new StockLevel("KURTA-L", "DXB-WH", 4, null)));

        List<Candidate> uae = candidates.of("omni-a", "web-ae", List.of("TEE-M", "JEANS-32"));

        assertThat(uae).containsExactly(
                new Candidate("DXB-STORE-1", LocationKind.STORE, "AE", "Dubai", Map.of("TEE-M", 2)),
                new Candidate("DXB-WH", LocationKind.WAREHOUSE, "AE", "Dubai", Map.of("TEE-M", 5, "JEANS-32", 1)));
        assertThat(candidates.of("omni-a", "web-qa", List.of("JEANS-32"))).as("a location without the SKU is one")
                .containsExactly(new Candidate("DOH-STORE-1", LocationKind.STORE, "QA", "Doha", Map.of()));
    }

    @Test
    void whatOtherOrdersReservedIsNotAvailable() {
        omni("omni-b");
        inventory.setStock("omni-b", List.of(new StockLevel("TEE-M", "DXB-WH", 5, null),
                new StockLevel("TEE-M", "DXB-STORE-1", 2, null), new StockLevel("TEE-M", "DOH-STORE-1", 9, null)));

        inventory.reserve("omni-b", "ORDER-1", Map.of("TEE-M", 6));

        int available = candidates.of("omni-b", "web-ae", List.of("TEE-M")).stream()
                .mapToInt(c -> c.available("TEE-M")).sum()
                + candidates.of("omni-b", "web-qa", List.of("TEE-M")).stream().mapToInt(c -> c.available("TEE-M"))
                .sum();
        assertThat(available).isEqualTo(16 - 6);
    }

    @Test
    void aLocationTheSettingsNoLongerNameGoes() {
        ClientSettings client = omni("omni-c");
        client.locations = client.locations.subList(0, 1);
        client.channels = List.of(webStore("web-ae", "DXB-WH", "DXB-STORE-1"));

        new ChannelRepository(jdbi).upsert(client);

        assertThat(candidates.of("omni-c", "web-ae", List.of("TEE-M"))).extracting(Candidate::locationId)
                .containsExactly("DXB-WH");
    }

    private static ChannelSettings webStore(String channelId, String... locations) {
        ChannelSettings channel = new ChannelSettings();
        channel.channelId = channelId;
        channel.kind = ChannelKind.WEBSTORE;
        channel.locations = List.of(locations);
        return channel;
    }
}
