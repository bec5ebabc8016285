package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.vmsflow.gateway.auth.ApiKeyAuthenticator;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.testing.CapturedLogs;
import com.vmsflow.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * API keys end to end: {@code ./vmsflow keys create|list|revoke} on the configuration's database, the new key at
 * the real gateway (its client and role only), revoked and refused within the authenticator's memory; the per-key
 * rate limit (429 RATE_LIMITED with Retry-After, other keys unaffected); and no key, nor its hash, in any log line
 * while keys are used, refused and revoked.
 */
class ApiKeysEndToEndTest {

    /** Low, so that a test can go over it without a load generator. */
    private static final int PER_SECOND = 20;
    private static final Pattern CREATED = Pattern.compile("key id: (\\d+)\\s+key:\\s+(vf_[A-Za-z0-9_-]{43})\\s");

    private static TestDatabase database;
    private static LocalStack stack;
    private static RawHttp http;
    private static Path config;

    /** What one run of {@code ./vmsflow ...} printed and answered. */
    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void start() throws IOException {
        database = TestDatabase.create();
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), c -> c.gateway.requestsPerSecondPerKey = PER_SECOND));
        http = new RawHttp(stack.gatewayUrl());
        // config/local.yml as it is, but for the database: the one this test's gateway uses.
        String local = Files.readString(Path.of("..", "config", "local.yml"));
        String url = "${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/vmsflow}";
        assertThat(local).contains(url);
        config = Files.createTempFile("vmsflow-keys-", ".yml");
        Files.writeString(config, local.replace(url, database.jdbcUrl()));
    }

    @AfterAll
    static void stop() throws IOException {
        stack.close();
        database.close();
        Files.deleteIfExists(config);
    }

    @Test
    void aKeyMadeByTheCommandWorksForItsClientAndRoleOnlyAndStopsWithinSecondsOfItsRevocation() throws Exception {
        Run created = vmsflow("keys", "create", "--config", config.toString(), "--client", "demo-rms", "--role",
                "SELLER", "--label", "anita@brand");
        assertThat(created.exitCode()).as(created.err()).isZero();
        Matcher printed = CREATED.matcher(created.out());
        assertThat(printed.find()).as(created.out()).isTrue();
        long keyId = Long.parseLong(printed.group(1));
        String key = printed.group(2);

        assertThat(count("select count(*) from api_keys where key_hash = '" + ApiKeyRepository.hash(key) + "'"))
                .as("stored as its hash").isOne();
        assertThat(count("select count(*) from api_keys t where position('" + key.substring(3) + "' in t::text) > 0"))
                .as("the key itself is nowhere in the table").isZero();
        assertThat(get(key, "/v1/clients/demo-rms/orders").status()).isEqualTo(200);
        assertThat(get(key, "/v1/clients/demo-erp/orders").status()).as("another client's").isEqualTo(404);
        assertThat(http.send("POST", "/v1/clients/demo-rms/orders/FL1/pack", "Bearer " + key, "application/json",
                null, "{}").status()).as("a warehouse's endpoint").isEqualTo(403);

        Run listed = vmsflow("keys", "list", "--config", config.toString(), "--client", "demo-rms");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).containsPattern("(?m)^" + keyId + "\\s+demo-rms\\s+SELLER\\s+anita@brand$")
                .doesNotContain(key).doesNotContain("vf_");

        Run revoked = vmsflow("keys", "revoke", String.valueOf(keyId), "--config", config.toString());
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        long revokedAt = System.nanoTime();
        RawHttp.Answer refused = get(key, "/v1/clients/demo-rms/orders");
        while (refused.status() == 200
                && System.nanoTime() - revokedAt < ApiKeyAuthenticator.REMEMBER.plusSeconds(2).toNanos()) {
            Thread.sleep(100);
            refused = get(key, "/v1/clients/demo-rms/orders");
        }
        long millis = (System.nanoTime() - revokedAt) / 1_000_000;
        assertThat(refused.status()).as("refused %d ms after the revocation", millis).isEqualTo(401);
        assertThat(refused.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(millis).isLessThanOrEqualTo(ApiKeyAuthenticator.REMEMBER.toMillis() + 1_000);
        assertThat(vmsflow("keys", "list", "--config", config.toString()).out()).doesNotContainPattern(
                "(?m)^" + keyId + "\\s");
        System.out.printf("keys: a revoked key was refused %d ms after ./vmsflow keys revoke%n", millis);
    }

    @Test
    void theCommandRefusesWhatCannotBeAKey() {
        String file = config.toString();
        assertThat(vmsflow("keys", "create", "--config", file, "--role", "SELLER", "--label", "x").exitCode())
                .as("a SELLER key without a client").isEqualTo(2);
        assertThat(vmsflow("keys", "create", "--config", file, "--client", "demo-rms", "--role", "SUPPORT",
                "--label", "x").exitCode()).as("a SUPPORT key of one client").isEqualTo(2);
        assertThat(vmsflow("keys", "create", "--config", file, "--client", "demo-rms", "--role", "ADMIN",
                "--label", "x").exitCode()).as("no such role").isEqualTo(2);
        assertThat(vmsflow("keys", "create", "--config", file, "--client", "demo-rms", "--role", "ERP",
                "--label", "line\nbreak").exitCode()).as("a label with a newline").isEqualTo(2);
        assertThat(vmsflow("keys", "create", "--config", file, "--client", "demo-rms", "--role", "CHANNEL",
                "--label", "x").exitCode()).as("a CHANNEL key without its channel").isEqualTo(2);
        assertThat(vmsflow("keys", "create", "--config", file, "--client", "demo-rms", "--role", "STORE",
                "--channel", "web-ae", "--label", "x").exitCode()).as("a STORE key naming a channel").isEqualTo(2);
        assertThat(vmsflow("keys", "create", "--config", file, "--client", "demo-rms", "--role", "ERP",
                "--location", "DXB-STORE-1", "--label", "x").exitCode()).as("an ERP key of one location")
                .isEqualTo(2);
        Run unknownClient = vmsflow("keys", "create", "--config", file, "--client", "nobody", "--role", "ERP",
                "--label", "x");
        assertThat(unknownClient.exitCode()).isEqualTo(1);
        assertThat(unknownClient.err()).contains("no client nobody");
        Run unknownKey = vmsflow("keys", "revoke", "987654", "--config", file);
        assertThat(unknownKey.exitCode()).isEqualTo(1);
        assertThat(unknownKey.err()).contains("no key with id 987654");

        Run support = vmsflow("keys", "create", "--config", file, "--role", "SUPPORT", "--label", "support desk");
        Run another = vmsflow("keys", "create", "--config", file, "--role", "SUPPORT", "--label", "support desk");
        assertThat(support.exitCode()).isZero();
        Matcher first = CREATED.matcher(support.out());
        Matcher second = CREATED.matcher(another.out());
        assertThat(first.find() && second.find()).isTrue();
        assertThat(first.group(2)).as("random every time").isNotEqualTo(second.group(2));
        assertThat(get(first.group(2), "/v1/clients/demo-erp/orders").status()).as("SUPPORT spans clients")
                .isEqualTo(200);
    }

    @Test
    void overItsLimitAKeyIsAnswered429WithRetryAfterWhileOtherKeysGoOn() throws Exception {
        String key = createKey("demo-rms", "SELLER", "rate limit test");
        // A cheap request that the limit sees (a valid key of an allowed role): an unknown report is 404.
        String path = "/v1/clients/demo-rms/reports/no-such-report";
        List<RawHttp.Answer> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RawHttp.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(pool.submit(() -> get(key, path)));
            }
            for (Future<RawHttp.Answer> call : calls) {
                answers.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<RawHttp.Answer> limited = answers.stream().filter(a -> a.status() == 429).toList();
        long passed = answers.stream().filter(a -> a.status() == 404).count();
        System.out.printf("rate limit: %d requests at once with one key (%d a second allowed): %d passed, %d"
                + " answered 429%n", answers.size(), PER_SECOND, passed, limited.size());
        assertThat(passed + limited.size()).as("nothing but 404 (passed) and 429").isEqualTo(answers.size());
        assertThat(limited).as("some answered 429").isNotEmpty();
        assertThat(passed).as("a second's worth passes at once").isGreaterThanOrEqualTo(PER_SECOND);
        for (RawHttp.Answer answer : limited) {
            assertThat(answer.json().path("code").asText()).isEqualTo("RATE_LIMITED");
            assertThat(answer.json().path("message").asText()).contains(PER_SECOND + " requests a second");
            assertThat(answer.json().path("details").isObject()).isTrue();
            assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 2);
        }

        assertThat(get("dev-seller-demo-rms", path).status()).as("another key of the same client").isEqualTo(404);
        // Served now (a token came back meanwhile), or after waiting as long as the answer says.
        RawHttp.Answer again = get(key, path);
        if (again.status() == 429) {
            Thread.sleep(Long.parseLong(again.header("Retry-After")) * 1_000);
            again = get(key, path);
        }
        assertThat(again.status()).as("after Retry-After").isEqualTo(404);
    }

    @Test
    void noKeyNorItsHashIsEverLogged() throws Exception {
        Logger ours = (Logger) LoggerFactory.getLogger("com.vmsflow");
        Level level = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        String key;
        List<ILoggingEvent> events;
        try (CapturedLogs logs = CapturedLogs.of(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            key = createKey("demo-erp", "ERP", "log test");
            get(key, "/v1/clients/demo-erp/orders?status=PROCESSING");
            get(key, "/v1/clients/demo-erp/orders?status=NOPE");
            get(key, "/v1/clients/demo-rms/orders");
            get(key, "/v1/clients/demo-erp/orders/NO-SUCH-ORDER");
            http.send("POST", "/v1/clients/demo-erp/orders/NO-SUCH-ORDER/b2b-invoice", "Bearer " + key,
                    "application/json", null, "{\"irn\": ");
            http.send("PUT", "/v1/clients/demo-erp/inventory", "Bearer " + key, "application/json", null, "[]");
            get(key + "x", "/v1/clients/demo-erp/orders");
            get("dev-erp-demo-erp", "/v1/clients/demo-erp/postings");
            http.send("GET", "/v1/clients/demo-erp/orders", key, null, null, null); // without "Bearer "
            long keyId = new ApiKeyRepository(stack.jdbi()).list("demo-erp").stream()
                    .filter(k -> k.label().equals("log test")).findFirst().orElseThrow().keyId();
            vmsflow("keys", "revoke", String.valueOf(keyId), "--config", config.toString());
            Thread.sleep(ApiKeyAuthenticator.REMEMBER.toMillis());
            assertThat(get(key, "/v1/clients/demo-erp/orders").status()).isEqualTo(401);
            events = logs.events();
        } finally {
            ours.setLevel(level);
        }
        List<String> secrets = List.of(key, key.substring(3), ApiKeyRepository.hash(key), "dev-erp-demo-erp",
                ApiKeyRepository.hash("dev-erp-demo-erp"));
        for (ILoggingEvent event : events) {
            String text = everything(event);
            for (String secret : secrets) {
                assertThat(text).as("a log line of %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
        System.out.printf("logs: %d log events while keys were used, refused and revoked; none holds a key%n",
                events.size());
    }

    /** The message, its arguments, the MDC and any stack trace of a log event. */
    private static String everything(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                text.append(' ').append(argument);
            }
        }
        text.append(' ').append(event.getMDCPropertyMap());
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            text.append(' ').append(ThrowableProxyUtil.asString(thrown));
        }
        return text.toString();
    }

    private static String createKey(String client, String role, String label) {
        Run run = role.equals("SUPPORT")
                ? vmsflow("keys", "create", "--config", config.toString(), "--role", role, "--label", label)
                : vmsflow("keys", "create", "--config", config.toString(), "--client", client, "--role", role,
                        "--label", label);
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher printed = CREATED.matcher(run.out());
        assertThat(printed.find()).as(run.out()).isTrue();
        return printed.group(2);
    }

    /** {@code ./vmsflow args...} in this process, as the script runs it. */
    private static Run vmsflow(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new VmsFlowCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static RawHttp.Answer get(String key, String path) {
        return http.send("GET", path, "Bearer " + key, null, null, null);
    }

    private static int count(String sql) {
        return stack.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
