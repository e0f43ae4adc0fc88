package io.cliqmigrate.core.model;

import java.util.Comparator;

/**
 * A file the scan could not fully handle: unreadable, undecodable, unparsable, a rule that crashed on it, or a bug of
 * the scanner itself ({@code INTERNAL}). {@code line} is 0 when the problem has no position. {@code detail} holds the
 * stack trace of an internal error (shown with {@code --debug}, never in a report), else {@code null}.
 */
public record ProcessingError(String path, Kind kind, String message, int line, int column, String detail) {
    public enum Kind { READ, DECODE, PARSE, RULE, CONFIG, INTERNAL }

    public static final Comparator<ProcessingError> ORDER = Comparator.comparing(ProcessingError::path)
            .thenComparing(ProcessingError::kind).thenComparingInt(ProcessingError::line)
            .thenComparing(ProcessingError::message);

    public ProcessingError(String path, Kind kind, String message, int line, int column) {
        this(path, kind, message, line, column, null);
    }

    public static ProcessingError of(String path, Kind kind, String message) {
        return new ProcessingError(path, kind, message, 0, 0);
    }

    /** A bug met while handling a file: the scan goes on, and {@code --debug} shows where it happened. */
    public static ProcessingError internal(String path, Kind kind, String message, Throwable cause) {
        java.io.StringWriter trace = new java.io.StringWriter();
        cause.printStackTrace(new java.io.PrintWriter(trace));
        return new ProcessingError(path, kind, message, 0, 0, trace.toString());
    }

    public ProcessingError withMessage(String newMessage, String newDetail) {
        return new ProcessingError(path, kind, newMessage, line, column, newDetail);
    }
}
