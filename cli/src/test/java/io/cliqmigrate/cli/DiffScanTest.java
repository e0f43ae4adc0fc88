package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --changed-since REF} and {@code scan --staged}: the changed files, and the files that read or declare
 * what they change, and nothing else.
 */
class DiffScanTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ENDPOINTS = """
            package com.acme.zoho;

            public final class Endpoints {
                public static final String LEADS = "https://crm.zoho.com/crm/v2/Leads";
            }
            """;
    private static final String LEAD_EXPORT = """
            package com.acme.crm;

            import com.acme.zoho.Endpoints;
            import java.net.URI;

            class LeadExport {
                URI export(String token) {
                    return URI.create(Endpoints.LEADS + "?authtoken=" + token);
                }
            }
            """;
    private static final String DEAL_SYNC = """
            package com.acme.crm;

            class DealSync {
                String url(String token) {
                    return "https://crm.zoho.com/crm/private/json/Potentials/getRecords?authtoken=" + token;
                }
            }
            """;
    private static final String NOTIFIER = """
            package com.acme.ops;

            import org.springframework.beans.factory.annotation.Value;

            class CliqNotifier {
                @Value("${zoho.cliq.auth-token}")
                private String cliqToken;
            }
            """;

    @TempDir
    Path tmp;
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(GitRepos.available(), "no git binary");
        repo = GitRepos.create(tmp.resolve("crm-sync"), Map.of(
                "src/main/java/com/acme/zoho/Endpoints.java", ENDPOINTS.replace("/crm/v2/Leads", "/crm/v2/Contacts"),
                "src/main/java/com/acme/crm/LeadExport.java", LEAD_EXPORT,
                "src/main/java/com/acme/crm/DealSync.java", DEAL_SYNC,
                "src/main/java/com/acme/ops/CliqNotifier.java", NOTIFIER,
                "src/main/resources/application.properties", "zoho.cliq.channel=ops\n"));
    }

    @Test
    void onlyChangedAndUntrackedFilesAreScanned() throws Exception {
        GitRepos.write(repo, Map.of("src/main/java/com/acme/crm/DealSync.java", DEAL_SYNC.replace("token;", "token; // v1"),
                "src/main/java/com/acme/crm/QuoteSync.java", DEAL_SYNC.replace("DealSync", "QuoteSync")
                        .replace("Potentials", "Quotes")));

        JsonNode report = scan("--changed-since", "HEAD");

        assertThat(paths(report)).containsExactly("src/main/java/com/acme/crm/DealSync.java",
                "src/main/java/com/acme/crm/QuoteSync.java");
        assertThat(report.at("/summary/filesScanned").asInt()).isEqualTo(2);
        assertThat(paths(scan())).as("a full scan also finds LeadExport")
                .contains("src/main/java/com/acme/crm/LeadExport.java");
    }

    @Test
    void aChangedConstantBringsInTheFilesThatReadIt() throws Exception {
        GitRepos.write(repo, Map.of("src/main/java/com/acme/zoho/Endpoints.java", ENDPOINTS));
        GitRepos.commitAll(repo, "leads endpoint");

        JsonNode report = scan("--changed-since", "HEAD~1");

        assertThat(paths(report)).contains("src/main/java/com/acme/crm/LeadExport.java")
                .doesNotContain("src/main/java/com/acme/crm/DealSync.java");
    }

    @Test
    void aChangedSettingBringsInTheFilesThatReadItUnderAnySpelling() throws Exception {
        GitRepos.write(repo, Map.of("src/main/resources/application.properties",
                "zoho.cliq.channel=ops\nzoho.cliq.authtoken=4f9c2a7e1b3d5f60718293a4b5c6d7e8\n"));

        JsonNode report = scan("--changed-since", "HEAD");

        assertThat(paths(report)).contains("src/main/resources/application.properties",
                "src/main/java/com/acme/ops/CliqNotifier.java").doesNotContain("src/main/java/com/acme/crm/DealSync.java");
    }

    @Test
    void stagedScansTheIndexVersionUnderTheRealPath() throws Exception {
        Path quote = repo.resolve("src/main/java/com/acme/crm/QuoteSync.java");
        GitRepos.write(repo, Map.of("src/main/java/com/acme/crm/QuoteSync.java",
                DEAL_SYNC.replace("DealSync", "QuoteSync").replace("Potentials", "Quotes")));
        GitRepos.git(repo, "add", quote.toString());
        // the work tree moved on: the commit takes what is staged
        Files.writeString(quote, "package com.acme.crm;\n\nclass QuoteSync {}\n");
        GitRepos.write(repo, Map.of("src/main/java/com/acme/crm/DealSync.java", DEAL_SYNC.replace("token;", "token; // v1")));

        JsonNode report = scan("--staged");

        assertThat(paths(report)).containsExactly("src/main/java/com/acme/crm/QuoteSync.java");
        assertThat(report.at("/findings/0/snippet").asText()).contains("Quotes/getRecords?authtoken=");
    }

    @Test
    void outsideAGitWorkTreeOrWithAnUnknownRevisionTheScanStopsWithOneLine() throws Exception {
        Path plain = tmp.resolve("plain");
        GitRepos.write(plain, Map.of("DealSync.java", DEAL_SYNC));

        MainTest.Run outside = MainTest.run("scan", plain.toString(), "--staged");
        MainTest.Run unknown = MainTest.run("scan", repo.toString(), "--changed-since", "release-0.9");
        MainTest.Run both = MainTest.run("scan", repo.toString(), "--staged", "--changed-since", "HEAD");

        assertThat(outside.exit()).isEqualTo(2);
        assertThat(outside.err()).isEqualTo("cliq-migrate: --staged needs a git work tree: not inside a git work "
                + "tree: " + plain + "\n");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("cliq-migrate: --changed-since: unknown revision 'release-0.9'\n");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("cliq-migrate: --changed-since and --staged cannot be combined\n");
        assertThat(outside.out() + unknown.out() + both.out()).isEmpty();
    }

    private JsonNode scan(String... options) throws Exception {
        String[] args = new String[options.length + 4];
        args[0] = "scan";
        args[1] = repo.toString();
        args[2] = "-f";
        args[3] = "json";
        System.arraycopy(options, 0, args, 4, options.length);
        MainTest.Run run = MainTest.run(args);
        assertThat(run.err()).isEmpty();
        return MAPPER.readTree(run.out());
    }

    private static Set<String> paths(JsonNode report) {
        Set<String> paths = new TreeSet<>();
        report.path("findings").forEach(f -> paths.add(f.path("path").asText()));
        return paths;
    }
}
