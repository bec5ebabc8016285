package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Support staff's journey in Temporal Web (UI 2.42 of the Temporal CLI's dev server), in a real browser (Debian's
 * headless Chromium), against the whole local stack: two demo-erp orders wait for the warehouse's pack result; a
 * person opens the namespace's workflow list, types {@code ChannelOrderId = "FL..."} into the raw query input and
 * sees exactly that order's workflow; opens it and reads, on the User Metadata tab, the summary and the current
 * details (what it waits for, in words) the workflow set, and on the Search Attributes tab ClientId, ChannelOrderId,
 * OrderStatus and WaitingFor.
 *
 * <p>{@code -Dvmsflow.screenshot=docs/temporal-web.png} also saves the order's User Metadata tab (the README's
 * picture), relative to the checkout.
 */
class TemporalWebBrowserTest {

    private static final String CLIENT = "demo-erp";
    /** How long the UI may take for any one step: its pages load data from the server after they render. */
    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(30);
    /** The picture's screen, and the one the journey runs on. */
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;

    @TempDir
    static Path browserHome;

    private static TestDatabase database;
    private static LocalStack stack;
    private static GatewayClient gateway;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        database = TestDatabase.create();
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> {
                    config.clients.forEach(c -> c.acknowledgementHold = Duration.seconds(2));
                    config.sync.pollInterval = Duration.milliseconds(300);
                }));
        if (stack.temporalKind() != TemporalServer.Kind.DEV_SERVER) {
            return; // the test says why it skips (an assumption here would leave no trace in Surefire's report)
        }
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        Catalogue.stock(gateway, List.of(CLIENT), 100);
        browser = Chromium.start(browserHome, browserHome.resolve("downloads"), WIDTH, HEIGHT);
        // A 1400x1000 screen, whatever room the headless window leaves its page: the journey and its picture.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void supportFindsAnOrderByItsChannelOrderIdAndReadsWhatItWaitsForAndItsSearchAttributes() throws IOException {
        assumeTrue(stack.temporalKind() == TemporalServer.Kind.DEV_SERVER, () -> "Temporal Web comes with the"
                + " Temporal CLI's dev server, and this stack runs on " + stack.temporalKind().description()
                + ": nothing to open in a browser (run with -Dvmsflow.temporal=dev-server, or auto where the"
                + " CLI is built)");
        long started = System.nanoTime();
        String orderId = stack.sandbox().createOrder(CLIENT, line()).orderId();
        String otherId = stack.sandbox().createOrder(CLIENT, line()).orderId();
        for (String id : List.of(orderId, otherId)) {
            Await.order(gateway, CLIENT, id, o -> o.path("waitingFor").asText().equals("WAREHOUSE"));
        }
        String workflowId = ForwardOrderWorkflow.idFor(CLIENT, orderId);
        String otherWorkflowId = ForwardOrderWorkflow.idFor(CLIENT, otherId);
        String query = "ChannelOrderId = \"" + orderId + "\"";
        awaitVisible(query, workflowId);
        awaitVisible("ChannelOrderId = \"" + otherId + "\"", otherWorkflowId);

        // What the workflow set, read through the Java client: the page must show exactly this.
        WorkflowStub stub = stack.workflows().newUntypedWorkflowStub(workflowId);
        WorkflowExecutionDescription description = stub.describe();
        String summary = description.getStaticSummary();
        assertThat(summary).isEqualTo("Ajio order " + orderId + " of demo-erp (ERP e-invoicing)");
        String details = stub.query("__temporal_workflow_metadata", WorkflowMetadata.class).getCurrentDetails();
        assertThat(details).contains("**PROCESSING**", "Waiting for **WAREHOUSE**: the pack result (since ");
        SearchAttributes attributes = description.getTypedSearchAttributes();
        long ordersReady = System.nanoTime();

        // 1. The namespace's workflow list: both orders are there, then the query finds just the one.
        String namespace = stack.config().temporal.namespace;
        browser.get(stack.temporalWebUrl().orElseThrow() + "/namespaces/" + namespace + "/workflows");
        until("both orders in the list", d -> listedWorkflowIds().containsAll(List.of(workflowId, otherWorkflowId)));
        searchFor(query);
        until("just " + workflowId + " listed for " + query, d -> d.getCurrentUrl()
                .contains("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                && listedWorkflowIds().equals(List.of(workflowId))
                && text(By.cssSelector("[data-testid=workflow-count]")).equals("1"));
        assertThat(listedWorkflowIds()).as("the list for " + query).containsExactly(workflowId)
                .doesNotContain(otherWorkflowId);

        // 2. The order's page: summary and current details on User Metadata.
        browser.findElement(By.cssSelector("[data-testid=workflows-summary-configurable-table-row]"))
                .findElement(By.linkText(workflowId)).click();
        until("the page of " + workflowId,
                d -> text(By.cssSelector("[data-testid=workflow-id-heading]")).equals(workflowId));
        browser.findElement(By.cssSelector("[data-testid=user-metadata-tab]")).click();
        until("the User Metadata tab", ExpectedConditions.urlContains("/user-metadata"));

        List<String> summaryShown = rendered(By.xpath("//h3[@data-testid='user-metadata-summary-heading'"
                + " and normalize-space()='Summary']/following::iframe[1]"), "main p");
        assertThat(summaryShown).as("Summary").containsExactly(summary);
        By currentDetails = By.xpath("//h3[normalize-space()='Current Details']/following::iframe[1]");
        List<String> detailsShown = rendered(currentDetails, "main p");
        assertThat(detailsShown).as("Current Details, in words").containsExactlyElementsOf(paragraphs(details))
                .contains("PROCESSING · ERP e-invoicing · acknowledged to Ajio")
                .anySatisfy(p -> assertThat(p).startsWith("Waiting for WAREHOUSE: the pack result (since "));
        assertThat(rendered(currentDetails, "main table tbody tr")).as("Current Details, its lines")
                .containsExactlyElementsOf(tableRows(details))
                .containsExactly("1 TEE-M 1 0 1 1 0");
        screenshotIfAsked();

        // 3. The search attributes support filters on, as the Search Attributes tab shows them.
        browser.findElement(By.cssSelector("[data-testid=search-attributes-tab]")).click();
        // The tab shows them as JSON in a read-only code editor under its heading (the page has other, hidden ones).
        By json = By.xpath("//h3[normalize-space()='Search Attributes']/following::div[contains(@class,'cm-content')"
                + " and @data-language='json'][1]");
        until("the search attributes", d -> text(json).contains("\"WaitingFor\""));
        JsonNode shown = new ObjectMapper().readTree(text(json)).path("indexedFields");
        assertThat(shown.path("ClientId").asText()).isEqualTo(attributes.get(VmsSearchAttributes.CLIENT_ID))
                .isEqualTo(CLIENT);
        assertThat(shown.path("ChannelOrderId").asText())
                .isEqualTo(attributes.get(VmsSearchAttributes.CHANNEL_ORDER_ID)).isEqualTo(orderId);
        assertThat(shown.path("OrderStatus").asText()).isEqualTo(attributes.get(VmsSearchAttributes.ORDER_STATUS))
                .isEqualTo("PROCESSING");
        assertThat(shown.path("WaitingFor").asText()).isEqualTo(attributes.get(VmsSearchAttributes.WAITING_FOR))
                .isEqualTo("WAREHOUSE");

        long done = System.nanoTime();
        System.out.printf("TemporalWebBrowserTest: orders waiting and visible in %d ms, browser journey %d ms%n",
                (ordersReady - started) / 1_000_000, (done - ordersReady) / 1_000_000);
    }

    /** Waits until the server's visibility lists the workflow for the query with the search attributes it waits on. */
    private static void awaitVisible(String query, String workflowId) {
        WorkflowClient client = stack.workflows();
        new FluentWait<>(client).withTimeout(PATIENCE).pollingEvery(java.time.Duration.ofMillis(200))
                .withMessage(() -> query + " does not list " + workflowId + " waiting for WAREHOUSE")
                .until(c -> {
                    List<WorkflowExecutionMetadata> listed = c.listExecutions(query).toList();
                    return listed.size() == 1 && listed.get(0).getExecution().getWorkflowId().equals(workflowId)
                            && "WAREHOUSE".equals(listed.get(0).getTypedSearchAttributes()
                            .get(VmsSearchAttributes.WAITING_FOR));
                });
    }

    /** Types the query into the list's raw query input ("View raw query", the {@code </>} button) and searches. */
    private static void searchFor(String query) {
        By input = By.cssSelector("[data-testid=manual-search-input]");
        if (browser.findElements(input).stream().noneMatch(WebElement::isDisplayed)) {
            browser.findElement(By.cssSelector("[data-testid=toggle-manual-query]")).click();
        }
        WebElement field = until("the raw query input", ExpectedConditions.elementToBeClickable(input));
        field.clear();
        field.sendKeys(query);
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
    }

    /** The Workflow ID column of the list as shown, read in one go (the table re-renders as results arrive). */
    @SuppressWarnings("unchecked")
    private static List<String> listedWorkflowIds() {
        return (List<String>) browser.executeScript("""
                const heads = [...document.querySelectorAll('th[data-testid^="workflows-summary-table-header-cell-"]')];
                const column = heads.findIndex(h => h.textContent.trim() === 'Workflow ID');
                if (column < 0) return [];
                return [...document.querySelectorAll('[data-testid=workflows-summary-configurable-table-row]')]
                    .map(row => row.querySelectorAll('[data-testid=workflows-summary-table-body-cell]')[column])
                    .map(cell => cell ? cell.textContent.trim() : '');
                """);
    }

    /**
     * The texts of {@code css} inside an iframe of the UI: it renders summary and details, which are Markdown, on a
     * page of their own ({@code /render?content=...}); each element's text with its whitespace made single.
     */
    private static List<String> rendered(By frame, String css) {
        try {
            until("the frame " + frame, ExpectedConditions.frameToBeAvailableAndSwitchToIt(frame));
            return until(css + " rendered in " + frame, d -> {
                List<String> texts = d.findElements(By.cssSelector(css)).stream()
                        .map(e -> e.getText().replaceAll("\\s+", " ").trim()).toList();
                return texts.isEmpty() || texts.stream().anyMatch(String::isEmpty) ? null : texts;
            });
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /** The Markdown's paragraphs as a person reads them: the table left out, bold marks gone. */
    private static List<String> paragraphs(String markdown) {
        return Arrays.stream(markdown.split("\n\\s*\n")).map(String::trim).filter(p -> !p.isEmpty())
                .filter(p -> !p.startsWith("|")).map(p -> p.replace("**", "").replaceAll("\\s+", " ")).toList();
    }

    /** The Markdown table's body rows, each as its cells joined by a space. */
    private static List<String> tableRows(String markdown) {
        List<String> table = Arrays.stream(markdown.split("\n")).map(String::trim).filter(l -> l.startsWith("|"))
                .toList();
        List<String> rows = new ArrayList<>();
        for (String row : table.subList(Math.min(2, table.size()), table.size())) {
            rows.add(String.join(" ", Arrays.stream(row.substring(1, row.length() - 1).split("\\|"))
                    .map(String::trim).toList()));
        }
        return rows;
    }

    /**
     * Waits for the condition; when it never holds, saves the page (HTML and picture) under target/ to look at and
     * fails saying what was awaited.
     */
    private static <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            browser.switchTo().defaultContent();
            Path dir = Path.of("target", "temporal-web-failure");
            savePage(dir);
            throw new AssertionError("Temporal Web did not show " + what + " within " + PATIENCE.toSeconds()
                    + " s at " + browser.getCurrentUrl() + " (page saved in launcher/" + dir + ")", e);
        }
    }

    /** The page as it is now, HTML and picture, to look at after the run. */
    private static void savePage(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("page.html"), browser.getPageSource());
            Files.write(dir.resolve("page.png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            // only an aid: what the test says matters
        }
    }

    private static String text(By locator) {
        return browser.findElements(locator).stream().findFirst().map(WebElement::getText).orElse("").trim();
    }

    private static NewOrderLine line() {
        return new NewOrderLine("AJ-TEE-M", 1, new BigDecimal("799.00"));
    }

    /** Saves the page as it is now when {@code -Dvmsflow.screenshot} names a file (relative to the checkout). */
    private static void screenshotIfAsked() throws IOException {
        String target = System.getProperty("vmsflow.screenshot", "");
        if (target.isBlank()) {
            return;
        }
        // Maven runs this test in launcher/: a relative name is the checkout's.
        Path file = Path.of("..").resolve(target).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
