package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SkuMappingRepositoryTest {

    private static TestDatabase db;
    private static SkuMappingRepository mappings;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        Jdbi jdbi = db.jdbi();
        mappings = new SkuMappingRepository(jdbi);
        Fixtures.addClient(jdbi, "map-a");
        Fixtures.addClient(jdbi, "map-b");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void upsertWritesAndReplacesAndFindAnswersOnlyMappedSkus() {
        assertThat(mappings.upsert("map-a", List.of(new SkuMappingRow("AJ-1", "C-1"), new SkuMappingRow("AJ-2", "C-2"))))
                .isEqualTo(2);
        assertThat(mappings.upsert("map-a", List.of(new SkuMappingRow("AJ-2", "C-2b")))).isEqualTo(1);

        assertThat(mappings.find("map-a", List.of("AJ-1", "AJ-2", "AJ-3"))).isEqualTo(Map.of("AJ-1", "C-1", "AJ-2", "C-2b"));
        assertThat(mappings.find("map-b", List.of("AJ-1"))).isEmpty();
        assertThat(mappings.find("map-a", List.of())).isEmpty();
        assertThat(mappings.upsert("map-a", List.of())).isZero();
    }

    @Test
    void anUploadIsWrittenWhollyOrNotAtAll() {
        assertThatThrownBy(() -> mappings.upsert("map-b",
                List.of(new SkuMappingRow("AJ-7", "C-7"), new SkuMappingRow("AJ-8", null))))
                .hasMessageContaining("client_sku");

        assertThat(mappings.find("map-b", List.of("AJ-7", "AJ-8"))).isEmpty();
    }
}
