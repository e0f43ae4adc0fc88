package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.engine.ScanAbortedException;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug of the scanner is reported as one, never dressed up as broken input; running out of memory stops the scan. */
class InternalErrorsTest {
    @TempDir
    Path root;

    /** A parser with a bug: it throws where it should return a result. */
    static final class BuggyParser implements Language {
        @Override
        public String id() {
            return "java";
        }

        @Override
        public boolean matches(String fileName, byte[] firstBytes) {
            return fileName.endsWith(".java");
        }

        @Override
        public ParseOutcome parse(SourceFile file) {
            throw new NullPointerException("Cannot invoke \"Node.getRange()\" because \"node\" is null");
        }
    }

    @RuleMeta(id = "test-out-of-memory", summary = "test", severity = Severity.ERROR)
    static final class Exhausting implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void aParserBugIsAnInternalErrorWithItsStackTraceAndTheFileIsStillReadLexically() throws IOException {
        Files.writeString(root.resolve("Alerts.java"),
                "class Alerts { String u = \"https://cliq.zoho.com/api/v2/bots/b/message?authtoken=\"; }\n");

        ScanResult result = new ScanEngine("test", List.of(new EngineTest.AuthtokenStrings()),
                new Languages(List.of(new BuggyParser()))).scan(ScanConfig.of(root));

        assertThat(result.findings()).extracting(f -> f.location().path()).containsExactly("Alerts.java");
        assertThat(result.errors()).filteredOn(e -> e.kind() == ProcessingError.Kind.INTERNAL).singleElement()
                .satisfies(e -> {
                    assertThat(e.message()).isEqualTo("internal error in the java parser: NullPointerException: "
                            + "Cannot invoke \"Node.getRange()\" because \"node\" is null");
                    assertThat(e.detail()).contains("at io.cliqmigrate.core.InternalErrorsTest$BuggyParser.parse");
                });
    }

    @Test
    void runningOutOfMemoryStopsTheWholeScan() throws IOException {
        Files.writeString(root.resolve("Alerts.java"),
                "class Alerts { String u = \"https://cliq.zoho.com/api/v2/bots/b/message?authtoken=\"; }\n");
        ScanEngine engine = new ScanEngine("test", List.of(new Exhausting()), Languages.defaults());

        assertThatThrownBy(() -> engine.scan(ScanConfig.of(root))).isInstanceOf(ScanAbortedException.class)
                .hasMessageStartingWith("out of memory while scanning Alerts.java")
                .hasCauseInstanceOf(OutOfMemoryError.class);
    }
}
