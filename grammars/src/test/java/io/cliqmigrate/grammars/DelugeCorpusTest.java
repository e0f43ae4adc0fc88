package io.cliqmigrate.grammars;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.grammars.deluge.DelugeParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Deluge corpus under {@code src/test/resources/deluge}: every {@code <name>.dg} has a {@code <name>.tree.txt}
 * golden next to it holding {@link DelugeParsing#dump} followed by the syntax errors. Run with
 * {@code -Dgolden.update=true} to regenerate the goldens, then review the diff.
 *
 * <p>Files named {@code broken-*.dg} are broken on purpose. Their expectations sit in comments on the line above:
 * {@code // @error} means the next line reports at least one syntax error (and only marked lines may report
 * errors); {@code // @parsed} means the statement starting on the next line parses cleanly despite the errors.
 */
class DelugeCorpusTest {

    private static final String ERROR_MARKER = "// @error";
    private static final String PARSED_MARKER = "// @parsed";

    static Path corpusDirectory() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path dir = base.resolve("src/test/resources/deluge");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("grammars/src/test/resources/deluge");
        }
        return dir;
    }

    static List<Path> corpus() {
        try (Stream<Path> files = Files.list(corpusDirectory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".dg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isBroken(Path file) {
        return file.getFileName().toString().startsWith("broken-");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a golden file holds: the tree dump, then the syntax errors. */
    static String golden(DelugeParsing.Result result) {
        StringBuilder out = new StringBuilder(DelugeParsing.dump(result));
        out.append("--- syntax errors (").append(result.errors().size()).append(") ---\n");
        for (DelugeParsing.SyntaxError error : result.errors()) {
            out.append(error.line()).append(':').append(error.column()).append(' ').append(error.message())
                    .append('\n');
        }
        return out.toString();
    }

    @Test
    void corpusIsLargeAndHasBrokenFiles() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(corpus().stream().filter(DelugeCorpusTest::isBroken)).hasSizeGreaterThanOrEqualTo(5);
    }

    @TestFactory
    Stream<DynamicTest> treeDumpsMatchGoldens() {
        boolean update = Boolean.getBoolean("golden.update");
        return corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String actual = golden(DelugeParsing.parse(read(file)));
            Path goldenFile = file.resolveSibling(file.getFileName().toString().replaceAll("\\.dg$", ".tree.txt"));
            if (update) {
                Files.writeString(goldenFile, actual, StandardCharsets.UTF_8);
            }
            assertThat(goldenFile).as("golden %s (run with -Dgolden.update=true to create it)", goldenFile)
                    .exists();
            String expected = read(goldenFile).replace("\r\n", "\n");
            assertThat(actual).as("tree dump of %s", file.getFileName()).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> validScriptsParseWithoutErrors() {
        return corpus().stream().filter(file -> !isBroken(file))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    DelugeParsing.Result result = DelugeParsing.parse(read(file));
                    assertThat(result.errors()).as("syntax errors in %s", file.getFileName()).isEmpty();
                    assertThat(result.tree().statement()).isNotEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> brokenScriptsReportErrorsOnMarkedLinesAndKeepTheRest() {
        return corpus().stream().filter(DelugeCorpusTest::isBroken)
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String text = read(file);
                    Set<Integer> errorLines = markedLines(text, ERROR_MARKER);
                    Set<Integer> parsedLines = markedLines(text, PARSED_MARKER);
                    assertThat(errorLines).as("%s has no %s marker", file.getFileName(), ERROR_MARKER).isNotEmpty();
                    assertThat(parsedLines).as("%s has no %s marker", file.getFileName(), PARSED_MARKER)
                            .isNotEmpty();

                    DelugeParsing.Result result = DelugeParsing.parse(text);
                    Set<Integer> reported = result.errors().stream().map(DelugeParsing.SyntaxError::line)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertThat(reported).as("lines with syntax errors in %s: %s", file.getFileName(),
                            result.errors()).isEqualTo(errorLines);

                    List<DelugeParser.StatementContext> statements = new ArrayList<>();
                    collectStatements(result.tree(), statements);
                    for (int line : parsedLines) {
                        assertThat(statements).as("a cleanly parsed statement on line %d of %s", line,
                                file.getFileName()).anySatisfy(statement -> {
                                    assertThat(statement.getStart().getLine()).isEqualTo(line);
                                    assertThat(isClean(statement)).isTrue();
                                });
                    }
                }));
    }

    /** The 1-based numbers of the lines that follow a marker comment. */
    static Set<Integer> markedLines(String text, String marker) {
        Set<Integer> lines = new TreeSet<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].strip().equals(marker)) {
                lines.add(i + 2);
            }
        }
        return lines;
    }

    private static void collectStatements(ParseTree node, List<DelugeParser.StatementContext> out) {
        if (node instanceof DelugeParser.StatementContext statement) {
            out.add(statement);
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collectStatements(node.getChild(i), out);
        }
    }

    private static boolean isClean(ParseTree node) {
        if (node instanceof ErrorNode) {
            return false;
        }
        if (node instanceof ParserRuleContext rule && rule.exception != null) {
            return false;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (!isClean(node.getChild(i))) {
                return false;
            }
        }
        return true;
    }
}
