package io.cliqmigrate.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java code a fix fixture expects after the fix (each {@code Name.before.java} as its {@code Name.after.java}
 * twin has it, or unchanged, and the files the fix creates) compiles against the real libraries: a fixture whose
 * expected result does not compile would make the fix test approve broken code.
 */
class FixFixturesCompileTest {
    private static final Path FIXES = Path.of("src/test/resources/fixes");

    static Stream<Path> fixturesWithJava() throws IOException {
        try (Stream<Path> cases = Files.list(FIXES)) {
            return cases.filter(c -> !afterFiles(c).isEmpty()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixturesWithJava")
    void theExpectedJavaCompiles(Path fixture, @TempDir Path classes) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (Path file : javaFiles(fixture, ".before.java")) {
            sources.put(fixture.relativize(file).toString().replace(".before.java", ".java"), Files.readString(file));
        }
        for (Path file : afterFiles(fixture)) {
            sources.put(fixture.relativize(file).toString().replace(".after.java", ".java"),
                    GeneratedProviders.expand(Files.readString(file)));
        }
        // Lombok's getters and constructors exist only through its annotation processor, which the compile leaves off
        Assumptions.assumeFalse(sources.values().stream().anyMatch(s -> s.contains("import lombok.")),
                "the fixture's code needs Lombok's annotation processor");

        Compilation compiled = JavaSources.of(sources).compile(17, classes);

        assertThat(compiled.hasErrors()).as(compiled.report()).isFalse();
    }

    private static List<Path> afterFiles(Path fixture) {
        return javaFiles(fixture, ".after.java");
    }

    private static List<Path> javaFiles(Path fixture, String ending) {
        try (Stream<Path> files = Files.walk(fixture)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
