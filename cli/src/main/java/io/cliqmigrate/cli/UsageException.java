package io.cliqmigrate.cli;

/** A one-line error for the user; exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
