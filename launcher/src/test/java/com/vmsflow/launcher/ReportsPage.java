package com.vmsflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reports page at {@code /reports} as a person uses it, in a real browser: what they can do (sign in, choose,
 * show the rows, download) and what they read (the table, the count, the errors). Each action waits until the page
 * has answered it.
 */
final class ReportsPage {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver browser;
    private final String gatewayUrl;
    private final Path downloads;

    ReportsPage(ChromeDriver browser, String gatewayUrl, Path downloads) {
        this.browser = browser;
        this.gatewayUrl = gatewayUrl;
        this.downloads = downloads;
    }

    /** Opens the page afresh, as a new tab would: no key kept from earlier. {@code query} as a link would carry it. */
    ReportsPage open(String query) {
        // Cleared from another file of the origin: the page itself would sign in again with a kept key meanwhile.
        browser.get(gatewayUrl + "/reports/reports.css");
        browser.executeScript("sessionStorage.clear()");
        browser.get(gatewayUrl + "/reports" + (query.isEmpty() ? "" : "?" + query));
        waitUntil(() -> visible("sign-in"));
        return this;
    }

    ReportsPage open() {
        return open("");
    }

    /** Types the key and signs in; waits for the reports, or for the words saying why not. */
    void signIn(String key) {
        WebElement field = browser.findElement(By.id("api-key"));
        field.clear();
        field.sendKeys(key);
        browser.findElement(By.id("sign-in-button")).click();
        waitUntil(() -> visible("reports") || visible("sign-in-error"));
        if (visible("reports")) {
            waitUntil(() -> !"true".equals(browser.findElement(By.id("reports")).getDomAttribute("aria-busy")));
        }
    }

    boolean signedIn() {
        return visible("reports");
    }

    /** "Signed in with a SELLER key of demo-erp", in the top bar. */
    String signedInAs() {
        return browser.findElement(By.id("who-text")).getText();
    }

    String signInError() {
        return visible("sign-in-error") ? browser.findElement(By.id("sign-in-error")).getText() : "";
    }

    /** The reports offered, by name, in the order offered. */
    List<String> reports() {
        return values("report");
    }

    /** The clients a SUPPORT key may pick; a SELLER key's own client is shown as text instead. */
    List<String> clients() {
        return visible("client") ? values("client") : List.of();
    }

    String fixedClient() {
        return visible("client-fixed") ? browser.findElement(By.id("client-fixed")).getText() : "";
    }

    /** Picks the client (SUPPORT keys only; null keeps the key's own), the report and the days. */
    void choose(String clientId, String report, LocalDate from, LocalDate to) {
        if (clientId != null) {
            new Select(browser.findElement(By.id("client"))).selectByValue(clientId);
        }
        new Select(browser.findElement(By.id("report"))).selectByValue(report);
        // A date field's typed form depends on the browser's locale; its value is ISO everywhere.
        setDate("from", from);
        setDate("to", to);
    }

    /** Shows the report's first rows; waits for the table and its count, or for the error (or the sign-in). */
    void showRows() {
        browser.findElement(By.id("show")).click();
        waitUntilAnswered();
        waitUntil(() -> rowCount() != null || visible("error") || visible("sign-in"));
    }

    /** The table's column names, as shown. */
    List<String> header() {
        return strings("return Array.from(document.querySelectorAll('#preview thead th')).map(th => th.textContent)");
    }

    /** The table's rows, each as the texts of its cells; empty when no table is shown. */
    List<List<String>> rows() {
        if (!visible("preview-wrap")) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) browser.executeScript("return Array.from(document"
                + ".querySelectorAll('#preview tbody tr')).map(tr => Array.from(tr.cells, td => td.textContent))");
        return rows;
    }

    /** The sentence under the form: the count of the rows shown, what is being done, or what was downloaded. */
    String status() {
        return browser.findElement(By.id("status")).getText();
    }

    /** The count of the report's rows, as the page last showed it; null when it shows none. */
    Long rowCount() {
        String count = browser.findElement(By.id("status")).getDomAttribute("data-row-count");
        return count == null ? null : Long.valueOf(count);
    }

    /** The error in words, or empty when there is none. */
    String error() {
        return visible("error") ? browser.findElement(By.id("error")).getText() : "";
    }

    /** Downloads the chosen report as CSV; answers the file the browser saved, or null when the page refused. */
    Path downloadCsv(String expectedName) {
        Path file = downloads.resolve(expectedName);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.findElement(By.id("download")).click();
        waitUntilAnswered();
        if (visible("error")) {
            return null;
        }
        // The browser writes a .crdownload first and renames it whole.
        waitUntil(() -> Files.isRegularFile(file) && !Files.exists(Path.of(file + ".crdownload")));
        return file;
    }

    byte[] screenshot() {
        return browser.getScreenshotAs(OutputType.BYTES);
    }

    private void setDate(String id, LocalDate date) {
        browser.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.findElement(By.id(id)), date.toString());
    }

    private void waitUntilAnswered() {
        waitUntil(() -> "false".equals(browser.findElement(By.id("reports")).getDomAttribute("aria-busy"))
                || visible("sign-in"));
    }

    private boolean visible(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    private List<String> values(String selectId) {
        return new Select(browser.findElement(By.id(selectId))).getOptions().stream()
                .map(option -> option.getDomProperty("value")).toList();
    }

    private List<String> strings(String script) {
        @SuppressWarnings("unchecked")
        List<String> strings = (List<String>) browser.executeScript(script);
        return strings;
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }
}
