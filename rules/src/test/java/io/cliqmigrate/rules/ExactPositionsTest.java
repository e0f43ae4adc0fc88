package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding's range is exactly the text it means: the file's own text there is the {@code authtoken} key, the
 * token, the scope or the {@code Zoho-authtoken} scheme, whatever stands before it in the literal or the value
 * (escaped quotes, unicode escapes, {@code %%}, a text block's indentation, {@code &amp;}, a CDATA section, a
 * properties continuation line, a folded YAML string, a JSON-escaped Deluge script, and non-ASCII text such as
 * {@code İ}, whose lower case is two characters). Fixes are splices at these ranges, so a range one character off
 * would corrupt the file. Each finding is shown with one character of the file on either side,
 * {@code before[text]after}, so the test also pins which occurrence on the line is meant; a line end shows as
 * {@code ⏎}, so the same files with CRLF line ends expect the same.
 */
class ExactPositionsTest {
    static final Path PROJECT = Path.of("src/test/resources/positions");
    private static final Set<String> RULES = Set.of("authtoken-query-param", "authtoken-form-param",
            "legacy-authtoken-scope", "hardcoded-legacy-token", "zoho-authtoken-header");

    @TempDir
    static Path tmp;
    private static Path lf;
    private static Path crlf;
    private static ScanResult lfScan;
    private static ScanResult crlfScan;

    @BeforeAll
    static void scanTheProjectWithLfAndCrlfLineEnds() throws IOException {
        lf = copy(tmp.resolve("lf"), false);
        crlf = copy(tmp.resolve("crlf"), true);
        List<Rule> rules = BuiltinRules.all().stream().filter(r -> RULES.contains(r.descriptor().id())).toList();
        lfScan = new ScanEngine("test", rules, Languages.defaults()).scan(ScanConfig.of(lf));
        crlfScan = new ScanEngine("test", rules, Languages.defaults()).scan(ScanConfig.of(crlf));
    }

    @Test
    void javaWithEscapedQuotesUnicodeEscapesATextBlockAndAFormatString() throws IOException {
        assertPointsAt("src/main/java/com/acme/oncall/OnCallNotifier.java",
                "10 hardcoded-legacy-token \"[9f1c2e3d4b5a69788796a5b4c3d2e1f0]\"",
                // a tab, an emoji and İ before the literal on its line
                "12 authtoken-query-param ?[authtoken]=",
                "16 authtoken-query-param &[authtoken]=",
                "16 legacy-authtoken-scope =[crmapi]\"",
                // the text block's line has İ and an emoji before the URL, which a \ joins over two lines
                "23 authtoken-query-param  [authtoken]=",
                "23 legacy-authtoken-scope =[ZohoCliq/InternalAPI]\"",
                // %% is one % in the URL
                "29 authtoken-query-param &[authtoken]=",
                "34 hardcoded-legacy-token =[0123456789abcdef0123456789abcdef]&",
                "34 legacy-authtoken-scope =[crmapi]\"",
                "39 zoho-authtoken-header \"[Zoho-authtoken] ");
    }

    @Test
    void propertiesWithAUnicodeEscapeAndAContinuationLine() throws IOException {
        assertPointsAt("src/main/resources/application.properties",
                "4 authtoken-query-param &[authtoken]=",
                "4 hardcoded-legacy-token :[3d32dca7eb406bf0a6c0f241f3cfbeff]}",
                "4 legacy-authtoken-scope =[crmapi]⏎",
                "5 hardcoded-legacy-token =[9f1c2e3d4b5a69788796a5b4c3d2e1f0]⏎",
                "6 authtoken-query-param &[authtoken]=");
    }

    @Test
    void yamlQuotedFoldedAndBlockScalars() throws IOException {
        assertPointsAt("config/notifier.yml",
                "4 authtoken-query-param ?[authtoken]=",
                // a double-quoted string with \" and İ, continued on the next line by an escaped line end
                "6 authtoken-query-param &[authtoken]=",
                "6 legacy-authtoken-scope =[crmapi]\"",
                // a single-quoted string with '' before the URL
                "7 authtoken-query-param ?[authtoken]=",
                "9 legacy-authtoken-scope \"[ZohoCRM/crmapi]\"",
                // a literal block: its lines lose their indentation in the value, not in the file
                "13 authtoken-query-param ?[authtoken]=",
                "14 zoho-authtoken-header  [Zoho-authtoken] ");
    }

    @Test
    void anAnsiblePlaybookReadAsTextForItsJinjaTemplates() throws IOException {
        assertPointsAt("ansible/crm-sync.yml",
                "10 authtoken-form-param  [authtoken]:",
                "11 legacy-authtoken-scope  [crmapi]⏎");
    }

