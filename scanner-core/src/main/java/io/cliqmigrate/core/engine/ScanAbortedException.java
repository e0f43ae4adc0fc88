package io.cliqmigrate.core.engine;

/**
 * The scan cannot go on at all (the JVM ran out of memory): carrying on would only produce a report that silently
 * misses files, so the whole scan stops and the command exits 2.
 */
public final class ScanAbortedException extends RuntimeException {
    public ScanAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
