package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiKeyRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static ApiKeyRepository keys;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        keys = new ApiKeyRepository(jdbi);
        Fixtures.addClient(jdbi, "keys-a");
        Fixtures.addClient(jdbi, "keys-b");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theHashIsTheLowercaseHexSha256OfTheUtf8Key() {
        assertThat(ApiKeyRepository.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeyRepository.hash("clé")).isEqualTo(ApiKeyRepository.hash("cl\u00e9")).hasSize(64);
    }

    @Test
    void aCreatedKeyIsFoundByTheKeyAndOnlyItsHashIsStored() {
        String key = "vk_live_4b1e0d6a-created";
        ApiKey created = keys.create("keys-a", Role.WAREHOUSE, "packing station", key);

        assertThat(created.keyId()).isPositive();
        assertThat(created).isEqualTo(new ApiKey(created.keyId(), "keys-a", Role.WAREHOUSE, "packing station"));
        assertThat(keys.findActive(key)).contains(created);
        assertThat(keys.findActive(key + "x")).isEmpty();
        List<String> rows = jdbi.withHandle(h -> h.createQuery("select cast(row_to_json(k) as text) from api_keys k")
                .mapTo(String.class).list());
        assertThat(rows).noneMatch(row -> row.contains(key)).anyMatch(row -> row.contains(ApiKeyRepository.hash(key)));
    }

    @Test
    void aRevokedKeyIsNoLongerFoundNorListed() {
        ApiKey key = keys.create("keys-b", Role.ERP, "erp", "vk_revoke_me");
        ApiKey kept = keys.create("keys-b", Role.SELLER, "seller", "vk_keep_me");

        assertThat(keys.revoke(key.keyId())).isTrue();
        assertThat(keys.revoke(key.keyId())).isTrue();
        assertThat(keys.revoke(999_999)).isFalse();

        assertThat(keys.findActive("vk_revoke_me")).isEmpty();
        assertThat(keys.findActive("vk_keep_me")).contains(kept);
        assertThat(keys.list("keys-b")).containsExactly(kept);
    }

    /** Issue 19: a web store's key serves one channel, a store's one location; the other roles serve the client. */
    @Test
    void aChannelOrStoreKeyNamesWhatItServesAndNoOtherRoleDoes() {
        ApiKey channel = keys.create("keys-a", Role.CHANNEL, "web-ae", "the UAE web store", "vk_channel_web_ae");
        ApiKey store = keys.create("keys-a", Role.STORE, "DXB-STORE-1", "Dubai store", "vk_store_dxb_1");
        keys.ensure("dev-channel-keys-a-web-qa", Role.CHANNEL, "keys-a", "web-qa", "dev CHANNEL");

        assertThat(keys.findActive("vk_channel_web_ae")).contains(channel);
        assertThat(channel.scope()).isEqualTo("web-ae");
        assertThat(keys.findActive("vk_store_dxb_1")).get().extracting(ApiKey::scope).isEqualTo("DXB-STORE-1");
        assertThat(keys.findActive("dev-channel-keys-a-web-qa")).get().extracting(ApiKey::scope).isEqualTo("web-qa");
        assertThat(keys.list("keys-a")).contains(channel, store);
        assertThatThrownBy(() -> keys.create("keys-a", Role.CHANNEL, null, "no channel", "vk_x1"))
                .hasMessage("a CHANNEL key serves one channel: name it");
        assertThatThrownBy(() -> keys.create("keys-a", Role.STORE, " ", "no location", "vk_x2"))
                .hasMessage("a STORE key serves one location: name it");
        assertThatThrownBy(() -> keys.create("keys-a", Role.SELLER, "web-ae", "a seller of one channel", "vk_x3"))
                .hasMessage("a SELLER key serves the whole client: it names no channel or location");
        int refused = jdbi.withHandle(h -> h.createQuery("select count(*) from api_keys where key_hash = :h")
                .bind("h", ApiKeyRepository.hash("vk_x3")).mapTo(Integer.class).one());
        assertThat(refused).as("nothing stored of a refused key").isZero();
    }

    @Test
    void listIsPerClientOrOfAll() {
        ApiKey support = keys.create(null, Role.SUPPORT, "support desk", "vk_support_list");
        ApiKey a = keys.create("keys-a", Role.SELLER, "seller a", "vk_a_list");

        assertThat(keys.list("keys-a")).contains(a).doesNotContain(support).allMatch(k -> k.clientId().equals("keys-a"));
        assertThat(keys.list(null)).contains(a, support);
    }

    @Test
    void ensureInsertsADevelopmentKeyOnce() {
        keys.ensure("dev-support", Role.SUPPORT, null, "dev support");
        keys.ensure("dev-support", Role.SUPPORT, null, "dev support");

        assertThat(keys.findActive("dev-support")).hasValueSatisfying(k -> {
            assertThat(k.role()).isEqualTo(Role.SUPPORT);
            assertThat(k.clientId()).isNull();
        });
        assertThat(keys.list(null)).filteredOn(k -> k.label().equals("dev support")).hasSize(1);
    }

    @Test
    void onlySupportKeysHaveNoClient() {
        assertThatThrownBy(() -> keys.create(null, Role.ERP, "erp", "vk_no_client"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.ensure("vk_support_with_client", Role.SUPPORT, "keys-a", "support"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(keys.findActive("vk_no_client")).isEmpty();
    }
}
