package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML report's script in headless Chromium, on the example project's page as a user opens it: nothing fetched,
 * no console error, sorting, filters, search, a finding opened to its code and diff, the suppression comment copied,
 * and hostile file names and code shown as text. Run with {@code -Dscreenshot.update=true} to refresh the README's
 * screenshot {@code docs/images/html-report.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
    private static final String EXAMPLE = "../examples/legacy-cliq-app";
    private static final Path SCREENSHOT = Path.of("../docs/images/html-report.png");

    @TempDir
    static Path tmp;

    private HeadlessChromium chromium;
    private Path example;

    @BeforeAll
    void start() throws IOException {
        chromium = HeadlessChromium.start();
        example = report(TestProjects.copy(EXAMPLE, tmp), "example.html");
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theExampleReportOpensWithoutConsoleErrorsAndFetchesNothing() throws IOException {
        String url = chromium.open(example);

        assertThat(chromium.consoleErrors()).isEmpty();
        assertThat(chromium.watched("violations")).as("Content-Security-Policy violations").isEmpty();
        assertThat(chromium.requestedUrls()).as("requests: the page itself only").containsOnly(url);
        assertThat(text("#shown-count")).isEqualTo("Showing 79 of 79 findings");
        System.out.printf("example report: %d KB, loaded in %d ms%n", Files.size(example) / 1024, loadMillis());
    }

    @Test
    void clickingAColumnHeadingSortsByItAndClickingAgainReverses() {
        chromium.open(example);

        click("th[data-sort=r]");
        List<String> rules = column(2);
        assertThat(rules).isSorted();
        assertThat(attribute("th[data-sort=r]", "aria-sort")).isEqualTo("ascending");
        click("th[data-sort=r]");
        assertThat(column(2)).isSortedAccordingTo(Comparator.reverseOrder()).hasSameSizeAs(rules);
        click("th[data-sort=s]");
        assertThat(column(1)).startsWith("error").endsWith("info");
    }

    @Test
    void theRuleSeverityAndPathFiltersNarrowTheTable() {
        chromium.open(example);

        select("#filter-rule", "authtoken-query-param");
        assertThat(column(2)).isNotEmpty().containsOnly("authtoken-query-param");
        assertThat(text("#shown-count")).matches("Showing \\d+ of \\d+ findings \\(79 open and 1 suppressed in all\\)");
        select("#filter-severity", "info");
        assertThat(column(1)).isEmpty();
        select("#filter-rule", "all");
        assertThat(column(1)).isNotEmpty().containsOnly("info");
        select("#filter-severity", "all");
        type("#filter-path", "DELUGE/crm");
        assertThat(column(3)).isNotEmpty().allMatch(p -> p.startsWith("deluge/crm/"));
    }

    @Test
    void theLanguageFixAndStatusFiltersNarrowTheTable() {
        chromium.open(example);

        select("#filter-language", "deluge");
        assertThat(column(3)).isNotEmpty().allMatch(p -> p.matches("deluge/.*\\.dg:\\d+"));
        select("#filter-language", "all");
        select("#filter-fix", "safe");
        assertThat(column(2)).isNotEmpty().containsOnly("deluge-task-without-connection");
        select("#filter-fix", "all");
        select("#filter-status", "suppressed");
        assertThat(column(3)).containsExactly("src/main/java/com/acme/cliqbridge/OAuthCliqClient.java:72");
        click("tr.finding.suppressed");
        assertThat(text("tr.detail .suppressed-note")).isEqualTo("Suppressed: reviewed: inventory only");
        select("#filter-status", "all");
        assertThat(text("#shown-count")).isEqualTo("Showing 80 of 80 findings (79 open and 1 suppressed in all)");
    }

    @Test
    void theSearchFindsFindingsByTheirCode() {
        chromium.open(example);

        type("#filter-text", "channelsbyname");
        List<String> paths = column(3);
        assertThat(paths).isNotEmpty().hasSizeLessThan(79);
        type("#filter-text", "no finding says this");
        assertThat(column(3)).isEmpty();
        assertThat(text("#shown-count")).isEqualTo("Showing 0 of 0 findings (79 open and 1 suppressed in all)");
    }

    @Test
    void openingAFindingShowsItsCodeFrameAndProposedFixAsADiff() throws IOException {
        openQueryFindingOfCliqClientLine42();

        WebElement detail = chromium.driver().findElement(By.cssSelector("tr.detail"));
        assertThat(detail.findElement(By.cssSelector("pre.frame")).getText()).contains("42 | ", "authtoken");
        assertThat(detail.findElements(By.cssSelector("pre.diff span.del"))).singleElement()
                .satisfies(del -> assertThat(del.getText()).startsWith("-").contains("authtoken"));
        assertThat(detail.findElements(By.cssSelector("pre.diff span.add"))).isNotEmpty();
        chromium.driver().executeScript("document.getElementById('findings').scrollIntoView()");
        chromium.screenshot(Boolean.getBoolean("screenshot.update") ? SCREENSHOT : Path.of("target/html-report.png"));
        click("tr.finding");
        assertThat(chromium.driver().findElements(By.cssSelector("tr.detail"))).isEmpty();
    }

    @Test
    void theRuleLinkOfAFindingOpensTheRulesDocumentation() {
        openQueryFindingOfCliqClientLine42();

        click("tr.detail a[href='#rule-authtoken-query-param']");

        WebElement rule = chromium.driver().findElement(By.id("rule-authtoken-query-param"));
        assertThat(rule.getAttribute("open")).as("the rule's details are open").isNotNull();
        assertThat(rule.findElement(By.cssSelector("pre.doc")).isDisplayed()).isTrue();
    }

    @Test
    void showMoreAddsTheNextPageOfRows() throws IOException {
        chromium.open(large());

        click("#show-more");

        assertThat(column(1)).hasSize(400);
        assertThat(text("#shown-count")).isEqualTo("Showing 400 of 20000 findings");
    }

    @Test
    void theCopyButtonPutsTheFindingsSuppressionCommentOnTheClipboard() {
        openQueryFindingOfCliqClientLine42();

        click("button.copy");

        assertThat(text("button.copy")).isEqualTo("Copied");
        Object clipboard = chromium.driver().executeAsyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('' + e); });");
        assertThat(clipboard).isEqualTo("// cliq-migrate:ignore[authtoken-query-param] <why this use may stay>");
    }

    @Test
    void withoutTheClipboardApiTheCopyButtonFallsBackToASelectedTextCopy() {
        openQueryFindingOfCliqClientLine42();
        // a page opened where the Clipboard API is missing or refused (an older browser, a locked-down profile)
        chromium.driver().executeScript("window.savedClipboard = navigator.clipboard;"
                + " Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});");

        click("button.copy");

        assertThat(text("button.copy")).isEqualTo("Copied");
        Object clipboard = chromium.driver().executeAsyncScript("var done = arguments[0];"
                + " window.savedClipboard.readText().then(done, function (e) { done('' + e); });");
        assertThat(clipboard).isEqualTo("// cliq-migrate:ignore[authtoken-query-param] <why this use may stay>");
        assertThat(chromium.driver().findElements(By.cssSelector("textarea"))).as("the helper is removed").isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void theMigrationSectionsEstimateTheEffortAndNameWhatToSetUpAndWhereEachTokenGoes() {
        chromium.open(example);

        assertThat(text("#effort-total")).matches("\\d+(\\.\\d)? person-days \\(\\d+(\\.\\d)? h\\)");
        assertThat(chromium.driver().findElements(By.cssSelector("table.effort tbody tr"))).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).startsWith("deluge-task-without-connection 3 0 0 2 / 5 / 10 6 min Per"));
        assertThat(items("#setup-connections + p + ul > li > label"))
                .contains("cliq_oauth scopes: ZohoCliq.Webhooks.CREATE; the code already names it",
                        "cliqmigrate_cliq scopes: ZohoCliq.Webhooks.CREATE");
        assertThat(items("#setup-scopes + p + ul > li > label")).contains("ZohoCliq.Webhooks.CREATE", "ZohoCRM.modules.ALL");
        assertThat(items("#setup-cliq-calls + p + ul > li > label")).contains("channelsbyname scope ZohoCliq.Webhooks.CREATE");
        assertThat(items("#setup-revoke + p + ul > li > label")).hasSize(8)
                .contains("token aa95… (32 characters) the value of CLIQ_AUTHTOKEN")
                .noneMatch(item -> item.matches(".*[0-9a-f]{8}.*"));
        assertThat(chromium.driver().findElements(By.cssSelector("table.provenance tbody tr"))).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).startsWith("CLIQ_AUTHTOKEN .env.example:2")
                        .contains("src/main/java/com/acme/cliqbridge/CliqClient.java:31"));
        assertThat(chromium.driver().findElements(By.cssSelector("#breakdown figcaption"))).extracting(WebElement::getText)
                .containsExactly("By severity", "By rule", "By language", "By Zoho service", "By data centre",
                        "By target");
    }

    @Test
    void theChecklistListsTheSetupAndEachRulesStepsAsCheckboxes() {
        chromium.open(example);

        assertThat(chromium.driver().findElements(By.cssSelector("#checklist h3"))).extracting(WebElement::getText)
                .contains("Every migration").anyMatch(h -> h.startsWith("authtoken-query-param: "));
        WebElement box = chromium.driver().findElement(By.cssSelector("#checklist input[type=checkbox]"));
        box.click();
        assertThat(box.isSelected()).isTrue();
    }

    @Test
    void hostileFileNamesAndCodeShowAsTextAndRunNothing() throws IOException {
        Path project = tmp.resolve("hostile");
        String hostileCode = "// </script><script>alert(1)</script>";
        plant(project.resolve("src/<img src=x onerror=alert(1)>.java"), hostileCode);
        plant(project.resolve("javascript:alert(1)/Links.java"), hostileCode);
        chromium.open(report(project, "hostile.html"));

        click("tr.finding");

        assertThat(chromium.watched("alerts")).isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();
        assertThat(column(3)).anyMatch(p -> p.startsWith("src/<img src=x onerror=alert(1)>.java:"))
                .anyMatch(p -> p.startsWith("javascript:alert(1)/Links.java:"));
        assertThat(text("pre.frame")).contains("</script><script>alert(1)</script>");
        assertThat(chromium.driver().findElements(By.cssSelector("img, a[href^='javascript' i]"))).isEmpty();
    }

    @Test
    void twentyThousandFindingsOpenAndFilter() throws IOException {
        Path html = large();
        chromium.open(html);
        long load = loadMillis();

        Object filterMillis = chromium.driver().executeScript("""
                var select = document.getElementById('filter-severity');
                var start = performance.now();
                select.value = '2';
                select.dispatchEvent(new Event('change'));
                return Math.round(performance.now() - start);""");

        assertThat(text("#shown-count")).isEqualTo("Showing 200 of 10000 findings (20000 in all)");
        assertThat(chromium.consoleErrors()).isEmpty();
        System.out.printf("20,000-finding report: %d KB, loaded in %d ms, first filter in %s ms%n",
                Files.size(html) / 1024, load, filterMillis);
    }

    @Test
    void againstABaselineTheTableHasABaselineColumnAndFiltersTheNewFindings() throws IOException {
        Path project = TestProjects.copy(EXAMPLE, tmp.resolve("baselined"));
        Path baseline = tmp.resolve("baselined.json");
        assertThat(MainTest.run("baseline", project.toString(), "-o", baseline.toString()).exit()).isZero();
        plant(project.resolve("src/main/java/com/acme/cliqbridge/OnCallPager.java"), "// pages the on-call person");
        Path html = tmp.resolve("baselined.html");
        MainTest.run("scan", project.toString(), "--baseline", baseline.toString(), "-f", "html", "-o", html.toString());

        chromium.open(html);

        assertThat(chromium.consoleErrors()).isEmpty();
        assertThat(text("#baseline")).startsWith("Against the baseline: 2 new, 79 unchanged, 0 absent");
        assertThat(column(2)).contains("new", "unchanged").containsOnly("new", "unchanged");
        select("#filter-status", "new (not in the baseline)");
        assertThat(column(2)).containsExactly("new", "new");
        assertThat(column(4)).allMatch(p -> p.startsWith("src/main/java/com/acme/cliqbridge/OnCallPager.java:"));
        select("#filter-status", "in the baseline");
        assertThat(text("#shown-count")).startsWith("Showing 79 of 79 findings");
    }

    /** Opens the example's first query-parameter finding in CliqClient.java (line 42), which has a fix. */
    private void openQueryFindingOfCliqClientLine42() {
        chromium.open(example);
        type("#filter-path", "cliqbridge/CliqClient.java");
        select("#filter-rule", "authtoken-query-param");
        click("tr.finding");
    }

    /** 200 Java files of 50 legacy Cliq calls each: 10,000 query-parameter errors and 10,000 inventory notes. */
    private Path large() throws IOException {
        Path html = tmp.resolve("large.html");
        if (Files.exists(html)) {
            return html;
        }
        Path project = tmp.resolve("large");
        for (int file = 0; file < 200; file++) {
            StringBuilder code = new StringBuilder("class Legacy" + file + " {\n    void send(String token) {\n");
            for (int line = 0; line < 50; line++) {
                code.append("        post(\"https://cliq.zoho.com/api/v2/channelsbyname/ops").append(line)
                        .append("/message?authtoken=\" + token);\n");
            }
            plant(project.resolve("src/module" + file % 20 + "/Legacy" + file + ".java"), code + "    }\n}\n");
        }
        return report(project, html.getFileName().toString());
    }

    private Path report(Path project, String name) {
        Path html = tmp.resolve(name);
        MainTest.Run run = MainTest.run("scan", project.toString(), "--format", "html", "-o", html.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        return html;
    }

    private static void plant(Path file, String code) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, code.startsWith("//") ? "class Hostile {\n    String u = \"https://cliq.zoho.com/api/v2/"
                + "channelsbyname/ops/message?authtoken=\" + token; " + code + "\n}\n" : code, StandardCharsets.UTF_8);
    }

    private long loadMillis() {
        return ((Number) chromium.driver().executeScript("var t = performance.getEntriesByType('navigation')[0];"
                + " return Math.round(t.loadEventEnd - t.startTime);")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> column(int n) {
        return (List<String>) chromium.driver().executeScript("return Array.prototype.map.call(document"
                + ".querySelectorAll('#findings-table tr.finding td:nth-child(" + n + ")'), function (td) {"
                + " return td.textContent; });");
    }

    private List<String> items(String css) {
        return chromium.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                .map(String::strip).toList();
    }

    private void click(String css) {
        chromium.driver().findElement(By.cssSelector(css)).click();
    }

    private String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText();
    }

    private String attribute(String css, String name) {
        return chromium.driver().findElement(By.cssSelector(css)).getAttribute(name);
    }

    private void select(String css, String visibleText) {
        chromium.driver().findElement(By.cssSelector(css)).findElements(By.tagName("option")).stream()
                .filter(option -> option.getText().equals(visibleText)).findFirst().orElseThrow().click();
    }

    private void type(String css, String text) {
        WebElement input = chromium.driver().findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
