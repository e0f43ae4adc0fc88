package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every rule over its fixture folder {@code fixtures/<rule-id>/}. Expectations are comments on the line
 * above the code ({@code ruleid:}, {@code ok:}, {@code todoruleid:}) or, for formats without comments, a sidecar
 * {@code <file>.expected} of {@code line rule-id} rows. Every other line must stay quiet. Failures name each
 * line as Missing or Noisy.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Pattern COMMENT_LINE = Pattern.compile("\\s*(?://|#(?![a-z])|<!--|/\\*|\\*|'\\s|::|REM )");
    private static final Pattern ANNOTATION = Pattern.compile(
            "(?://|#|<!--|--|;|\\*|'|::|REM |%)\\s*(ruleid|ok|todoruleid|todook):\\s*([\\w,-]+)");

    @TestFactory
    Stream<DynamicNode> everyRuleMatchesItsAnnotatedExamples(@TempDir Path tmp) throws IOException {
        Map<String, Rule> rules = BuiltinRules.all().stream()
                .collect(Collectors.toMap(r -> r.descriptor().id(), Function.identity()));
        List<DynamicNode> nodes = new ArrayList<>();
        for (Rule rule : rules.values()) {
            String id = rule.descriptor().id();
            Path folder = FIXTURES.resolve(id);
            if (!Files.isDirectory(folder)) {
                continue; // reported by everyRuleHasAFixtureFolder…
            }
            ScanResult result = new ScanEngine("test", List.of(rule), Languages.defaults())
                    .scan(ScanConfig.of(copy(folder, tmp.resolve(id))));
            List<DynamicTest> tests = new ArrayList<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().endsWith(".expected") && !p.toString().endsWith(".md")
                                && !p.getFileName().toString().contains(".fixed."))
                        .sorted().toList()) {
                    String rel = folder.relativize(file).toString().replace('\\', '/');
                    tests.add(DynamicTest.dynamicTest(rel, () -> check(id, file, rel, result)));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(id, tests));
        }
        nodes.sort((a, b) -> a.getDisplayName().compareTo(b.getDisplayName()));
        return nodes.stream();
    }

    @Test
    void everyRuleHasAFixtureFolderWithAPositiveAndANegativeExample() throws IOException {
        for (Rule rule : BuiltinRules.all()) {
            Path folder = FIXTURES.resolve(rule.descriptor().id());
            assertThat(folder).as("fixture folder of " + rule.descriptor().id()).isDirectory();
            String all;
            try (Stream<Path> files = Files.walk(folder)) {
                all = files.filter(Files::isRegularFile).map(RuleFixturesTest::read).collect(Collectors.joining("\n"));
            }
            assertThat(all).as(rule.descriptor().id() + " fixtures").contains("ruleid: " + rule.descriptor().id())
                    .contains("ok: " + rule.descriptor().id());
        }
    }

    private static void check(String id, Path file, String rel, ScanResult result) {
        Expectations expected = Expectations.of(file, id);
        TreeSet<Integer> actual = result.findings().stream()
                .filter(f -> f.location().path().equals(rel) && f.ruleId().equals(id) && !f.suppressed())
                .map(f -> f.location().startLine()).collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        for (int line : expected.reported) {
            if (!actual.contains(line)) {
                problems.add("Missing: line " + line + " should report " + id);
            }
        }
        for (int line : actual) {
            if (!expected.reported.contains(line) && !expected.todo.contains(line)) {
                problems.add("Noisy: line " + line + " reports " + id + ": " + message(result, rel, id, line));
            }
        }
        assertThat(problems).as(rel).isEmpty();
        assertThat(result.errors().stream().filter(e -> e.path().equals(rel)
                && e.kind() == io.cliqmigrate.core.model.ProcessingError.Kind.RULE).toList())
                .as("rule crashes in " + rel).isEmpty();
        // fixtures are real-looking code: each must parse, so the rules see it as users' code is seen
        assertThat(result.errors().stream().filter(e -> e.path().equals(rel)
                && e.kind() == io.cliqmigrate.core.model.ProcessingError.Kind.PARSE).toList())
                .as("parse errors in " + rel).isEmpty();
    }

    private static String message(ScanResult result, String rel, String id, int line) {
        return result.findings().stream().filter(f -> f.location().path().equals(rel) && f.ruleId().equals(id)
                && f.location().startLine() == line).map(Finding::snippet).findFirst().orElse("");
    }

    /**
     * The fixture folder as a project of its own: report paths are relative to the git work tree a folder lies
     * in, and the copy's paths are the same whether the tests run in a checkout or not.
     */
    private static Path copy(Path folder, Path target) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.toList();
        }
        for (Path from : entries) {
            Path to = target.resolve(folder.relativize(from).toString());
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
        }
        return target;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines where a rule must report, and known gaps. */
    static final class Expectations {
        final TreeSet<Integer> reported = new TreeSet<>();
        final TreeSet<Integer> todo = new TreeSet<>();

        static Expectations of(Path file, String id) {
            Expectations e = new Expectations();
            Path sidecar = file.resolveSibling(file.getFileName() + ".expected");
            if (Files.exists(sidecar)) {
                for (String row : read(sidecar).split("\\R")) {
                    String[] cols = row.trim().split("\\s+");
                    if (cols.length >= 2 && cols[1].equals(id)) {
                        e.reported.add(Integer.parseInt(cols[0].split(":")[0]));
                    }
                }
                return e;
            }
            String[] lines = read(file).split("\\r\\n|\\r|\\n", -1);
            Map<Integer, String[]> pending = new TreeMap<>();
            for (int i = 0; i < lines.length; i++) {
                Matcher m = ANNOTATION.matcher(lines[i]);
                if (m.find() && lines[i].trim().startsWith(lines[i].trim().substring(0, 1))
                        && lines[i].substring(0, m.start()).isBlank()) {
                    pending.put(i, new String[] {m.group(1), m.group(2)});
                    continue;
                }
                // blank lines and other comments (a suppression, a note) sit between an expectation and its code
                if (lines[i].isBlank() || pending.isEmpty() || COMMENT_LINE.matcher(lines[i]).lookingAt()) {
                    continue;
                }
                for (String[] annotation : pending.values()) {
                    if (!List.of(annotation[1].split(",")).contains(id)) {
                        continue;
                    }
                    if (annotation[0].equals("ruleid")) {
                        e.reported.add(i + 1);
                    } else if (annotation[0].equals("todoruleid")) {
                        e.todo.add(i + 1);
                    }
                }
                pending.clear();
            }
            return e;
        }
    }
}
