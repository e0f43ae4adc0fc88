package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.QuotedText;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.reports.ReportOptions;
import io.cliqmigrate.reports.Reporters;
import io.cliqmigrate.rules.BuiltinRules;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No secret leaves the machine in full, in any report format. Every rule runs over planted files, one per language
 * and configuration format the scanner reads and two (Java, Deluge) whose syntax error is at the password, each
 * holding every kind of credential, and over every rule fixture and the example project; each report format, its
 * errors included, is then searched for the secrets. Keys, names and paths must stay readable.
 *
 * <p>A planted file's values derive from its name ({@link #planted}), so each file holds its own; a new format
 * needs only a new file (the first test names the values it must hold). The values use only characters no report
 * format escapes, so a leak shows as written.
 */
class PlantedSecretsTest {
    private static final Path PLANTED = Path.of("src/test/resources/planted-secrets");
    private static final Path FIXTURES = Path.of("../rules/src/test/resources/fixtures");
    private static final Path EXAMPLE = Path.of("../examples/legacy-cliq-app");
    /** Any 8 characters of a secret in a report are a leak: a mask keeps at most its first 4. */
    private static final int WINDOW = 8;
    /** Tokens written in the fixtures: Zoho OAuth and webhook tokens, authtokens, hex client secrets. */
    private static final Pattern FIXTURE_TOKEN = Pattern.compile(
            "100[01]\\.[0-9a-f]{32}\\.[0-9a-f]{32}|(?<![0-9A-Za-z.])[0-9a-fA-F]{28,64}(?![0-9A-Za-z])");
    /** What must stay readable: the generator's field names, OAuth keys, query keys, the generator's path. */
    private static final List<String> KEYS = List.of("PASSWORD", "EMAIL_ID", "SCOPE", "scope", "client_secret",
            "refresh_token", "zapikey", "authtoken", "/apiauthtoken/nb/create");

    /** Formats that show findings by their message only, without the code frame. */
    private static final List<String> MESSAGES_ONLY = List.of("markdown", "junit");

    enum Kind { PASSWORD, LOGIN_EMAIL, CLIENT_SECRET, OAUTH_TOKEN, WEBHOOK_TOKEN, AUTHTOKEN }

    private static ScanResult planted;
    private static ScanResult fixtures;

    @BeforeAll
    static void scanOnce() throws IOException {
        planted = scan(PLANTED);
        fixtures = scan(FIXTURES, EXAMPLE);
    }

    private static ScanResult scan(Path... roots) throws IOException {
        return new ScanEngine("test", BuiltinRules.all(), Languages.defaults()).scan(ScanConfig.of(roots));
    }

    /** The secrets planted in a file: a password with spaces, the e-mail sent with it, OAuth and Cliq tokens. */
    static Map<Kind, String> planted(String fileName) {
        Map<Kind, String> values = new EnumMap<>(Kind.class);
        String password = hex("password", fileName, 12);
        values.put(Kind.PASSWORD, "Pw " + password.substring(0, 6) + " " + password.substring(6) + "!");
        String email = hex("email", fileName, 10);
        values.put(Kind.LOGIN_EMAIL, "ops" + email.substring(0, 6) + "@m" + email.substring(6) + ".io");
        values.put(Kind.CLIENT_SECRET, hex("client-secret", fileName, 42));
        values.put(Kind.OAUTH_TOKEN, "1000." + hex("refresh-token", fileName, 32) + "."
                + hex("refresh-token-2", fileName, 32));
        values.put(Kind.WEBHOOK_TOKEN, "1001." + hex("webhook-token", fileName, 32) + "."
                + hex("webhook-token-2", fileName, 32));
        values.put(Kind.AUTHTOKEN, hex("authtoken", fileName, 32));
        return values;
    }

    @Test
    void everyPlantedFileHoldsEveryKindOfSecretOnALineAReportShows() throws IOException {
        List<String> files = plantedFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        for (String file : files) {
            String text = Files.readString(PLANTED.resolve(file), StandardCharsets.UTF_8);
            Map<Kind, String> values = planted(file);
            assertThat(text).as(file + " must hold " + values).contains(values.values());
            TreeSet<Integer> shown = shownLines(planted, file);
            values.forEach((kind, value) -> assertThat(linesOf(text, value)).as(kind + " in " + file
                    + " is on a line no finding shows").containsAnyElementsOf(shown));
        }
    }

