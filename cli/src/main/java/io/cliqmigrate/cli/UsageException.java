package io.cliqmigrate.cli;

import java.io.PrintWriter;

/** A one-line error for the user (a line per problem when there are several); exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }

    /** A command's work, which may end in a usage error. */
    @FunctionalInterface
    interface Command {
        int run(PrintWriter err) throws UsageException;
    }

    /** Runs a command: its exit code, or one line on stderr and exit 2 for a usage error. */
    static int exitCode(PrintWriter err, Command command) {
        try {
            return command.run(err);
        } catch (UsageException e) {
            e.getMessage().lines().forEach(line -> err.println("cliq-migrate: " + line));
            return Main.USAGE;
        }
    }
}
