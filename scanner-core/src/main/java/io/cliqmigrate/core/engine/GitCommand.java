package io.cliqmigrate.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} binary in a work tree that may be hostile: its file-system monitor hook off, no optional
 * locks, never a prompt, stderr discarded, a time limit.
 */
final class GitCommand {
    private static final long TIMEOUT_SECONDS = 20;

    private GitCommand() {}

    /**
     * The command's standard output, or {@code null} when it failed (no such ref, no such setting, a repository git
     * refuses). An {@link IOException} means there is no git to run.
     */
    static byte[] run(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(),
                "-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process = builder.start();
        try (InputStream in = process.getInputStream()) {
            process.getOutputStream().close();
            byte[] out = in.readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? out : null;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** {@link #run}'s output as text, stripped. */
    static String text(Path dir, String... args) throws IOException {
        byte[] out = run(dir, args);
        return out == null ? null : new String(out, java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    /** {@link #run}'s output split at NUL bytes ({@code -z} output), without empty fields. */
    static List<String> fields(Path dir, String... args) throws IOException {
        byte[] out = run(dir, args);
        if (out == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (String field : new String(out, java.nio.charset.StandardCharsets.UTF_8).split("\u0000")) {
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return fields;
    }
}
