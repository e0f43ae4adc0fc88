package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Parser types stay inside the language adapters (architecture §1). */
class ModuleBoundaryTest {
    private static final Path MAIN = Path.of("src/main/java/io/cliqmigrate/core");

    @Test
    void modelRuleEngineAndCodePackagesImportNoParserLibrary() throws IOException {
        for (String pkg : List.of("model", "rule", "engine", "code")) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readString(file)).as(file.toString())
                            .doesNotContain("import com.github.javaparser").doesNotContain("import org.antlr")
                            .doesNotContain("io.cliqmigrate.grammars");
                }
            }
        }
    }

    @Test
    void javaParserIsUsedOnlyByTheJavaAdapter() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!file.startsWith(MAIN.resolve("lang/java"))) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain("com.github.javaparser");
                }
            }
        }
    }
}
