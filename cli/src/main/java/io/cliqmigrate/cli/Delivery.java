package io.cliqmigrate.cli;

import io.cliqmigrate.core.io.SafeOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Delivers a command's output to {@code --output FILE} or standard output, and says so when it could not: a CI gate
 * must not go green on a report that was never written (a full disk, a closed stdout, a folder that is not writable).
 */
final class Delivery {

    /** Writes the output to a {@link Writer}; the writer is flushed and closed by {@link Delivery}. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** Output that could not be delivered in full; its message is the one line to print. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    private Delivery() {}

    static void deliver(Path output, PrintWriter stdout, Body body) throws Failed {
        deliver(output, stdout, body, false);
    }

    /**
     * As {@link #deliver(Path, PrintWriter, Body)}; with {@code makeFolders} the folders above {@code output} are
     * made first when missing ({@code --report build/reports/x.sarif} in a fresh checkout).
     */
    static void deliver(Path output, PrintWriter stdout, Body body, boolean makeFolders) throws Failed {
        if (output == null) {
            // built in memory first, so a failing writer cannot leave half a report behind a good one
            java.io.StringWriter buffer = new java.io.StringWriter();
            try {
                body.writeTo(buffer);
            } catch (IOException e) {
                throw new Failed("cannot write to standard output: " + reason(e));
            }
            stdout.print(buffer);
            if (stdout.checkError()) {
                throw new Failed("cannot write to standard output (closed, or the disk is full)");
            }
            return;
        }
        try {
            if (makeFolders) {
                makeFolders(output);
            }
            SafeOutput.write(output, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                body.writeTo(writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw new Failed("cannot write " + output + ": " + reason(e));
        }
    }

    private static void makeFolders(Path output) throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(output.toString(), null, "not a folder: " + e.getFile());
        }
    }

    static String reason(IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = e instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e.getClass().getSimpleName();
        }
        return reason.lines().findFirst().orElse(reason);
    }
}
