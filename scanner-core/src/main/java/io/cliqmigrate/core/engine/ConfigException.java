package io.cliqmigrate.core.engine;

/** A configuration problem, with a one-line message naming it. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
