package io.cliqmigrate.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example is real Java: it compiles as written, and still compiles after {@code fix --apply --unsafe}
 * (its Java files and the token provider the fix creates), against Spring, Apache HttpClient 4, Jackson and SLF4J.
 * The example is a Spring Boot 1.5 project for Java 8; the test classpath has Spring 6, whose classes javac reads
 * only for Java 17, so both compile at {@code --release 17}. The Java 8 level of a fixed file is the business of
 * {@link JavaClientsFixTest} (its Java 8 case).
 */
class ExampleJavaCompileTest {
    private static final Path EXAMPLE = Path.of("../examples/legacy-cliq-app");
    private static final int RELEASE = 17;

    @TempDir
    Path tmp;

    @Test
    void theExampleCompilesBeforeAndAfterEveryFixIsApplied() {
        Path example = tmp.resolve("legacy-cliq-app");
        FixedCase.copyTree(EXAMPLE, example);
        JavaSources before = JavaSources.under(example);
        Compilation original = before.compile(RELEASE, tmp.resolve("before"));
        assertThat(original.diagnostics()).as("compiler output for the example as written").isEmpty();

        SortedMap<String, String> files = UnsafeFix.files(example);
        UnsafeFix.apply(example);
        Map<String, String> changedJava = UnsafeFix.changed(files, UnsafeFix.files(example));
        changedJava.keySet().removeIf(path -> !path.endsWith(".java"));
        JavaSources after = JavaSources.under(example);
        Compilation fixed = after.compile(RELEASE, tmp.resolve("after"));

        assertThat(changedJava).as("Java files the fix changes or creates").isNotEmpty();
        assertThat(after.files().keySet()).as("Java files after the fix").containsAll(before.files().keySet());
        assertThat(fixed.diagnostics()).as("compiler output for the fixed example (the fix changed %s)",
                changedJava.keySet()).isEmpty();
    }
}
