package com.vmsflow.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The schema (Flyway migrations in {@code db/migration}) and the one way VMS Flow makes its Jdbi. */
public final class Database {

    private Database() {
    }

    /** Brings the schema up to date; safe to call from several processes at once (Flyway locks). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public static Jdbi jdbi(DataSource dataSource) {
        return configure(Jdbi.create(dataSource));
    }

    public static Jdbi configure(Jdbi jdbi) {
        return jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }
}
