package io.cliqmigrate.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reporter over one fixed scenario matrix, compared with {@code golden/<scenario>.<ext>}. Run with
 * {@code -Dgolden.update=true} to regenerate, then review the diff.
 */
class ReporterGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final RuleDescriptor QUERY = new RuleDescriptor("authtoken-query-param",
            "Legacy Zoho authtoken sent as a URL query parameter", Severity.ERROR, List.of("*"),
            List.of("legacy-auth"), "https://example.test/docs/rules/authtoken-query-param.md",
            "# authtoken-query-param\n\n## What it finds\n\nA Zoho URL that carries `authtoken=` in its query,\nhowever "
                    + "it is built.\n\n## How to fix\n\nSend `Authorization: Zoho-oauthtoken <access token>`.\n",
            new RuleDescriptor.Effort(30, 10, 2, "Per call site: the header from a token provider and a test call."));
    private static final RuleDescriptor INVENTORY = new RuleDescriptor("cliq-api-inventory",
            "Cliq REST API call", Severity.INFO, List.of("*"), List.of("inventory", "cliq"),
            "https://example.test/docs/rules/cliq-api-inventory.md");

    static Map<String, ScanResult> scenarios() {
        Map<String, ScanResult> s = new LinkedHashMap<>();
        s.put("empty", result(List.of(), List.of(), List.of()));
        s.put("single", result(List.of(query("src/CliqClient.java", 21, false, List.of())), List.of(), List.of()));
        s.put("multiple", result(List.of(
                query("src/CliqClient.java", 21, false, List.of()),
                inventory("src/CliqClient.java", 19),
                query("src/conf/app.properties", 3, false, List.of())), List.of(), List.of()));
        s.put("with-fixes", result(List.of(query("src/CliqClient.java", 21, false, List.of(
                Fix.review("webhook-token", "Use the channel's webhook token", List.of(new TextEdit("src/CliqClient.java",
                        new TextRange(310, 329), "/message?zapikey=", new io.cliqmigrate.core.model.Location(
                        "src/CliqClient.java", 21, 40, 21, 59, new TextRange(310, 329))))),
                Fix.manual("oauth", "Authenticate with OAuth", "Create a Self Client", "Send Zoho-oauthtoken")))),
                List.of(), List.of()));
        s.put("parse-error", result(List.of(query("src/Broken.java", 4, false, List.of())), List.of(
                new ProcessingError("src/Broken.java", ProcessingError.Kind.PARSE,
                        "syntax error, scanned lexically: Parse error. Found \"}\"", 7, 1)), List.of(
                new SkippedFile("assets/logo.java", "binary"),
                // listed, but scanned under its own path: not counted as not fully scanned
                SkippedFile.sameFileAs("vendor-link/CliqClient.java", "src/CliqClient.java"))));
        s.put("rule-crash", result(List.of(), List.of(ProcessingError.of("src/Odd.java", ProcessingError.Kind.RULE,
                "internal error in rule authtoken-query-param: IllegalStateException: boom")), List.of()));
        s.put("suppressed", result(List.of(query("src/CliqClient.java", 21, true, List.of()),
                inventory("src/CliqClient.java", 19)), List.of(), List.of()));
        // file names and source lines that try to break the report's layout or repaint the terminal
        Finding hostile = query("src/a\nb.java", 3, false, List.of());
        s.put("hostile-text", result(List.of(new Finding(hostile.ruleId(), hostile.severity(), hostile.location(),
                hostile.message(), "\tString u = \"\u001b[2Jhttps://x.zoho.com/a?authtoken=\"; // \u202egnp.exe",
                hostile.fingerprint(), false, null, List.of(), List.of(), hostile.helpUri())), List.of(
                ProcessingError.of("src/c\rd.java", ProcessingError.Kind.READ, "cannot read: AccessDeniedException")),
                List.of(new SkippedFile("assets/\u001b[31mred.java", "binary"))));
        s.put("notes", new ScanResult("cliq-migrate", "0.0.0-test", List.of(INVENTORY, QUERY),
                List.of(query("src/CliqClient.java", 21, true, List.of())), List.of(), List.of(),
                new ScanResult.Stats(12, 4, 3),
                List.of(new ScanResult.FileCharset("src/Legacy.java", "ISO-8859-1", "not valid UTF-8; read as ISO-8859-1")),
                List.of(new ScanResult.UnusedSuppression("src/CliqClient.java", 30,
                        "unknown rule id 'authtoken-query-parm' (see 'cliq-migrate rules')")))
                // a scan of a git work tree with uncommitted changes, with a rule off and a severity changed
                .withGit(new ScanResult.Git("0123456789abcdef0123456789abcdef01234567", "main", true,
                        "https://github.com/acme/app.git"))
                .withConfiguration(new ScanResult.Configuration("warning", List.of("crm-v1-endpoint"),
                        Map.of("cliq-api-inventory", "warning"))));
        return s;
    }

    @TestFactory
    Stream<DynamicTest> everyReporterMatchesItsGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, ScanResult> scenario : scenarios().entrySet()) {
            for (String format : Reporters.FORMATS) {
                Reporter reporter = Reporters.forFormat(format, false).orElseThrow();
                String name = scenario.getKey() + "." + reporter.defaultExtension();
                tests.add(DynamicTest.dynamicTest(name, () -> compare(reporter, scenario.getValue(), name)));
            }
        }
        // SARIF leaves suppressed findings out unless asked (GitHub would open alerts for them)
        tests.add(DynamicTest.dynamicTest("suppressed-included.sarif", () -> compare(new SarifReporter(true,
                ReportOptions.DEFAULT_CATEGORY), scenarios().get("suppressed"), "suppressed-included.sarif")));
        // the CI summaries follow --fail-on, and link to the hosted source when given a prefix
        tests.add(DynamicTest.dynamicTest("multiple-linked.md", () -> compare(new MarkdownReporter(new ReportOptions(
                false, false, null, Severity.WARNING, "https://github.com/acme/app/blob/0123abc", 2)),
                scenarios().get("multiple"), "multiple-linked.md")));
        tests.add(DynamicTest.dynamicTest("multiple-fail-on-info.xml", () -> compare(new JUnitReporter(Severity.INFO),
                scenarios().get("multiple"), "multiple-fail-on-info.xml")));
        tests.add(DynamicTest.dynamicTest("multiple-fail-on-none.md", () -> compare(new MarkdownReporter(
                new ReportOptions(false, false, null, null, null, 50)), scenarios().get("multiple"),
                "multiple-fail-on-none.md")));
        // --compact: one line per finding, for terminals and logs
        tests.add(DynamicTest.dynamicTest("multiple-compact.txt", () -> compare(new TextReporter(
                ReportOptions.plain(false).withCompact(true)), scenarios().get("multiple"), "multiple-compact.txt")));
        return tests.stream();
    }

    private static void compare(Reporter reporter, ScanResult result, String name) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        String actual = reporter instanceof HtmlReporter ? withoutAssets(out.toString()) : out.toString();
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (run with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    /**
     * The HTML pages without their style and script, which are the same in every page: the CLI's golden page of the
     * fixture project holds them, and {@link HtmlReporterTest} checks the policy's hashes of them.
     */
    private static String withoutAssets(String html) {
        return html.replaceFirst("(?s)<style>.*?</style>", "<style>…</style>")
                .replaceFirst("(?s)<script>.*?</script>", "<script>…</script>");
    }

    static ScanResult result(List<Finding> findings, List<ProcessingError> errors, List<SkippedFile> skipped) {
        return new ScanResult("cliq-migrate", "0.0.0-test", List.of(INVENTORY, QUERY), findings, errors, skipped,
                new ScanResult.Stats(12, 4, 3, 2));
    }

    static Finding query(String path, int line, boolean suppressed, List<Fix> fixes) {
        Finding f = new Finding(QUERY.id(), Severity.ERROR, new Location(path, line, 29, line, 38,
                new TextRange(310, 319)), "Legacy authtoken in a Zoho URL query. Send 'Authorization: "
                + "Zoho-oauthtoken <access token>' instead", "                + \"/message?authtoken=\" + authToken;",
                "0123456789abcdef01234567", false, null,
                List.of(new RelatedLocation("src/Endpoints.java", 7, "value of Endpoints.CLIQ_BASE is defined here")),
                fixes, QUERY.helpUri());
        return suppressed ? f.withSuppression("dead code, removed in OPS-123") : f;
    }

    static Finding inventory(String path, int line) {
        return new Finding(INVENTORY.id(), Severity.INFO, new Location(path, line, 22, line, 31,
                new TextRange(250, 259)), "Cliq API v2 call: channelsbyname messaging endpoint; OAuth scope "
                + "ZohoCliq.Webhooks.CREATE", "        String url = CLIQ_BASE + channel", "fedcba9876543210fedcba98",
                false, null, List.of(), List.of(), INVENTORY.helpUri());
    }
}
