package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.fix.FixPlan;
import io.cliqmigrate.core.fix.FixPlanner;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.reports.FixReports;
import io.cliqmigrate.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff is made region by region (the edits say where): applied to the original lines it must give exactly the
 * fixed lines, for every file the example project and a dense script change.
 */
class FixDiffTest {
    @TempDir
    Path tmp;

    @Test
    void theDiffOfEveryChangedFileTurnsTheOriginalIntoTheFixedText() throws Exception {
        Path example = TestProjects.copy("../examples/legacy-cliq-app", tmp);
        StringBuilder dense = new StringBuilder("// every line changes, some twice\r\n");
        for (int i = 0; i < 300; i++) {
            dense.append("r").append(i).append(" = zoho.crm.getRecordById(\"Leads\", ").append(i).append(");")
                    .append(i % 3 == 0 ? " zoho.cliq.postToChannel(\"ops\", \"r" + i + "\");" : "")
                    .append(i % 7 == 0 ? "\n" : "\r\n").append(i % 5 == 0 ? "" : "info r" + i + ";\r\n");
        }
        Files.writeString(example.resolve("dense.dg"), dense);
        ScanEngine engine = new ScanEngine("test", BuiltinRules.all(), Languages.defaults());
        FixPlan plan = new FixPlanner(engine, engine.run(ScanConfig.of(example), true), true, Set.of()).plan();

        assertThat(plan.changes()).containsKey("dense.dg").hasSizeGreaterThan(3);
        for (FixPlan.FileChange change : plan.changes().values()) {
            List<String> before = FixReports.lines(change.file().source().text());
            List<String> after = FixReports.lines(change.newText());
            assertThat(FixReports.patch(change, before, after).applyTo(before)).as(change.file().path())
                    .isEqualTo(after);
        }
    }
}
