package com.vmsflow.gateway.reportspage;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reports page is served without a key, whole (nothing from elsewhere), under a strict policy. */
class ReportsPageResourceTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void thePageLoadsWithoutAKeyAndEveryFileItNamesIsServed() {
        Api.Answer page = gateway.api().get("/reports", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(page.header("Content-Security-Policy")).isEqualTo(ReportsPageResource.CONTENT_SECURITY_POLICY)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).contains("<html lang=\"en\">", "<label for=\"api-key\">API key</label>");
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        int local = 0;
        while (references.find()) {
            String reference = references.group(1);
            if (reference.startsWith("data:")) {
                continue;
            }
            assertThat(reference).as("the machine may be offline: nothing from another origin").startsWith("/reports/");
            Api.Answer file = gateway.api().get(reference, null);
            assertThat(file.status()).as(reference).isEqualTo(200);
            assertThat(file.header("Content-Security-Policy")).isNotNull();
            local++;
        }
        assertThat(local).isEqualTo(2);
        assertThat(gateway.api().get("/reports/reports.js", null).header("Content-Type"))
                .isEqualToIgnoringCase("text/javascript;charset=UTF-8");
        assertThat(gateway.api().get("/reports/reports.css", null).header("Content-Type"))
                .isEqualToIgnoringCase("text/css;charset=UTF-8");
    }

    @Test
    void theScriptWritesNoMarkupFromData() {
        String script = gateway.api().get("/reports/reports.js", null).body();

        // Cells, messages and names go in as text: an order id or a reason can never run as markup.
        assertThat(List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("))
                .allSatisfy(sink -> assertThat(script).doesNotContain(sink));
        assertThat(script).contains("sessionStorage").doesNotContain("localStorage");
    }

    @Test
    void anyOtherFileIsNotFoundInTheApisErrorShape() {
        Api.Answer missing = gateway.api().get("/reports/secrets.txt", null);
        Api.Answer climbing = gateway.api().get("/reports/..%2Fopenapi.json", null);
        Api.Answer page = gateway.api().get("/reports/index.html", null);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("NOT_FOUND");
        assertThat(climbing.status()).as("refused before it reaches the page").isIn(400, 404);
        assertThat(page.status()).as("the page is /reports alone").isEqualTo(404);
    }
}
