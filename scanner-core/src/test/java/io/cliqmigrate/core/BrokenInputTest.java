package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken files never break a reader: each one either parses or reports a syntax error, and the lexical fallback
 * reads it. {@code broken/} holds inputs that once made a reader throw; the configuration examples are also cut,
 * spliced and garbled with a fixed seed.
 */
class BrokenInputTest {
    private static final Languages LANGUAGES = Languages.defaults();

    static Stream<Path> files() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String dir : List.of("src/test/resources/broken", "src/test/resources/config")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> !p.toString().endsWith(".settings.txt")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyMutationParsesOrFailsCleanlyAndIsStillReadLexically(Path path) throws IOException {
        String name = path.getFileName().toString();
        Language language = LANGUAGES.forFile(name, new byte[0]).orElseThrow();
        String text = Files.readString(path, StandardCharsets.ISO_8859_1);
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 25; round++) {
            SourceFile file = SourceFile.of(name, language.id(), round == 0 ? text : mutate(text, random));
            assertThatCode(() -> {
                ParseOutcome outcome = language.parse(file);
                CodeFacts fallback = LANGUAGES.fallback(file);
                assertThat(outcome).isNotNull();
                assertThat(fallback.file()).isSameAs(file);
            }).as("%s, round %d", name, round).doesNotThrowAnyException();
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        for (int op = 0; op < 1 + random.nextInt(5) && sb.length() > 0; op++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.setLength(at);
                case 1 -> sb.insert(at, "\"'`{[(<<EOF\\$#/*&-".charAt(random.nextInt(18)));
                case 2 -> sb.deleteCharAt(at);
                case 3 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(40))));
                default -> sb.setCharAt(at, (char) random.nextInt(128));
            }
        }
        return sb.toString();
    }
}
