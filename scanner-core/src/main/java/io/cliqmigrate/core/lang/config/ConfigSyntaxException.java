package io.cliqmigrate.core.lang.config;

/** A configuration file that its format's parser rejects, at a 1-based line and column (0 when unknown). */
final class ConfigSyntaxException extends Exception {
    private final int line;
    private final int column;

    ConfigSyntaxException(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
