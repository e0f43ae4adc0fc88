package io.cliqmigrate.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fix --apply --unsafe} on each legacy case under {@code java-clients/} (a copy, as its own scan root): the
 * files it changes or creates are those under {@code java-clients-fixed/<case>/} with the same relative path (a file
 * without a golden must stay as it is), the fixed case compiles at its Java level against the real libraries, a
 * second run changes nothing, and the fixed code of one case per client family, run in a child JVM against the stub
 * Zoho server, sends the request the legacy code sent with {@code Authorization: Zoho-oauthtoken …} from the
 * generated provider and no authtoken. Run with {@code -Dgolden.update=true} to regenerate the goldens, then review
 * the diff.
 */
class JavaClientsFixTest {
    static final Path GOLDEN = Path.of("src/test/resources/java-clients-fixed");

    /** Cases the fix leaves alone today, each with why; when a rewrite arrives, its case moves to the goldens. */
    static final Map<String, String> NOT_FIXED_YET = Map.of();

    /**
     * The client families the issue names, each with the cases whose fixed code is run: between them the three
     * places a legacy token travels (query, form, header), the rewrites that add a statement or change the call
     * (URIBuilder, RestTemplate.getForObject to exchange), the client interfaces whose callers pass the header
     * (Retrofit, Feign), and the Java 8 case, whose provider is compiled as Java 8.
     */
    static final Map<String, List<String>> RUNS_PER_FAMILY = families();

    private static final String LEGACY_TOKEN = "3f6c1e9b2a7d4c8e0f5a1b6c9d2e7f40";
    private static final Map<String, FixedCase> FIXED = new ConcurrentHashMap<>();

    @TempDir
    static Path work;
    @TempDir
    Path classes;

