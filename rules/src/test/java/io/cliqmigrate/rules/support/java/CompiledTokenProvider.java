package io.cliqmigrate.rules.support.java;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A generated token provider, compiled as Java 8 with the JDK's compiler and loaded in its own class loader; its
 * instances are driven through the package-private constructor that takes an accounts server, environment and clock.
 */
final class CompiledTokenProvider {
    private final Class<?> type;

    private CompiledTokenProvider(Class<?> type) {
        this.type = type;
    }

    /**
     * Compiles {@code source} into {@code folder} with {@code --release 8} and every lint warning an error, so that
     * a user's build with warnings as errors accepts the class too.
     */
    static CompiledTokenProvider compile(TokenProviderSource source, String text, Path folder) throws IOException {
        Path file = folder.resolve("src").resolve(source.relativePath());
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(folder.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        List<String> options = List.of("--release", "8", "-Xlint:all,-options", "-Werror", "-encoding", "UTF-8",
                "-d", classes.toString());
        var task = javac.getTask(messages, null, null, options, null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file));
        if (!task.call()) {
            throw new AssertionError("the generated class does not compile:\n" + messages);
        }
        URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                CompiledTokenProvider.class.getClassLoader());
        try {
            return new CompiledTokenProvider(loader.loadClass(source.qualifiedName()));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** An instance reading {@code environment} (a missing key is an unset variable) and timed by {@code clock}. */
    Instance create(String accountsUrl, Map<String, String> environment, LongSupplier clock) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(String.class, Function.class, LongSupplier.class);
            constructor.setAccessible(true);
            Function<String, String> lookup = environment::get;
            return new Instance(constructor.newInstance(accountsUrl, lookup, clock));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The public constructor exists, as callers rewritten by {@code fix} use it. */
    boolean hasPublicNoArgumentConstructor() {
        try {
            return java.lang.reflect.Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** One instance of the generated class; its exceptions are rethrown as they are. */
    final class Instance {
        private final Object tokens;

        private Instance(Object tokens) {
            this.tokens = tokens;
        }

        String accessToken() {
            return (String) call("accessToken");
        }

        String header() {
            return (String) call("header");
        }

        void invalidate() {
            call("invalidate");
        }

        private Object call(String name) {
            try {
                Method method = type.getMethod(name);
                return method.invoke(tokens);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new AssertionError(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
