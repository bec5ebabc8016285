package com.vmsflow.testing;

import com.vmsflow.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;

/**
 * A fresh, migrated PostgreSQL database for one test class, on a real server: the one
 * {@code VMSFLOW_TEST_DATABASE_URL} names (a JDBC URL to a database of a server where the user may create
 * databases, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}; {@code .ci/run} sets it), or
 * else an embedded PostgreSQL started once per JVM. Connections come from a pool, as in production.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile String adminUrl;
    private static EmbeddedPostgres embedded;

    private final String name;
    private final String url;
    private final ManagedDataSource dataSource;

    private TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(url);
        factory.setUser(parameter(url, "user") == null ? "postgres" : parameter(url, "user"));
        factory.setMaxSize(32);
        this.dataSource = factory.build(new MetricRegistry(), name);
    }

    /** Creates a new database with the current schema. */
    public static TestDatabase create() {
        String admin = adminUrl();
        String name = "vmsflow_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        TestDatabase db = new TestDatabase(name, withDatabase(admin, name));
        Database.migrate(db.dataSource);
        return db;
    }

    public String jdbcUrl() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return Database.jdbi(dataSource);
    }

    /** The user name in the URL, or the embedded server's. */
    public String user() {
        String user = parameter(url, "user");
        return user == null ? "postgres" : user;
    }

    @Override
    public void close() {
        try {
            dataSource.stop();
        } catch (Exception ignored) {
            // the pool goes with the database
        }
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            // A database left behind is harmless: names are unique per process.
        }
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            String external = System.getenv("VMSFLOW_TEST_DATABASE_URL");
            if (external != null && !external.isBlank()) {
                adminUrl = external;
            } else {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                    adminUrl = embedded.getJdbcUrl("postgres", "postgres");
                    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopEmbedded));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot start embedded PostgreSQL", e);
                }
            }
        }
        return adminUrl;
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        String base = jdbcUrl.substring(0, slash + 1);
        return base + database + (query >= 0 ? jdbcUrl.substring(query) : "");
    }

    private static String parameter(String jdbcUrl, String key) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(key) && kv.length == 2) {
                return kv[1];
            }
        }
        return null;
    }
}
