package io.cliqmigrate.rules.java;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link JavaClientRun} over compiled classes in a new JVM with the environment variables given. Fixed code
 * reaches its token through the generated provider's public constructor, which reads the process environment
 * ({@code ZOHO_CLIENT_ID}, …, and {@code ZOHO_ACCOUNTS_URL} for the accounts server); a child process is the one
 * way to point it at a stub server without changing the generated class.
 */
public final class ForkedClientRun {
    private static final long LIMIT_SECONDS = 60;

    private ForkedClientRun() {
    }

    /**
     * Runs {@code run} against {@code baseUrl} with {@code token} in a child JVM whose environment is this one's
     * without any {@code ZOHO_*} variable, plus {@code environment}; fails with the child's output when it fails.
     */
    public static void run(Compilation compilation, JavaClientRun run, String baseUrl, String token,
                           Map<String, String> environment) {
        if (compilation.hasErrors()) {
            throw new IllegalStateException("the sources did not compile:\n" + compilation.report());
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classpath = compilation.classes() + File.pathSeparator + System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classpath,
                ForkedClientRun.class.getName(), run.caseName(), baseUrl, token));
        try {
            Path output = Files.createTempFile(compilation.classes().getParent(), "forked-run", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("ZOHO_"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(run + " did not finish in " + LIMIT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(run + " failed in the child JVM:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The child's side: {@code caseName baseUrl token}. */
    public static void main(String[] args) {
        JavaClientRuns.forCase(args[0]).runAgainst(ForkedClientRun.class.getClassLoader(), args[1], args[2]);
    }
}
