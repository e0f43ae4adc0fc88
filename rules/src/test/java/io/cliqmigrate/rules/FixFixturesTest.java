package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.fix.FixPlan;
import io.cliqmigrate.core.fix.FixPlanner;
import io.cliqmigrate.core.lang.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-file before/after tests of the rewrites. Each folder under {@code fixes/} is a small project: a file
 * {@code name.before.ext} is scanned as {@code name.ext}, and {@code fix --unsafe} must turn it into
 * {@code name.after.ext} (a file without an {@code .after.} twin must stay as it is). Where {@code name.safe.ext}
 * exists, {@code fix} without {@code --unsafe} must give that. An {@code .after.} (or {@code .safe.}) file without a
 * {@code .before.} twin is a file the fix must create with exactly that content; a file created that no such file
 * expects is a failure. An optional {@code skipped.txt} lists, one per line,
 * words of the reasons of fixes the engine is expected to leave out. Every case is also run with CRLF line
 * endings and with a UTF-8 byte-order mark, and must then give the same result in that form; and a second run over
 * the result must change nothing. A folder named in {@code KNOWN-FAILING.txt} (its name, a tab, what goes wrong) is
 * a defect found but not fixed yet: its cases are reported as skipped, not run, until the line is removed.
 */
class FixFixturesTest {
    static final Path FIXES = Path.of("src/test/resources/fixes");
    static final Path KNOWN_FAILING = FIXES.resolve("KNOWN-FAILING.txt");

    @TestFactory
    Stream<DynamicNode> everyRewriteTurnsBeforeIntoAfter(@TempDir Path tmp) throws IOException {
        List<DynamicNode> cases = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> list = Files.list(FIXES)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, String> knownFailing = knownFailing();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            String defect = knownFailing.get(name);
            if (defect != null) {
                cases.add(DynamicTest.dynamicTest(name, () -> Assumptions.abort("known defect: " + defect)));
                continue;
            }
            cases.add(DynamicContainer.dynamicContainer(name, Stream.of(
                    DynamicTest.dynamicTest("as written", () -> check(folder, tmp.resolve(name + "-lf"),
                            UnaryOperator.identity(), "")),
                    DynamicTest.dynamicTest("CRLF", () -> check(folder, tmp.resolve(name + "-crlf"),
                            FixFixturesTest::crlf, "")),
                    DynamicTest.dynamicTest("UTF-8 BOM", () -> check(folder, tmp.resolve(name + "-bom"),
                            UnaryOperator.identity(), "\uFEFF")))));
        }
        return cases.stream();
    }

    /** The folders of {@code KNOWN-FAILING.txt}, each with the defect its line describes. */
    private static Map<String, String> knownFailing() throws IOException {
        Map<String, String> known = new TreeMap<>();
        if (Files.exists(KNOWN_FAILING)) {
            for (String line : Files.readAllLines(KNOWN_FAILING, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    known.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
                }
            }
        }
        return known;
    }

    private static void check(Path folder, Path project, UnaryOperator<String> form, String bom) throws IOException {
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        Map<String, String> safe = new TreeMap<>();
        List<String> expectedSkips = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (rel.equals("skipped.txt")) {
                    text.lines().filter(l -> !l.isBlank()).forEach(expectedSkips::add);
                } else if (rel.contains(".after.")) {
                    after.put(rel.replace(".after.", "."), io.cliqmigrate.rules.java.GeneratedProviders.expand(text));
                } else if (rel.contains(".safe.")) {
                    safe.put(rel.replace(".safe.", "."), text);
                } else {
                    before.put(rel.replace(".before.", "."), text);
                }
            }
        }
        // a BOM is for the code files, not for the configuration file of the case
        UnaryOperator<String> written = t -> form.apply(t);
        write(project, before, written, bom);
        if (!safe.isEmpty()) {
            Map<String, String> expected = expected(before, safe);
            assertResult(project, false, expected, written, bom, List.of());
            write(project, before, written, bom);
        }
        Map<String, String> expected = expected(before, after);
        assertResult(project, true, expected, written, bom, expectedSkips);
        // idempotent: run over the result, nothing is left to change
        write(project, expected, written, bom);
        FixPlan again = plan(project, true);
        assertThat(again.changes().keySet()).as("a second run over the fixed files changes nothing").isEmpty();
    }

    private static Map<String, String> expected(Map<String, String> before, Map<String, String> changed) {
        Map<String, String> expected = new TreeMap<>(before);
        expected.putAll(changed);
        return expected;
    }

    private static void assertResult(Path project, boolean unsafe, Map<String, String> expected,
                                     UnaryOperator<String> form, String bom, List<String> expectedSkips)
            throws IOException {
        FixPlan plan = plan(project, unsafe);
        String mode = unsafe ? " (--unsafe)" : " (safe only)";
        assertThat(plan.changes().values().stream().filter(FixPlan.FileChange::creates)
                .map(c -> c.file().path())).as("files created" + mode)
                .allMatch(path -> expected.containsKey(path) && !Files.exists(project.resolve(path)));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            FixPlan.FileChange change = plan.changes().get(e.getKey());
            String actual = change == null ? null : change.newText();
            String want = form.apply(e.getValue());
            if (!Files.exists(project.resolve(e.getKey()))) {
                // no .before. twin: the fix creates it, without a byte-order mark
                assertThat(change).as(e.getKey() + " is created" + mode).isNotNull();
                assertThat(change.creates()).as(e.getKey() + " is created" + mode).isTrue();
                assertThat(actual).as(e.getKey() + mode).isEqualTo(want);
                continue;
            }
            String original = Files.readString(project.resolve(e.getKey()), StandardCharsets.UTF_8);
            if (bom(e.getKey(), bom)) {
                original = original.substring(1);
            }
            assertThat(actual == null ? original : actual).as(e.getKey() + mode).isEqualTo(want);
        }
        List<String> skipped = plan.fixes().stream().filter(p -> p.status() == FixPlan.Status.SKIPPED)
                .map(p -> p.finding().ruleId() + " at " + p.finding().location().path() + ":"
                        + p.finding().location().startLine() + ": " + p.reason()).toList();
        if (unsafe) {
            assertThat(skipped).as("fixes left out").hasSize(expectedSkips.size());
            for (String words : expectedSkips) {
                assertThat(skipped).as("fixes left out").anyMatch(s -> s.contains(words));
            }
        }
    }

    static FixPlan plan(Path project, boolean unsafe) throws IOException {
        ScanEngine engine = engine();
        ScanEngine.Run run = engine.run(config(project), true);
        return new FixPlanner(engine, run, unsafe, Set.of()).plan();
    }

    /** The scan {@code fix} plans from, with every finding (manual ones too). */
    static io.cliqmigrate.core.engine.ScanResult scan(Path project) throws IOException {
        return engine().scan(config(project));
    }

    private static ScanEngine engine() {
        return new ScanEngine("test", BuiltinRules.all(), Languages.defaults());
    }

    private static ScanConfig config(Path project) {
        try {
            return ScanConfig.of(project).withConfigFiles(null, BuiltinRules.ids());
        } catch (io.cliqmigrate.core.engine.ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path project, Map<String, String> files, UnaryOperator<String> form, String bom)
            throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path target = project.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            String text = (bom(e.getKey(), bom) ? bom : "") + form.apply(e.getValue());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
    }

    private static boolean bom(String path, String bom) {
        return !bom.isEmpty() && !path.endsWith(".yml") && !path.endsWith(".yaml") && !path.endsWith(".env")
                && !path.endsWith(".properties") && !path.endsWith(".json");
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
