package io.cliqmigrate.rules.java;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link JavaSources#compile}: its errors and warnings, one line each
 * ({@code com/acme/crm/LeadClient.java:42: error: cannot find symbol …}), and the folder of its classes.
 *
 * @param release     the {@code --release} it was compiled for
 * @param classes     the folder of the compiled classes
 * @param diagnostics the compiler's errors and warnings, in its order
 */
public record Compilation(int release, Path classes, List<String> diagnostics) {
    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the compiler reported nothing (no error, no warning). */
    public boolean clean() {
        return diagnostics.isEmpty();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(line -> line.contains(": error: "));
    }

    /** The diagnostics as one text, a line each, for a failing assertion's message. */
    public String report() {
        return String.join("\n", diagnostics);
    }

    /**
     * A new class loader over the compiled classes, whose parent is the test class path (so the client libraries
     * are shared and each run starts with fresh static state of the compiled code). Close it after use.
     */
    public URLClassLoader newClassLoader() {
        if (hasErrors()) {
            throw new IllegalStateException("the sources did not compile:\n" + report());
        }
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compilation.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
