package io.cliqmigrate.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A saved JSON report read back renders every format exactly as the scan result it was written from: for each
 * scenario of the golden matrix, each format and the options that change what the formats show.
 */
class JsonReportReaderTest {
    private static final List<ReportOptions> OPTIONS = List.of(
            ReportOptions.plain(false),
            ReportOptions.plain(true),
            new ReportOptions(false, true, "module-a", Severity.INFO, "https://github.com/acme/app/blob/0123abc", 1),
            new ReportOptions(false, false, null, null, null, 0));

    @TestFactory
    Stream<DynamicTest> everyFormatRendersTheSameFromTheJsonReport() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, ScanResult> scenario : ReporterGoldenTest.scenarios().entrySet()) {
            for (String format : Reporters.FORMATS) {
                for (int i = 0; i < OPTIONS.size(); i++) {
                    ReportOptions options = OPTIONS.get(i);
                    tests.add(DynamicTest.dynamicTest(scenario.getKey() + " as " + format + " (options " + i + ")",
                            () -> {
                                Reporter reporter = Reporters.forFormat(format, options).orElseThrow();
                                ScanResult readBack = JsonReportReader.read(render("json", scenario.getValue()));
                                assertThat(render(reporter, readBack)).isEqualTo(render(reporter, scenario.getValue()));
                            }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void theGitRevisionAndConfigurationComeBack() throws Exception {
        ScanResult notes = ReporterGoldenTest.scenarios().get("notes");
        ScanResult readBack = JsonReportReader.read(render("json", notes));
        assertThat(readBack.git()).isEqualTo(notes.git());
        assertThat(readBack.configuration()).isEqualTo(notes.configuration());
        assertThat(readBack.rules()).isEqualTo(notes.rules());
        assertThat(readBack.findings()).isEqualTo(notes.findings());
    }

    @Test
    void aTextThatIsNotAReportIsRefusedInOneLine() {
        assertRefused("", "not a cliq-migrate JSON report (no JSON object)");
        assertRefused("{\"schemaVersion\": 2, \"tool\": {\"name\": \"cliq-migr", "not JSON (line 1, column 49)");
        assertRefused("[1, 2]", "not a cliq-migrate JSON report (no JSON object)");
        assertRefused("{\"version\": \"2.1.0\", \"runs\": []}", "not a cliq-migrate JSON report (tool.name is missing)");
        assertRefused("{\"schemaVersion\": 2, \"tool\": {\"name\": \"gitleaks\"}}",
                "not a cliq-migrate JSON report (tool.name is 'gitleaks')");
        assertRefused("{\"tool\": {\"name\": \"cliq-migrate\"}}", "not a cliq-migrate JSON report (no schemaVersion)");
        assertRefused("{\"schemaVersion\": 1, \"tool\": {\"name\": \"cliq-migrate\"}}",
                "JSON report of schemaVersion 1, this version reads 2 (scan again with this version)");
        assertRefused("{\"schemaVersion\": 2, \"tool\": {\"name\": \"cliq-migrate\", \"version\": \"1\"}, "
                + "\"summary\": {}}", "malformed cliq-migrate JSON report: 'filesScanned' is missing or not a number");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> JsonReportReader.read(json)).isInstanceOf(JsonReportReader.NotAReportException.class)
                .hasMessage(message);
    }

    private static String render(String format, ScanResult result) throws IOException {
        return render(Reporters.forFormat(format, false).orElseThrow(), result);
    }

    private static String render(Reporter reporter, ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }
}