    private static Map<String, List<String>> families() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("HttpURLConnection", List.of("urlconnection-query-concat", "java8-urlconnection-properties"));
        families.put("Apache HttpClient 4", List.of("httpclient4-uribuilder"));
        families.put("Apache HttpClient 5", List.of("httpclient5-form"));
        families.put("OkHttp", List.of("okhttp-query-concat"));
        families.put("java.net.http", List.of("jdk-httpclient-query"));
        families.put("Spring RestTemplate", List.of("spring-resttemplate-uricomponents"));
        families.put("Spring RestClient/WebClient", List.of("spring-restclient-uri", "spring-webclient-header"));
        families.put("Retrofit", List.of("retrofit-query"));
        families.put("Feign", List.of("feign-query"));
        return families;
    }

    static Stream<JavaClientCase> cases() {
        return JavaClientCase.all().stream();
    }

    static Stream<JavaClientCase> fixedCases() {
        return cases().filter(c -> !NOT_FIXED_YET.containsKey(c.name()));
    }

    static Stream<Arguments> familyRuns() {
        return RUNS_PER_FAMILY.entrySet().stream()
                .flatMap(family -> family.getValue().stream().map(name -> Arguments.of(family.getKey(), name)));
    }

    /** The case fixed once per test run, shared by the tests that look at it. */
    private static FixedCase fixed(JavaClientCase clientCase) {
        return FIXED.computeIfAbsent(clientCase.name(), name -> FixedCase.fix(clientCase, work));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changesExactlyTheGoldenFiles(JavaClientCase clientCase) {
        FixedCase fixed = fixed(clientCase);
        Path golden = GOLDEN.resolve(clientCase.name());
        if (Boolean.getBoolean("golden.update")) {
            rewrite(golden, fixed.changes());
        }

        if (NOT_FIXED_YET.containsKey(clientCase.name())) {
            assertThat(fixed.changes().keySet()).as("%s is listed as NOT_FIXED_YET (%s), but the fix now changes it: "
                            + "generate its goldens, review them and take it off the list", clientCase,
                    NOT_FIXED_YET.get(clientCase.name())).isEmpty();
            assertThat(golden).as("goldens of a case the fix leaves alone").doesNotExist();
            return;
        }
        SortedMap<String, String> expected = Files.isDirectory(golden) ? UnsafeFix.files(golden) : new TreeMap<>();
        assertThat(fixed.changes().keySet()).as("files the fix changes or creates in %s (goldens in %s; "
                + "-Dgolden.update=true rewrites them)", clientCase, golden).isNotEmpty()
                .containsExactlyElementsOf(expected.keySet());
        fixed.changes().forEach((path, text) ->
                assertThat(text).as("%s after the fix", path).isEqualTo(GeneratedProviders.expand(expected.get(path))
                        .replace("\r\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedCases")
    void fixedCaseCompilesAtItsJavaLevel(JavaClientCase clientCase) {
        FixedCase fixed = fixed(clientCase);

        Compilation compilation = fixed.compile(classes);

        assertThat(compilation.diagnostics()).as("compiler output for the fixed %s (with %s) at --release %d",
                clientCase, fixed.changes().keySet(), compilation.release()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedCases")
    void aSecondRunChangesNothing(JavaClientCase clientCase) {
        FixedCase fixed = fixed(clientCase);

        assertThat(UnsafeFix.pendingChanges(fixed.fixed().folder()).keySet())
                .as("files a second fix run over the fixed %s would change", clientCase).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("familyRuns")
    void fixedCodeSendsTheLegacyRequestWithTheOAuthHeaderInstead(String family, String caseName) throws Exception {
        JavaClientCase clientCase = JavaClientCase.named(caseName);
        // only a case documented as not fixed yet may be passed over; any other case the fix leaves alone fails below
        Assumptions.assumeFalse(NOT_FIXED_YET.containsKey(caseName),
                () -> caseName + " is not fixed yet: " + NOT_FIXED_YET.get(caseName));
        FixedCase fixed = fixed(clientCase);
        assertThat(fixed.changes()).as("files the fix changes in %s, the %s case", caseName, family).isNotEmpty();
        JavaClientRun run = JavaClientRuns.forCase(caseName);
        RecordedRequest legacy = legacyRequest(clientCase, run);

        RecordedRequest migrated;
        try (StubZohoServer zoho = StubZohoServer.start()) {
            ForkedClientRun.run(fixed.compile(classes.resolve("fixed")), run, zoho.url(), LEGACY_TOKEN,
                    zoho.providerEnvironment());
            assertThat(zoho.tokenRequests()).as("access token requests").hasSize(1);
            assertThat(zoho.apiRequests()).as("API requests").hasSize(1);
            migrated = zoho.apiRequests().get(0);
        }

        assertThat(migrated.method()).isEqualTo(legacy.method()).isEqualTo(run.httpMethod());
        assertThat(migrated.path()).isEqualTo(legacy.path()).isEqualTo(run.path());
        assertThat(migrated.headers().get("Authorization")).as("Authorization header")
                .containsExactly("Zoho-oauthtoken " + StubZohoServer.FIRST_ACCESS_TOKEN);
        assertThat(migrated.urlOrBodyContains("authtoken")).as("authtoken in %s or the body", migrated.target()).isFalse();
        assertThat(migrated.urlOrBodyContains(LEGACY_TOKEN)).as("the legacy token in the URL or body").isFalse();
        assertThat(migrated.queryParameters()).as("query parameters other than the authtoken's")
                .isEqualTo(withoutAuthtoken(legacy.queryParameters()));
        assertThat(migrated.formParameters()).as("form fields other than the authtoken's")
                .isEqualTo(withoutAuthtoken(legacy.formParameters()));
    }

    @Test
    void notFixedYetNamesOnlyCasesThatExist() {
        assertThat(JavaClientCase.all()).extracting(JavaClientCase::name)
                .containsAll(NOT_FIXED_YET.keySet())
                .containsAll(RUNS_PER_FAMILY.values().stream().flatMap(List::stream).toList());
    }

    /** What the case as written sends, run in this JVM (it needs no provider). */
    private RecordedRequest legacyRequest(JavaClientCase clientCase, JavaClientRun run) throws IOException {
        try (StubZohoServer zoho = StubZohoServer.start();
             URLClassLoader loader = clientCase.compile(classes.resolve("legacy")).newClassLoader()) {
            run.runAgainst(loader, zoho.url(), LEGACY_TOKEN);
            assertThat(zoho.requests()).as("legacy requests").hasSize(1);
            return zoho.requests().get(0);
        }
    }

    /** The parameters but the authtoken and the authtoken-era {@code scope=…api} ({@code InternalAPI} too). */
    private static Map<String, List<String>> withoutAuthtoken(Map<String, List<String>> parameters) {
        Map<String, List<String>> kept = new LinkedHashMap<>(parameters);
        kept.keySet().removeIf(name -> name.equalsIgnoreCase("authtoken"));
        kept.computeIfPresent("scope", (name, values) -> values.stream()
                .allMatch(value -> value.toLowerCase(Locale.ROOT).endsWith("api")) ? null : values);
        return kept;
    }

    private static void rewrite(Path golden, Map<String, String> files) {
        try {
            if (Files.isDirectory(golden)) {
                try (Stream<Path> walk = Files.walk(golden)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = golden.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, GeneratedProviders.abbreviate(file.getValue()), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
