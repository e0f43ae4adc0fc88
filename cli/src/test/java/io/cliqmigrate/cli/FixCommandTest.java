package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cliq-migrate fix} as a user runs it: what it prints, what it writes (and does not), its exit codes, and
 * the promises of its safety contract that show on disk (mode, charset, byte-order mark, links, idempotency).
 */
class FixCommandTest {
    private static final String NOTIFY = """
            // Cliq scheduler: morning summary
            summary = {"text":"Good morning"};
            zoho.cliq.postToChannel("alerts", summary);
            return Map();
            """;
    private static final String NOTIFY_FIXED = """
            // Cliq scheduler: morning summary
            summary = {"text":"Good morning"};
            // TODO(cliq-migrate): create connection "cliqmigrate_cliq" with scopes ZohoCliq.Webhooks.CREATE
            zoho.cliq.postToChannel("alerts", summary, "cliqmigrate_cliq");
            return Map();
            """;

    @TempDir
    Path tmp;

    private Path project(String name, String text) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve(name), text, StandardCharsets.UTF_8);
        return project;
    }

    @Test
    void aDryRunPrintsTheDiffAndASummaryAndWritesNothingAnywhere() throws IOException {
        Path project = project("notify.dg", NOTIFY);
        Map<String, String> before = snapshot(tmp);

        MainTest.Run run = MainTest.run("fix", project.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--- a/notify.dg", "+++ b/notify.dg",
                "-zoho.cliq.postToChannel(\"alerts\", summary);",
                "+zoho.cliq.postToChannel(\"alerts\", summary, \"cliqmigrate_cliq\");");
        assertThat(run.err()).contains("1 fix planned (1 safe, 0 review), 1 file to change");
        assertThat(snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void applyWritesTheFixKeepsTheModeAndASecondRunChangesNothing() throws IOException {
        Path project = project("notify.dg", NOTIFY);
        Path script = project.resolve("notify.dg");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r-----"));

        MainTest.Run first = MainTest.run("fix", "--apply", project.toString());

        assertThat(first.exit()).isZero();
        assertThat(Files.readString(script)).isEqualTo(NOTIFY_FIXED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rw-r-----");
        assertThat(first.err()).contains("1 fix applied (1 safe, 0 review), 1 file changed");
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left).containsExactly(script); // no temporary file left behind
        }
        Map<String, String> after = snapshot(project);
        MainTest.Run second = MainTest.run("fix", "--apply", project.toString());
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).contains("0 fixes applied");
        assertThat(snapshot(project)).isEqualTo(after);
    }

    @Test
    void aScriptThatAlreadyHadSyntaxErrorsIsHeldToWhatItWasNotToPerfection() throws IOException {
        // a handler pasted with the editor's placeholder still in it: it never parsed, and fix must not make it worse
        String broken = "orgId = <Your_Org_ID>;\n" + NOTIFY;
        Path project = project("notify.dg", broken);

        MainTest.Run run = MainTest.run("fix", "--apply", project.toString());

        assertThat(run.err()).doesNotContain("skipped");
        assertThat(Files.readString(project.resolve("notify.dg")))
                .isEqualTo("orgId = <Your_Org_ID>;\n" + NOTIFY_FIXED);
    }

    @Test
    void checkExitsOneWhileAFixIsPendingAndZeroOnceApplied() throws IOException {
        Path project = project("notify.dg", NOTIFY);

        assertThat(MainTest.run("fix", "--check", project.toString()).exit()).isEqualTo(1);
        assertThat(Files.readString(project.resolve("notify.dg"))).isEqualTo(NOTIFY);
        MainTest.run("fix", "--apply", project.toString());
        assertThat(MainTest.run("fix", "--check", project.toString()).exit()).isZero();
    }

    @Test
    void aConfiguredConnectionIsUsedAndNeedsNoTodo() throws IOException {
        Path project = project("notify.dg", NOTIFY);

        MainTest.Run run = MainTest.run("fix", "--apply", "--connection", "cliq=ops_cliq", project.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.readString(project.resolve("notify.dg")))
                .contains("zoho.cliq.postToChannel(\"alerts\", summary, \"ops_cliq\");").doesNotContain("TODO");
    }

    @Test
    void theFixSectionOfTheConfigurationNamesConnections() throws IOException {
        Path project = project("notify.dg", NOTIFY);
        Files.writeString(project.resolve(".cliq-migrate.yml"), "fix:\n  connections:\n    cliq: team_cliq\n");

        MainTest.Run run = MainTest.run("fix", project.toString());

        assertThat(run.out()).contains("+zoho.cliq.postToChannel(\"alerts\", summary, \"team_cliq\");");
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() throws IOException {
        Path project = project("notify.dg", NOTIFY);
        Map<String[], String> cases = Map.of(
                new String[] {"fix", "--connection", "crm", project.toString()}, "--connection must be SERVICE=NAME",
                new String[] {"fix", "--connection", "mail=zmail", project.toString()}, "unknown service",
                new String[] {"fix", "--connection", "crm=Zoho CRM", project.toString()}, "is not a connection link name",
                new String[] {"fix", "--rule", "no-such-rule", project.toString()}, "unknown rule id 'no-such-rule'",
                new String[] {"fix", "--format", "html", project.toString()}, "unknown format 'html'");
        cases.forEach((args, message) -> {
            MainTest.Run run = MainTest.run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).contains(message).doesNotContain("\n")
                    .doesNotContain("Exception");
        });
    }

    @Test
    void aRuleFilterLeavesOtherRulesFixesAlone() throws IOException {
        Path project = project("notify.dg", NOTIFY);

        MainTest.Run run = MainTest.run("fix", "--rule", "authtoken-query-param", project.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("0 fixes planned");
    }

    @Test
    void aLatin1FileStaysLatin1() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path script = project.resolve("resume.dg");
        String text = "// Résumé du déploiement\n" + NOTIFY;
        Files.write(script, text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(MainTest.run("fix", "--apply", project.toString()).exit()).isZero();

        byte[] written = Files.readAllBytes(script);
        assertThat(new String(written, StandardCharsets.ISO_8859_1))
                .isEqualTo("// Résumé du déploiement\n" + NOTIFY_FIXED);
    }

    @Test
    void aUtf16FileKeepsItsCharsetByteOrderMarkAndLineEndings() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path script = project.resolve("notify.dg");
        byte[] body = NOTIFY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(script, bytes);

        assertThat(MainTest.run("fix", "--apply", project.toString()).exit()).isZero();

        byte[] written = Files.readAllBytes(script);
        assertThat(written[0] & 0xff).isEqualTo(0xFF);
        assertThat(written[1] & 0xff).isEqualTo(0xFE);
        assertThat(new String(written, 2, written.length - 2, StandardCharsets.UTF_16LE))
                .isEqualTo(NOTIFY_FIXED.replace("\n", "\r\n"));
    }

    @Test
    void inAFileOfMixedLineEndingsAnInsertedLineTakesTheEndingOfItsLine() throws IOException {
        // edited on Windows and on a Mac: the handler's lines end in CRLF, the rest in LF
        String mixed = "// scheduler\nsummary = {\"text\":\"Good morning\"};\n"
                + "if(true)\r\n{\r\n\tzoho.cliq.postToChannel(\"alerts\", summary);\r\n}\r\nreturn Map();\n";
        Path project = project("notify.dg", mixed);

        assertThat(MainTest.run("fix", "--apply", project.toString()).exit()).isZero();

        assertThat(Files.readString(project.resolve("notify.dg"))).isEqualTo("// scheduler\nsummary = "
                + "{\"text\":\"Good morning\"};\nif(true)\r\n{\r\n\t// TODO(cliq-migrate): create connection "
                + "\"cliqmigrate_cliq\" with scopes ZohoCliq.Webhooks.CREATE\r\n"
                + "\tzoho.cliq.postToChannel(\"alerts\", summary, \"cliqmigrate_cliq\");\r\n}\r\nreturn Map();\n");
    }

    @Test
    void aLinkToAFileOutsideTheScannedTreeIsNeverWritten() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("shared-scripts")).resolve("notify.dg");
        Files.writeString(outside, NOTIFY);
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.createSymbolicLink(project.resolve("notify.dg"), outside);

        MainTest.Run run = MainTest.run("fix", "--apply", project.toString());

        assertThat(Files.readString(outside)).isEqualTo(NOTIFY);
        assertThat(Files.isSymbolicLink(project.resolve("notify.dg"))).isTrue();
        assertThat(run.err()).contains("notify.dg").contains("outside the scanned tree");
    }

    @Test
    void aLinkInsideTheTreeIsWrittenThroughAndStaysALink() throws IOException {
        Path project = project("notify.dg", NOTIFY);
        Path scripts = Files.createDirectories(project.resolve("scripts"));
        Files.move(project.resolve("notify.dg"), scripts.resolve("notify.dg"));
        Path link = Files.createDirectories(project.resolve("current")).resolve("notify.dg");
        Files.createSymbolicLink(link, Path.of("../scripts/notify.dg"));

        assertThat(MainTest.run("fix", "--apply", project.toString()).exit()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(scripts.resolve("notify.dg"))).isEqualTo(NOTIFY_FIXED);
    }

    @Test
    void theJsonPlanListsEachFixWithItsEditsAndStatus() throws IOException {
        Path project = project("notify.dg", NOTIFY);

        MainTest.Run run = MainTest.run("fix", "--format", "json", project.toString());

        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.get("summary").get("planned").asInt()).isEqualTo(1);
        JsonNode fix = plan.get("fixes").get(0);
        assertThat(fix.get("ruleId").asText()).isEqualTo("deluge-task-without-connection");
        assertThat(fix.get("applicability").asText()).isEqualTo("safe");
        assertThat(fix.get("status").asText()).isEqualTo("planned");
        JsonNode edit = fix.get("edits").get(1);
        assertThat(edit.get("path").asText()).isEqualTo("notify.dg");
        assertThat(edit.get("startLine").asInt()).isEqualTo(3);
        assertThat(edit.get("replacement").asText()).isEqualTo(", \"cliqmigrate_cliq\"");
    }

    @Test
    void theScanReportCarriesTheSameEditsAsTheFix() throws IOException {
        Path project = project("notify.dg", NOTIFY);

        MainTest.Run run = MainTest.run("scan", "--format", "json", project.toString());

        JsonNode fixes = null;
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            if (f.get("ruleId").asText().equals("deluge-task-without-connection")) {
                fixes = f.get("fixes");
            }
        }
        assertThat(fixes).isNotNull();
        assertThat(fixes.get(0).get("applicability").asText()).isEqualTo("safe");
        assertThat(fixes.get(0).get("edits")).hasSize(2);
        assertThat(fixes.get(1).get("applicability").asText()).isEqualTo("manual");
    }

    @Test
    void aSecretInCodeThatARewriteCarriesOnIsMaskedInTheScanReportsEdits() throws IOException {
        String zapikey = "1001.9f86d081884c7d659a2feaa0c55ad015.a3bf4f1b2b0b822cd15d6c15b0f00a08";
        Path project = project("post.dg", "m = {\"text\":\"hi\"};\n"
                + "postUrl(\"https://cliq.zoho.com/api/v2/channelsbyname/sales/message?zapikey=" + zapikey + "\", m);\n"
                + "postUrl(\"https://www.zohoapis.com/crm/v2/Leads?authtoken=abcdef0123456789abcdef0123456789"
                + "&client_secret=s3cr3tValue99\", m);\n");

        MainTest.Run scan = MainTest.run("scan", "--format", "json", project.toString());
        MainTest.Run plan = MainTest.run("fix", "--unsafe", "--format", "json", project.toString());

        assertThat(scan.out()).contains("\"replacement\"").doesNotContain(zapikey.substring(8))
                .doesNotContain("s3cr3tValue99").doesNotContain("abcdef0123456789abcdef");
        assertThat(plan.out()).doesNotContain(zapikey.substring(8)).doesNotContain("s3cr3tValue99");
    }

    @Test
    void aReplacementOfSeveralLinesIsShownExactlyInThePlan() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve(".env"), "ZOHO_AUTHTOKEN=6512bd43d9caa6e02c990b0a82652dca\n");

        MainTest.Run run = MainTest.run("fix", "--unsafe", "--format", "json", project.toString());

        JsonNode edit = new ObjectMapper().readTree(run.out()).get("fixes").get(0).get("edits").get(0);
        assertThat(edit.get("replacement").asText())
                .isEqualTo("ZOHO_CLIENT_ID=\nZOHO_CLIENT_SECRET=\nZOHO_REFRESH_TOKEN=\nZOHO_ACCOUNTS_URL=");
        assertThat(run.out()).doesNotContain("bd43d9caa6e0");
    }

    @Test
    void aServiceGivenTwoConnectionsIsAnError() throws IOException {
        Path project = project("notify.dg", NOTIFY);

        MainTest.Run run = MainTest.run("fix", "--connection", "crm=a", "--connection", "crm=b", project.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("cliq-migrate: --connection crm given twice (a and b)");
    }

    @Test
    void aStrategyOrTokenProviderThatCannotBeIsOneLineAndExitTwo() throws IOException {
        Path project = project("notify.dg", NOTIFY);

        MainTest.Run strategy = MainTest.run("fix", "--strategy", "oauth2", project.toString());
        MainTest.Run provider = MainTest.run("fix", "--token-provider", "com.acme.class.ZohoTokens", project.toString());
        Files.writeString(project.resolve(".cliq-migrate.yml"), "fix:\n  strategy: webhooks\n");
        MainTest.Run configured = MainTest.run("fix", project.toString());

        assertThat(strategy.exit()).isEqualTo(2);
        assertThat(strategy.err()).isEqualTo("cliq-migrate: --strategy: 'oauth2' is not a strategy (expected oauth or "
                + "webhook)\n");
        assertThat(provider.exit()).isEqualTo(2);
        assertThat(provider.err()).isEqualTo("cliq-migrate: --token-provider: 'com.acme.class.ZohoTokens' is not a "
                + "Java class name (a qualified name such as com.acme.zoho.ZohoOAuthTokens, no part a Java keyword)\n");
        assertThat(configured.exit()).isEqualTo(2);
        assertThat(configured.err()).endsWith(".cliq-migrate.yml: fix.strategy: 'webhooks' is not a strategy "
                + "(expected oauth or webhook)\n").hasLineCount(1);
    }

    @Test
    void helpNamesTheStrategyAndTheTokenProvider() {
        MainTest.Run run = MainTest.run("fix", "--help");

        assertThat(run.out()).contains("--strategy=oauth|webhook", "--token-provider=FQCN");
    }

    @Test
    void aFixThatWouldPushAFileOverTheSizeLimitIsLeftOut() throws IOException {
        Path project = project("notify.dg", NOTIFY);
        long size = Files.size(project.resolve("notify.dg"));

        MainTest.Run run = MainTest.run("fix", "--max-file-size", String.valueOf(size + 10), project.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("larger than the size limit");
    }

    @Test
    void filesTheScanCouldNotReadAreNamedSoFixDoesNotLookDone() throws IOException {
        Path project = project("notify.dg", NOTIFY);
        Files.writeString(project.resolve("big.dg"), "zoho.cliq.postToChannel(\"ops\", \"x\");\n".repeat(100));

        MainTest.Run run = MainTest.run("fix", "--max-file-size", "1000", project.toString());

        assertThat(run.err()).contains("1 file was not fully scanned");
    }

    @Test
    void aFileNameCannotFakeALineOfTheDiffOrRecolourTheTerminal() throws IOException {
        Path project = project("evil\n+++ fake.dg\u001b[31mred.dg", NOTIFY);

        MainTest.Run run = MainTest.run("fix", project.toString());

        assertThat(run.out()).contains("--- a/evil\\n+++ fake.dg\\x1b[31mred.dg").doesNotContain("\u001b");
        assertThat(run.out().lines().filter(l -> l.startsWith("+++"))).hasSize(1);
    }

    @Test
    void rootsWhoseConfigurationsAskForDifferentFixSettingsAreAnError() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("notify.dg"), NOTIFY);
        Files.writeString(b.resolve("notify.dg"), NOTIFY);
        Files.writeString(a.resolve(".cliq-migrate.yml"), "fix:\n  unsafe: false\n");
        Files.writeString(b.resolve(".cliq-migrate.yml"), "fix:\n  unsafe: true\n");

        MainTest.Run run = MainTest.run("fix", a.toString(), b.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("ask for different fix settings");
        assertThat(MainTest.run("fix", "--unsafe", a.toString(), b.toString()).exit()).isZero();
    }

    /** Every file under {@code root} with its content and modification time: "nothing written" made checkable. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                FileTime modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                files.put(root.relativize(p).toString(), (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        ? Files.readString(p, StandardCharsets.ISO_8859_1) : "") + "@" + modified.toMillis());
            }
        }
        return files;
    }
}
