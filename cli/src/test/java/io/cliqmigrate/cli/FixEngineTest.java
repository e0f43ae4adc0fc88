package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.fix.FixApplier;
import io.cliqmigrate.core.fix.FixPlan;
import io.cliqmigrate.core.fix.FixPlanner;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.reports.FixReports;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fix engine's safety contract with rules that misbehave on purpose: a fix that breaks parsing, two fixes on one
 * call, text the file's charset cannot hold, a file edited behind the tool's back, a secret next to a fix.
 */
class FixEngineTest {
    private static final String SCRIPT = """
            // nightly sync
            lead = zoho.crm.getRecordById("Leads", leadId);
            info lead;
            """;

    @TempDir
    Path tmp;

    /** Rewrites the task name: a clean, safe fix. */
    @RuleMeta(id = "test-rename", summary = "Rename a task", severity = Severity.WARNING, languages = {"deluge"})
    static final class Rename implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (CallFact call : facts.calls()) {
                if (call.name().equals("zoho.crm.getRecordById")) {
                    ctx.report(call.nameRange(), "renamed", Fix.safe("rename", "rename",
                            List.of(ctx.edit(call.nameRange(), "zoho.crm.fetchRecordById"))));
                }
            }
        }
    }

    /** Also rewrites the task name, differently, and reports after {@link Rename} in file order. */
    @RuleMeta(id = "test-rival", summary = "Rename it otherwise", severity = Severity.WARNING, languages = {"deluge"})
    static final class Rival implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (CallFact call : facts.calls()) {
                if (call.name().equals("zoho.crm.getRecordById")) {
                    TextRange args = new TextRange(call.nameRange().start() + 5, call.range().end());
                    ctx.report(args, "rival", Fix.safe("rival", "rival",
                            List.of(ctx.edit(new TextRange(call.nameRange().start(), call.nameRange().end()),
                                    "zoho.crm.readRecordById"))));
                }
            }
        }
    }

    /** Drops the closing bracket of the call: the result does not parse. */
    @RuleMeta(id = "test-breaker", summary = "Break the call", severity = Severity.WARNING, languages = {"deluge"})
    static final class Breaker implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (CallFact call : facts.calls()) {
                if (call.name().equals("zoho.crm.getRecordById")) {
                    ctx.report(call.range(), "broken", Fix.safe("break", "break",
                            List.of(ctx.edit(new TextRange(call.range().end() - 1, call.range().end()), ""))));
                }
            }
        }
    }

    /** Writes a euro sign, which ISO-8859-1 cannot hold. */
    @RuleMeta(id = "test-euro", summary = "Add a euro sign", severity = Severity.WARNING, languages = {"deluge"})
    static final class Euro implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (CallFact call : facts.calls()) {
                if (call.name().equals("zoho.crm.getRecordById")) {
                    ctx.report(call.nameRange(), "euro", Fix.safe("euro", "euro",
                            List.of(TextEdit.insert(ctx.file().path(), call.range().start(), "// €\n"))));
                }
            }
        }
    }

    private FixPlan plan(Path project, Rule... rules) throws IOException {
        ScanEngine engine = new ScanEngine("test", List.of(rules), Languages.defaults());
        ScanEngine.Run run = engine.run(ScanConfig.of(project), true);
        return new FixPlanner(engine, run, true, Set.of()).plan();
    }

    private Path project(String text) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("sync.dg"), text);
        return project;
    }

    @Test
    void aFixThatWouldBreakParsingIsDroppedWithTheReasonAndTheOthersStay() throws IOException {
        FixPlan plan = plan(project(SCRIPT + "m = zoho.crm.getRecordById(\"Deals\", dealId);\n"), new Breaker());

        assertThat(plan.changes()).isEmpty();
        assertThat(plan.fixes()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(FixPlan.Status.SKIPPED);
            assertThat(p.reason()).startsWith("the result would not parse");
        });
    }

    @Test
    void ofTwoFixesOnOneCallTheFirstInFileOrderIsAppliedAndTheOtherReportedSkipped() throws IOException {
        FixPlan plan = plan(project(SCRIPT), new Rival(), new Rename());

        assertThat(plan.changes().get("sync.dg").newText()).contains("zoho.crm.fetchRecordById(");
        FixPlan.PlannedFix skipped = plan.fixes().stream().filter(p -> p.status() == FixPlan.Status.SKIPPED)
                .findFirst().orElseThrow();
        assertThat(skipped.finding().ruleId()).isEqualTo("test-rival");
        assertThat(skipped.reason()).contains("overlaps the fix for test-rename at sync.dg:2");
    }

    @Test
    void textTheFilesCharsetCannotHoldIsNotWritten() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.write(project.resolve("sync.dg"), ("// Übersicht\n" + SCRIPT).getBytes(StandardCharsets.ISO_8859_1));

        FixPlan plan = plan(project, new Euro());

        assertThat(plan.changes()).isEmpty();
        assertThat(plan.fixes().get(0).reason()).contains("ISO-8859-1");
    }

    @Test
    void aFileEditedSinceTheScanIsLeftAloneAndSaysSo() throws IOException {
        Path project = project(SCRIPT);
        ScanEngine engine = new ScanEngine("test", List.of(new Rename()), Languages.defaults());
        ScanEngine.Run run = engine.run(ScanConfig.of(project), true);
        FixPlanner planner = new FixPlanner(engine, run, false, Set.of());
        FixPlan plan = planner.plan();
        String edited = SCRIPT + "// a colleague's change\n";
        Files.writeString(project.resolve("sync.dg"), edited);

        FixApplier.Applied applied = FixApplier.apply(planner, plan);

        assertThat(Files.readString(project.resolve("sync.dg"))).isEqualTo(edited);
        assertThat(applied.plan().fixes().get(0).status()).isEqualTo(FixPlan.Status.SKIPPED);
        assertThat(applied.plan().fixes().get(0).reason()).contains("changed on disk since it was read");
    }

    @Test
    void aFixAcrossFilesIsWrittenWholeOrNotAtAll() throws IOException {
        // the webhook token's setting is renamed in .env and in the script that reads it: one fix, two files
        Path project = Files.createDirectories(tmp.resolve("project"));
        String env = "CLIQ_CHANNEL=deploys\nCLIQ_AUTHTOKEN=c20ad4d76fe97759aa27a0c99bff6710\n";
        String script = "import os\nimport requests\n\n\ndef notify(text):\n"
                + "    url = f\"https://cliq.zoho.com/api/v2/channelsbyname/deploys/message"
                + "?authtoken={os.environ['CLIQ_AUTHTOKEN']}\"\n"
                + "    requests.post(url, json={\"text\": text}, timeout=10)\n";
        Files.writeString(project.resolve(".env"), env);
        Files.writeString(project.resolve("notify.py"), script);
        ScanEngine engine = new ScanEngine("test", io.cliqmigrate.rules.BuiltinRules.all(), Languages.defaults());
        ScanEngine.Run run = engine.run(ScanConfig.of(project), true);
        FixPlanner planner = new FixPlanner(engine, run, true, Set.of());
        FixPlan plan = planner.plan();
        assertThat(plan.changes().keySet()).containsExactly(".env", "notify.py");
        // a colleague edits one of the two files before the fix is applied
        String edited = env + "CLIQ_TIMEOUT=10\n";
        Files.writeString(project.resolve(".env"), edited);

        FixApplier.Applied applied = FixApplier.apply(planner, plan);

        assertThat(Files.readString(project.resolve(".env"))).isEqualTo(edited);
        assertThat(Files.readString(project.resolve("notify.py"))).isEqualTo(script);
        assertThat(applied.plan().changes()).isEmpty();
        assertThat(applied.plan().fixes()).filteredOn(p -> p.fix().edits().size() > 1)
                .allSatisfy(p -> assertThat(p.reason()).contains(".env").contains("changed on disk"));
    }

    @Test
    void aSecretNextToAFixIsMaskedInTheDiff() throws IOException {
        String token = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
        Path project = project("""
                // weekly digest
                resp = getUrl("https://books.zoho.com/api/v3/invoices?authtoken=%s&organization_id=1");
                zoho.cliq.postToChannel("finance", resp);
                """.formatted(token));
        ScanEngine engine = new ScanEngine("test", io.cliqmigrate.rules.BuiltinRules.all(), Languages.defaults());
        ScanEngine.Run run = engine.run(ScanConfig.of(project), true);
        FixPlan plan = new FixPlanner(engine, run, true, Set.of()).plan();
        StringWriter diff = new StringWriter();
        FixReports.writeDiff(plan, diff);
        StringWriter json = new StringWriter();
        FixReports.writeJson(plan, false, Map.of(), "test", json);

        assertThat(diff.toString()).contains("zoho.cliq.postToChannel(\"finance\", resp, \"cliqmigrate_cliq\")")
                .contains("authtoken=9f8e****").doesNotContain(token).doesNotContain(token.substring(8));
        assertThat(json.toString()).doesNotContain(token.substring(8));
    }
}
