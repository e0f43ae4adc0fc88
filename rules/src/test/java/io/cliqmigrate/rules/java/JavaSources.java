package io.cliqmigrate.rules.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Java source files, by path relative to a source root ({@code com/acme/crm/LeadClient.java}), compiled with the
 * JDK's compiler against this test run's classpath: the HTTP client libraries the rules module has in test scope.
 * Sources come from a folder, from text (a fixed file, a generated class), or both: {@link #with} replaces or adds one.
 */
public final class JavaSources {
    private final SortedMap<String, String> files;

    private JavaSources(SortedMap<String, String> files) {
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /** Every {@code .java} file below {@code root}, named by its path relative to it. */
    public static JavaSources under(Path root) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).toList()) {
                String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(path, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .java file below " + root);
        }
        return new JavaSources(files);
    }

    /** Sources given as text, by relative path. */
    public static JavaSources of(Map<String, String> files) {
        return new JavaSources(new TreeMap<>(files));
    }

    /** These sources with {@code path} holding {@code text} (replaced if it was there). */
    public JavaSources with(String path, String text) {
        SortedMap<String, String> copy = new TreeMap<>(files);
        copy.put(path, text);
        return new JavaSources(copy);
    }

    /** The relative paths and texts, sorted by path. */
    public SortedMap<String, String> files() {
        return files;
    }

    /**
     * Compiles every source with {@code --release release} into {@code classes} (created if needed). Annotation
     * processors stay off, so that a library on the classpath cannot change the result, and so does the warning a
     * newer JDK gives for an old release.
     */
    public Compilation compile(int release, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(collector, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<String> options = List.of("--release", Integer.toString(release), "-proc:none", "-Xlint:-options", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            List<JavaFileObject> units = new ArrayList<>();
            files.forEach((path, text) -> units.add(new SourceText(path, text)));
            javac.getTask(null, fileManager, collector, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> diagnostics = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
            // a note ("uses deprecated API") is no problem of the code; errors and warnings are
            if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
                diagnostics.add(describe(diagnostic));
            }
        }
        return new Compilation(release, classes, diagnostics);
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? "(no file)" : diagnostic.getSource().getName()
                + (diagnostic.getLineNumber() > 0 ? ":" + diagnostic.getLineNumber() : "");
        String kind = diagnostic.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
        return where + ": " + kind + ": " + diagnostic.getMessage(null);
    }

    /** A source held in memory, named by its relative path so that diagnostics name it that way. */
    private static final class SourceText extends SimpleJavaFileObject {
        private final String path;
        private final String text;

        SourceText(String path, String text) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        @Override
        public String getName() {
            return path;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
