package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A client interface whose parameter is sent as the authtoken is rewritten with every call of its method in the
 * other files, or not at all ({@link FixFixturesTest} shows that nothing changes then): the steps left to a person
 * name the file whose use of the method the fix could not change.
 */
class ClientInterfaceCallersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "java-retrofit-query-method-reference-stays, src/main/java/com/acme/chatops/ChannelDigest.java",
            "java-retrofit-query-kotlin-caller-stays, src/main/kotlin/com/acme/chatops/ReleaseNotes.kt"})
    void theStepsNameTheFileWhoseUseTheFixCouldNotChange(String fixture, String file, @TempDir Path project)
            throws IOException {
        copyBefore(FixFixturesTest.FIXES.resolve(fixture), project);

        List<Finding> findings = FixFixturesTest.scan(project).findings().stream()
                .filter(f -> f.location().path().endsWith("CliqApi.java")).toList();

        assertThat(findings).as("findings in the interface").hasSize(1);
        List<Fix> fixes = findings.get(0).fixes();
        assertThat(fixes).as("fixes of the @Query(\"authtoken\") parameter").noneMatch(Fix::automatic);
        assertThat(fixes.get(0).steps()).as("steps of its first fix")
                .anyMatch(step -> step.contains("could not make the call pass the header") && step.endsWith(file))
                .anyMatch(step -> step.contains("replace @Query(\"authtoken\") by @Header(\"Authorization\")"));
    }

    private static void copyBefore(Path fixture, Path project) throws IOException {
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = project.resolve(fixture.relativize(file).toString().replace(".before.", "."));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
