package io.cliqmigrate.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The legacy "before" code under {@code java-clients/} is real code: each case compiles, as written and at its own
 * Java level, against the real client libraries, without an error or a warning.
 */
class JavaClientsCompileTest {
    @TempDir
    Path classes;

    static Stream<JavaClientCase> cases() {
        return JavaClientCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compilesAsWritten(JavaClientCase clientCase) {
        Compilation compilation = clientCase.compile(classes);

        assertThat(compilation.diagnostics()).as("compiler output for %s at --release %d", clientCase,
                compilation.release()).isEmpty();
    }

    @Test
    void theJava8CaseIsCompiledAsJava8() {
        List<JavaClientCase> java8 = JavaClientCase.all().stream().filter(c -> c.release() == 8).toList();

        assertThat(java8).extracting(JavaClientCase::name).containsExactly("java8-urlconnection-properties");
    }
}
