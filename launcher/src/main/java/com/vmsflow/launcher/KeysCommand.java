package com.vmsflow.launcher;

import com.codahale.metrics.MetricRegistry;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.store.ApiKey;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Database;
import com.vmsflow.store.Role;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./vmsflow keys}: the gateway's API keys in the configuration's database. {@code create} makes a random key
 * and prints it once (only its SHA-256 is stored, so nobody can show it again); {@code list} shows the keys in use,
 * never a key; {@code revoke} stops a key, which the gateway refuses from at most
 * {@code ApiKeyAuthenticator.REMEMBER} (5 s) later.
 */
@Command(name = "keys", description = "Create, list and revoke the api-gateway's API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Callable<Integer> {

    /** Every key starts so, which lets secret scanners and people recognise one. */
    static final String PREFIX = "vf_";
    /** 256 bits: no guessing, whatever the rate limit. */
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code vf_} and 32 bytes of SecureRandom, base64url without padding: 46 characters. */
    static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The options every subcommand shares: which configuration (and so which database). */
    static final class ConfigOption {
        @Option(names = "--config", required = true, description = "configuration file, e.g. config/production.yml"
                + " (its database section, with ${VAR} from the environment)")
        Path config;
    }

    /** A subcommand that works on the configuration's database, once its arguments have passed their checks. */
    abstract static class OnDatabase implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        ConfigOption options = new ConfigOption();

        /** The checks that need no database; a {@link CommandLine.ParameterException} says what is wrong. */
        void checkArguments() {
        }

        /** The work, its exit code: 0 done, 1 refused (said on {@code err}). */
        abstract int run(Jdbi jdbi, PrintWriter out, PrintWriter err);

        @Override
        public Integer call() {
            checkArguments();
            return withDatabase(spec, options.config, jdbi -> {
                int code = run(jdbi, spec.commandLine().getOut(), spec.commandLine().getErr());
                spec.commandLine().getOut().flush();
                return code;
            });
        }
    }

    @Command(name = "create", description = "Create a key and print it once, e.g. create --config config/local.yml"
            + " --client demo-rms --role SELLER --label \"anita@brand\"")
    static final class Create extends OnDatabase {

        @Option(names = "--client", description = "the client the key belongs to (none for SUPPORT)")
        String clientId;

        @Option(names = "--role", required = true, description = "ERP, WAREHOUSE, SELLER, SUPPORT, CHANNEL (a web"
                + " store: give --channel) or STORE (a store's staff: give --location)")
        Role role;

        @Option(names = "--channel", description = "the channel a CHANNEL key serves")
        String channelId;

        @Option(names = "--location", description = "the location a STORE key serves")
        String locationId;

        @Option(names = "--label", required = true, description = "who or what uses it, e.g. anita@brand or"
                + " the warehouse's WMS")
        String label;

        @Override
        void checkArguments() {
            if ((role == Role.SUPPORT) != (clientId == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), role == Role.SUPPORT
                        ? "a SUPPORT key spans every client: give no --client"
                        : "a " + role + " key belongs to one client: give --client");
            }
            boolean channel = role == Role.CHANNEL;
            boolean store = role == Role.STORE;
            if (channel != (channelId != null) || store != (locationId != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), channel
                        ? "a CHANNEL key serves one channel: give --channel (and no --location)"
                        : store ? "a STORE key serves one location: give --location (and no --channel)"
                        : "a " + role + " key serves the whole client: give no --channel or --location");
            }
            if (label.isBlank() || label.length() > 200 || CONTROL.matcher(label).find()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--label must be 1 to 200 printable characters");
            }
        }

        @Override
        int run(Jdbi jdbi, PrintWriter out, PrintWriter err) {
            if (clientId != null && new ClientRepository(jdbi).find(clientId).isEmpty()) {
                err.println("no client " + clientId + " in the database (the gateway writes the configured clients"
                        + " when it starts)");
                return 1;
            }
            String key = newKey();
            ApiKey created = new ApiKeyRepository(jdbi).create(clientId, role,
                    channelId != null ? channelId : locationId, label.strip(), key);
            out.println("key id: " + created.keyId());
            out.println("key:    " + key);
            out.println("client: " + (created.clientId() == null ? "(all: SUPPORT)" : created.clientId())
                    + ", role: " + created.role() + (created.scope() == null ? "" : " of " + created.scope())
                    + ", label: " + created.label());
            out.println("Hand the key over now over a secure channel: only its hash is stored, it cannot be shown"
                    + " again. Send it as Authorization: Bearer <key>.");
            return 0;
        }
    }

    @Command(name = "list", description = "List the keys in use (id, client, role, label; never a key)")
    static final class ListKeys extends OnDatabase {

        @Option(names = "--client", description = "only this client's keys")
        String clientId;

        @Override
        int run(Jdbi jdbi, PrintWriter out, PrintWriter err) {
            List<ApiKey> keys = new ApiKeyRepository(jdbi).list(clientId);
            out.printf("%-8s %-20s %-10s %s%n", "ID", "CLIENT", "ROLE", "LABEL");
            for (ApiKey key : keys) {
                out.printf("%-8d %-20s %-10s %s%n", key.keyId(), key.clientId() == null ? "*" : key.clientId(),
                        key.role() + (key.scope() == null ? "" : "/" + key.scope()), key.label());
            }
            out.println(keys.size() + (keys.size() == 1 ? " key" : " keys") + " in use");
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke a key by its id (see list); the gateway refuses it within 5 s")
    static final class Revoke extends OnDatabase {

        @Parameters(index = "0", description = "the key's id")
        long keyId;

        @Override
        int run(Jdbi jdbi, PrintWriter out, PrintWriter err) {
            if (!new ApiKeyRepository(jdbi).revoke(keyId)) {
                err.println("no key with id " + keyId);
                return 1;
            }
            out.println("revoked key " + keyId + "; the gateway refuses it within 5 seconds");
            return 0;
        }
    }

    /** Runs {@code work} on the configuration's database; a database out of reach is exit code 1 with the cause. */
    private static int withDatabase(CommandSpec spec, Path configFile,
                                    Function<Jdbi, Integer> work) {
        VmsFlowConfiguration config = Configs.load(configFile, Map.of());
        config.database.setMinSize(1);
        config.database.setInitialSize(1);
        ManagedDataSource dataSource = config.database.build(new MetricRegistry(), "vmsflow-keys");
        try {
            return work.apply(Database.jdbi(dataSource));
        } catch (JdbiException e) {
            // Not the URL: it may carry a password. The cause says what failed (refused, unknown database...).
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            spec.commandLine().getErr().println("the database of " + configFile + " failed: " + root.getMessage());
            return 1;
        } finally {
            try {
                dataSource.stop();
            } catch (Exception e) {
                // the process ends next
            }
        }
    }
}
