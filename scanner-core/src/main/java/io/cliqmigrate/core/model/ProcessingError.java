package io.cliqmigrate.core.model;

import java.util.Comparator;

/**
 * A file the scan could not fully handle: unreadable, undecodable, unparsable, or a rule that crashed on it.
 * {@code line} is 0 when the problem has no position.
 */
public record ProcessingError(String path, Kind kind, String message, int line, int column) {
    public enum Kind { READ, DECODE, PARSE, RULE, CONFIG }

    public static final Comparator<ProcessingError> ORDER = Comparator.comparing(ProcessingError::path)
            .thenComparing(ProcessingError::kind).thenComparingInt(ProcessingError::line)
            .thenComparing(ProcessingError::message);

    public static ProcessingError of(String path, Kind kind, String message) {
        return new ProcessingError(path, kind, message, 0, 0);
    }
}
