package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void theSchemaMigratesOnARealServerAndAgainWithoutChange() {
        try (TestDatabase db = TestDatabase.create()) {
            Database.migrate(db.dataSource());
            var tables = db.jdbi().withHandle(h -> h.createQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'")
                    .mapTo(String.class).list());
            assertThat(tables).contains("clients", "api_keys", "sku_mappings", "inventory", "reservations",
                    "orders", "order_status_history", "documents", "handovers");
        }
    }
}
