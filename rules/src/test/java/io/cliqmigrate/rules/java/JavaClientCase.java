package io.cliqmigrate.rules.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One folder under {@code java-clients/}: a small legacy Zoho integration written against one HTTP client, with its
 * sources under {@code src/main/java}. Its Java level is that of its {@code pom.xml}
 * ({@code maven.compiler.release} or {@code .source}); without one it is {@value #DEFAULT_RELEASE}.
 */
public record JavaClientCase(String name, Path folder) {
    public static final Path CASES = Path.of("src/test/resources/java-clients");
    static final int DEFAULT_RELEASE = 17;
    private static final Pattern JAVA_LEVEL =
            Pattern.compile("<maven\\.compiler\\.(?:release|source)>\\s*(?:1\\.)?(\\d+)\\s*</");

    /** Every case, by name. */
    public static List<JavaClientCase> all() {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(folder -> new JavaClientCase(folder.getFileName().toString(), folder)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JavaClientCase named(String name) {
        Path folder = CASES.resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no Java client case " + name + " in " + CASES);
        }
        return new JavaClientCase(name, folder);
    }

    public Path sourceRoot() {
        return folder.resolve("src/main/java");
    }

    /** The case's sources as written (a fixed version replaces files with {@link JavaSources#with}). */
    public JavaSources sources() {
        return JavaSources.under(sourceRoot());
    }

    /** The {@code --release} the case's build compiles for. */
    public int release() {
        Path pom = folder.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return DEFAULT_RELEASE;
        }
        try {
            Matcher level = JAVA_LEVEL.matcher(Files.readString(pom, StandardCharsets.UTF_8));
            return level.find() ? Integer.parseInt(level.group(1)) : DEFAULT_RELEASE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sources as written, compiled at the case's release into {@code classes}. */
    public Compilation compile(Path classes) {
        return sources().compile(release(), classes);
    }

    @Override
    public String toString() {
        return name;
    }
}