    @TestFactory
    Stream<DynamicTest> noPlantedSecretAppearsInAnyReportFormat() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : Reporters.FORMATS) {
            String report = render(planted, format);
            for (String file : plantedFiles()) {
                tests.add(DynamicTest.dynamicTest(format + " " + file, () -> assertThat(
                        planted(file).values().stream().flatMap(value -> leaks(report, value).stream()).toList())
                        .as("planted secrets of " + file + " shown in the " + format + " report").isEmpty()));
            }
        }
        return tests.stream();
    }

    /** {@code report --from}: the JSON report is already masked, and reading it back unmasks nothing. */
    @TestFactory
    Stream<DynamicTest> noPlantedSecretAppearsInAnyFormatRenderedFromTheJsonReport() throws Exception {
        ScanResult readBack = io.cliqmigrate.reports.JsonReportReader.read(render(planted, "json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : Reporters.FORMATS) {
            String report = render(readBack, format);
            tests.add(DynamicTest.dynamicTest(format, () -> assertThat(plantedFiles().stream()
                    .flatMap(file -> planted(file).values().stream()).flatMap(value -> leaks(report, value).stream())
                    .toList()).as("planted secrets shown in the " + format + " report from JSON").isEmpty()));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noFixtureTokenAppearsInAnyReportFormat() throws IOException {
        TreeSet<String> tokens = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(FIXTURES), Files.walk(EXAMPLE))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = FIXTURE_TOKEN.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    String token = m.group();
                    if (token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter)) {
                        tokens.add(token);
                    }
                }
            }
        }
        assertThat(tokens).hasSizeGreaterThan(100);
        return Reporters.FORMATS.stream().map(format -> DynamicTest.dynamicTest(format, () -> {
            String report = render(fixtures, format);
            // what a mask hides: all but the first four characters (fixture tokens are too regular for windows)
            assertThat(tokens.stream().filter(token -> report.contains(token.substring(4))).toList())
                    .as("fixture tokens shown in the " + format + " report").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> keysNamesAndPathsStayReadable() {
        return Reporters.FORMATS.stream().map(format -> DynamicTest.dynamicTest(format, () -> {
            String plantedReport = render(planted, format);
            String fixtureReport = render(fixtures, format);
            // the CI summaries show each finding's message, not its code: the keys are the code's
            if (!MESSAGES_ONLY.contains(format)) {
                assertThat(plantedReport).contains(KEYS);
            }
            assertThat(maskedKeys(plantedReport)).as(format + " report of the planted files").isEmpty();
            assertThat(maskedKeys(fixtureReport)).as(format + " report of the fixtures").isEmpty();
        }));
    }

    @Test
    void ruleMessagesShowAMaskOnlyWhereTheyQuoteTheFile() {
        List<String> masked = new ArrayList<>();
        for (ScanResult result : List.of(planted, fixtures)) {
            for (Finding f : result.findings()) {
                List<String> messages = new ArrayList<>(List.of(f.message()));
                f.related().forEach(r -> messages.add(r.message()));
                // a quoted part quotes the file, and may show a real secret masked; the rule's own words never
                messages.stream().filter(m -> QuotedText.mapQuoted(m, quoted -> "").contains("**"))
                        .forEach(m -> masked.add(f.ruleId() + ": " + m));
            }
        }
        assertThat(masked).isEmpty();
    }

    /** Keys shown with their tail masked ({@code PA******}, {@code 's****'}, {@code /apia****}), with their line. */
    private static List<String> maskedKeys(String report) {
        List<String> found = new ArrayList<>();
        for (String key : KEYS) {
            for (int keep = 2; keep < key.length(); keep++) {
                String prefix = Pattern.quote(key.substring(0, keep));
                Matcher m = Pattern.compile("(?<![\\w.-])" + prefix + "\\*").matcher(report);
                if (m.find()) {
                    found.add(lineAt(report, m.start()));
                }
            }
        }
        return found;
    }

    private static String lineAt(String report, int at) {
        int lineEnd = report.indexOf('\n', at);
        return report.substring(report.lastIndexOf('\n', at) + 1, lineEnd < 0 ? report.length() : lineEnd);
    }

    /** The parts of a secret that a report shows, each with the report's line around it. */
    private static List<String> leaks(String report, String secret) {
        for (int i = 0; i + WINDOW <= secret.length(); i++) {
            int at = report.indexOf(secret.substring(i, i + WINDOW));
            if (at >= 0) {
                return List.of(secret + " in: " + lineAt(report, at));
            }
        }
        return List.of();
    }

    /**
     * A format's report of every finding, as a reader sees it. The Markdown summary lists a table's worth of
     * findings, so it is rendered file by file (each whole: no "not shown" note), with every finding failing, and
     * read with its escapes undone ({@code EMAIL\_ID} shows as {@code EMAIL_ID}).
     */
    private static String render(ScanResult result, String format) {
        if (format.equals("html")) {
            // the findings are a JSON data island: its escapes undone, then the page's own
            return render(result, format, ReportOptions.plain(false)).replace("\\u003c", "<")
                    .replace("\\u003e", ">").replace("\\u0026", "&").replace("\\\"", "\"").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"")
                    .replace("&amp;", "&");
        }
        if (!format.equals("markdown")) {
            return render(result, format, ReportOptions.plain(false));
        }
        ReportOptions all = new ReportOptions(false, false, null, Severity.INFO, null, Integer.MAX_VALUE);
        Map<String, List<Finding>> byFile = new TreeMap<>();
        result.findings().forEach(f -> byFile.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f));
        StringBuilder reports = new StringBuilder(render(new ScanResult(result.toolName(), result.toolVersion(),
                result.rules(), List.of(), result.errors(), result.skipped(), result.stats()), format, all));
        for (List<Finding> findings : byFile.values()) {
            String report = render(new ScanResult(result.toolName(), result.toolVersion(), result.rules(), findings,
                    List.of(), List.of(), result.stats()), format, all);
            assertThat(report).as("a whole Markdown report").doesNotContain("not shown");
            reports.append(report);
        }
        return reports.toString().replaceAll("\\\\(\\p{Punct})", "$1").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String render(ScanResult result, String format, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            Reporters.forFormat(format, options).orElseThrow().write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The lines of a file that some finding's code frame shows. */
    private static TreeSet<Integer> shownLines(ScanResult result, String file) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (Finding f : result.findings()) {
            if (f.location().path().endsWith("planted-secrets/" + file)) { // paths are repository-relative
                long count = f.snippet().lines().count();
                for (int line = f.location().startLine(); line < f.location().startLine() + count; line++) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static List<Integer> linesOf(String text, String value) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].contains(value)) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static List<String> plantedFiles() throws IOException {
        try (Stream<Path> files = Files.list(PLANTED)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String hex(String kind, String fileName, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind + ":" + fileName).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
