package io.cliqmigrate.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown summary as GitHub renders it in a pull-request comment or a job summary. */
class MarkdownReporterTest {
    private static final String HOSTILE_PATH = "src/a|b*<img src=x onerror=alert(1)>.java";

    @Test
    void hostileFileNamesAndMessagesStayInTheirCellAndCannotBecomeHtml() throws IOException {
        Finding plain = ReporterGoldenTest.query(HOSTILE_PATH, 3, false, List.of());
        Finding hostile = withMessage(plain, "Token in `code` | column\n| error | fake-rule | x.java:1 | forged row "
                + "| <script>alert(1)</script> _emphasis_ [link](javascript:alert(1))");
        ScanResult result = ReporterGoldenTest.result(List.of(hostile), List.of(), List.of());

        for (String prefix : new String[] {null, "https://github.com/acme/app/blob/main/"}) {
            String report = render(result, options(Severity.ERROR, prefix, 50));
            List<String> rows = findingRows(report);
            assertThat(rows).as("one row, no forged one").hasSize(1);
            // | severity | rule | location | message |: five unescaped bars, whatever the path and message hold
            assertThat(rows.get(0).split("(?<!\\\\)\\|", -1)).hasSize(6);
            assertThat(report).doesNotContain("<img", "<script").doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
                    .doesNotContainPattern("(?<!\\\\)`code");
            assertThat(rows.get(0)).contains("&lt;img src=x onerror=alert(1)&gt;", "\\`code\\`", "\\n\\| error",
                    "\\_emphasis\\_");
        }
        String linked = render(result, options(Severity.ERROR, "https://github.com/acme/app/blob/main", 50));
        // the path is percent-encoded in the link target, so neither a bar nor an angle bracket reaches it
        assertThat(linked).contains("(<https://github.com/acme/app/blob/main/src/a%7Cb*%3Cimg%20src=x%20onerror="
                + "alert(1)%3E.java#L3>)");
    }

    @Test
    void aLongReportStaysUnder60000CharactersAndSaysHowManyFindingsItLeftOut() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            findings.add(ReporterGoldenTest.query("src/main/java/com/acme/generated/Client" + i + ".java", i, false,
                    List.of()));
        }
        ScanResult result = ReporterGoldenTest.result(findings, List.of(), List.of());

        String report = render(result, options(Severity.ERROR, "https://github.com/acme/app/blob/main/", 10_000));

        assertThat(report.length()).isLessThan(MarkdownReporter.LIMIT);
        long rows = findingRows(report).size();
        assertThat(rows).isBetween(100L, 1_999L);
        assertThat(report).contains("_" + (2_000 - rows) + " more findings not shown (" + rows + " of 2000 listed; "
                + "this summary stays under 60,000 characters)");
        // the checklist comes after the note, whole
        assertThat(report).endsWith(MarkdownReporter.CHECKLIST.get(2) + "\n");
    }

    @Test
    void theFindingsTableListsTheMostSevereFirstUpToTheMaximumAsked() throws IOException {
        ScanResult result = ReporterGoldenTest.result(List.of(ReporterGoldenTest.inventory("src/A.java", 1),
                ReporterGoldenTest.query("src/B.java", 2, false, List.of()),
                ReporterGoldenTest.query("src/C.java", 3, false, List.of())), List.of(), List.of());

        String report = render(result, options(Severity.WARNING, null, 1));

        assertThat(findingRows(report))
                .containsExactly("| error | authtoken-query-param | src/B.java:2 | Legacy authtoken in a Zoho URL "
                        + "query. Send 'Authorization: Zoho-oauthtoken &lt;access token&gt;' instead |");
        assertThat(report).contains("**Failed**: 2 findings at or above warning (`--fail-on warning`)",
                "_2 more findings not shown (1 of 3 listed; at most 1 by `--markdown-max-findings`)");
    }

    @Test
    void aCleanScanIsAPassingStatusLineWithoutTablesOrChecklist() throws IOException {
        String report = render(ReporterGoldenTest.result(List.of(), List.of(), List.of()),
                options(Severity.ERROR, null, 50));

        assertThat(report).contains("**Passed**: no finding at or above error (`--fail-on error`). No findings")
                .doesNotContain("|", "Setup checklist");
    }

    /** The rows of the findings table: after its header's delimiter row, up to the blank line. */
    private static List<String> findingRows(String report) {
        List<String> lines = report.lines().toList();
        int from = lines.indexOf("|---|---|---|---|") + 1;
        List<String> rows = new ArrayList<>();
        for (int i = from; from > 0 && i < lines.size() && !lines.get(i).isEmpty(); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    static ReportOptions options(Severity failOn, String linkPrefix, int max) {
        return new ReportOptions(false, false, null, failOn, linkPrefix, max);
    }

    private static Finding withMessage(Finding f, String message) {
        return new Finding(f.ruleId(), f.severity(), f.location(), message, f.snippet(), f.fingerprint(), false,
                null, f.related(), f.fixes(), f.helpUri());
    }

    private static String render(ScanResult result, ReportOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReporter(options).write(result, out);
        return out.toString();
    }
}
