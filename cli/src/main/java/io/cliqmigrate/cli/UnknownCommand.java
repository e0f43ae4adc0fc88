package io.cliqmigrate.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * A first word that is no command ({@code cliq-migrate scna}): answered with the commands there are, and the
 * nearest one, instead of picocli's "Unmatched argument at index 0".
 */
final class UnknownCommand {
    private UnknownCommand() {}

    static boolean is(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
                || ex.getCommandLine().getParent() != null) {
            return false;
        }
        List<String> words = unmatched.getUnmatched();
        return !words.isEmpty() && !words.get(0).startsWith("-");
    }

    static String message(CommandLine.ParameterException ex) {
        CommandLine.UnmatchedArgumentException unmatched = (CommandLine.UnmatchedArgumentException) ex;
        String word = unmatched.getUnmatched().get(0);
        List<String> suggestions = unmatched.getSuggestions();
        String nearest = suggestions.isEmpty() || suggestions.get(0).startsWith("-") ? ""
                : " (did you mean '" + suggestions.get(0) + "'?)";
        return "cliq-migrate: unknown command '" + word + "'" + nearest + "; commands: "
                + String.join(", ", ex.getCommandLine().getSubcommands().keySet());
    }
}