    @Test
    void xmlWithEntitiesCharacterReferencesAndCdata() throws IOException {
        assertPointsAt("config/spring-zoho.xml",
                "5 authtoken-query-param ;[authtoken]=",
                "7 legacy-authtoken-scope >[ZohoCliq/InternalAPI]<",
                "9 authtoken-query-param &[authtoken]=",
                "9 hardcoded-legacy-token =[9f1c2e3d4b5a69788796a5b4c3d2e1f0]&",
                "9 legacy-authtoken-scope =[crmapi]]",
                "10 authtoken-query-param ;[authtoken]=",
                "10 legacy-authtoken-scope =[crmapi]<");
    }

    @Test
    void delugeWithEscapedQuotesAndTurkishTextBeforeTheMatch() throws IOException {
        assertPointsAt("deluge/sync_accounts.dg",
                "3 authtoken-query-param &[authtoken]=",
                "3 legacy-authtoken-scope =[crmapi]\"",
                "5 authtoken-form-param ([\"authtoken\"],",
                "6 legacy-authtoken-scope \"[ZohoCRM/crmapi]\"",
                "8 zoho-authtoken-header \"[Zoho-authtoken] ",
                "9 authtoken-query-param &[authtoken]=",
                "9 hardcoded-legacy-token =[9f1c2e3d4b5a69788796a5b4c3d2e1f0]\"");
    }

    @Test
    void delugeInACliqExportIsReportedAtItsJsonEscapedSource() throws IOException {
        // a token in a comment of the script (after escaped quotes) is masked, no longer reported: see the rule's doc
        assertPointsAt("cliq-export/standup-bot.json",
                // the Deluge literal "authtoken" is written \"authtoken\" in the export, escapes included
                "6 authtoken-form-param ([\\\"authtoken\\\"],",
                "6 legacy-authtoken-scope \"[ZohoCliq/InternalAPI]\\",
                "6 authtoken-query-param &[authtoken]=",
                "6 hardcoded-legacy-token =[9f1c2e3d4b5a69788796a5b4c3d2e1f0]\\");
    }

    @Test
    void jsonWithUnicodeEscapedAmpersandsAndAnEscapedSlash() throws IOException {
        assertPointsAt("config/appsettings.json",
                "3 authtoken-query-param 6[authtoken]=",
                "3 hardcoded-legacy-token =[9f1c2e3d4b5a69788796a5b4c3d2e1f0]\"",
                // the value is ZohoCliq/InternalAPI; the file writes its slash as \/
                "4 legacy-authtoken-scope \"[ZohoCliq\\/InternalAPI]\"");
    }

    @Test
    void javaScriptTemplateLiteralAfterAnInterpolation() throws IOException {
        assertPointsAt("web/cliq.js",
                "5 authtoken-query-param &[authtoken]=",
                "5 legacy-authtoken-scope =[crmapi]`",
                "9 zoho-authtoken-header `[Zoho-authtoken] ");
    }

    @Test
    void kotlinTemplateStringsWithEscapedQuotesAndAnEmoji() throws IOException {
        assertPointsAt("src/main/kotlin/com/acme/alerts/CliqAlerts.kt",
                "6 authtoken-query-param &[authtoken]=",
                "8 authtoken-form-param &[authtoken]=");
    }

    /** The findings in one file, as {@code line rule before[text]after}, in the LF and the CRLF copy alike. */
    private static void assertPointsAt(String path, String... expected) throws IOException {
        assertThat(pointedAt(lfScan, lf, path)).as(path).containsExactly(expected);
        assertThat(pointedAt(crlfScan, crlf, path)).as(path + " with CRLF line ends").containsExactly(expected);
    }

    private static List<String> pointedAt(ScanResult scan, Path root, String path) throws IOException {
        String text = Files.readString(root.resolve(path));
        return scan.findings().stream().filter(f -> f.location().path().equals(path))
                .map(f -> f.location().startLine() + " " + f.ruleId() + " " + shown(text, f)).toList();
    }

    private static String shown(String text, Finding finding) {
        TextRange range = finding.location().range();
        return around(text, range.start() - 1) + "[" + text.substring(range.start(), range.end()) + "]"
                + around(text, range.end());
    }

    private static String around(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return "";
        }
        char c = text.charAt(at);
        return c == '\n' || c == '\r' ? "⏎" : String.valueOf(c);
    }

    /** The project copied to {@code target}, with its line ends turned to CRLF when {@code crlf}. */
    private static Path copy(Path target, boolean crlf) throws IOException {
        try (Stream<Path> files = Files.walk(PROJECT)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(PROJECT.relativize(from).toString());
                Files.createDirectories(to.getParent());
                String text = Files.readString(from);
                Files.writeString(to, crlf ? text.replace("\n", "\r\n") : text);
            }
        }
        return target;
    }
}
