package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration format read into settings with full key paths and exact positions. Each example file has a
 * golden list of its settings beside it ({@code <file>.settings.txt}; {@code -Dgolden.update=true} regenerates
 * them), or of its syntax errors when its parser rejects it.
 */
class ConfigReadersTest {
    private static final Path DIR = Path.of("src/test/resources/config");
    private static final Languages LANGUAGES = Languages.defaults();

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".settings.txt")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void settingsAreReadWithTheirPositions(String name) throws IOException {
        SourceFile file = read(name);
        Language language = language(file);
        ParseOutcome outcome = language.parse(file);
        String actual;
        if (outcome instanceof ParseOutcome.Failed failed) {
            actual = failed.problems().stream().map(p -> "syntax error " + p.line() + ":" + p.column() + " "
                    + p.message() + "\n").reduce("", String::concat);
        } else {
            actual = language.tree(file).orElse("(read as text)\n");
        }
        golden(name + ".settings.txt", actual);
    }

    @Test
    void externalEntitiesAreNeitherFetchedNorExpanded() throws IOException {
        SourceFile file = read("xxe.xml");
        ParseOutcome outcome = language(file).parse(file);
        assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
        assertThat(((ParseOutcome.Failed) outcome).problems()).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("root:"));
        // the engine falls back to the lexical read, which sees the text as written
        assertThat(LANGUAGES.fallback(file).strings()).noneMatch(s -> s.literalValue() != null
                && s.literalValue().contains("root:"));
    }

    @Test
    void yamlAliasesAreNotExpanded() throws IOException {
        SourceFile file = read("billion-laughs.yml");
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) language(file).parse(file);
        List<Binding> bindings = parsed.facts().bindings();
        assertThat(bindings).hasSizeLessThan(200);
        assertThat(bindings).anyMatch(b -> b.name().equals("authtoken"));
    }

    @Test
    void helmTemplatesAreReadAsTextWithoutASyntaxError() throws IOException {
        SourceFile file = read("helm-values-template.yaml");
        ParseOutcome outcome = language(file).parse(file);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).problems()).isEmpty();
        assertThat(((ParseOutcome.Parsed) outcome).facts().strings())
                .anyMatch(s -> s.literalValue() != null && s.literalValue().contains("authtoken="));
    }

    private static Language language(SourceFile file) {
        return LANGUAGES.forFile(file.path(), new byte[0]).orElseThrow();
    }

    /** As the engine decodes: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1. */
    private static SourceFile read(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(name));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String id = LANGUAGES.forFile(name, bytes).orElseThrow().id();
        return SourceFile.of(name, id, text);
    }

    private static void golden(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
