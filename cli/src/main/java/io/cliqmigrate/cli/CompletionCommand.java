package io.cliqmigrate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a shell completion script for cliq-migrate's commands and options.",
                "bash and zsh get picocli's script (zsh through its bash compatibility); fish gets one made from "
                        + "the same command model."},
        footerHeading = "%nInstall:%n",
        footer = {"  bash:  cliq-migrate completion bash > ~/.local/share/bash-completion/completions/cliq-migrate",
                "  zsh:   cliq-migrate completion zsh > ~/.zfunc/_cliq-migrate   (or: source <(cliq-migrate completion zsh))",
                "  fish:  cliq-migrate completion fish > ~/.config/fish/completions/cliq-migrate.fish"})
final class CompletionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish")
    String shell;

    @Override
    public Integer call() {
        return UsageException.exitCode(spec.commandLine().getErr(), err -> {
            CommandLine root = spec.root().commandLine();
            String script = switch (shell.toLowerCase(Locale.ROOT)) {
                case "bash" -> AutoComplete.bash("cliq-migrate", root);
                // picocli's script starts zsh's bashcompinit itself when it runs under zsh
                case "zsh" -> "#compdef cliq-migrate\n" + AutoComplete.bash("cliq-migrate", root);
                case "fish" -> fish(root.getCommandSpec());
                default -> throw new UsageException("completion: unknown shell '" + shell + "' (bash, zsh or fish)");
            };
            spec.commandLine().getOut().print(script);
            spec.commandLine().getOut().flush();
            return Main.OK;
        });
    }

    /** fish's {@code complete} lines: the commands after the program's name, then each command's options. */
    static String fish(CommandSpec rootSpec) {
        String name = rootSpec.name();
        StringBuilder out = new StringBuilder("# fish completion for " + name + " (cliq-migrate completion fish)\n");
        out.append("complete -c ").append(name).append(" -f\n");
        List<String> commands = new ArrayList<>(rootSpec.subcommands().keySet());
        options(out, name, "__fish_use_subcommand", rootSpec);
        for (String command : commands) {
            CommandSpec sub = rootSpec.subcommands().get(command).getCommandSpec();
            out.append("complete -c ").append(name).append(" -n __fish_use_subcommand -a ").append(command)
                    .append(" -d ").append(quoted(first(sub.usageMessage().description()))).append('\n');
        }
        for (String command : commands) {
            CommandSpec sub = rootSpec.subcommands().get(command).getCommandSpec();
            options(out, name, "'__fish_seen_subcommand_from " + command + "'", sub);
            if (!sub.positionalParameters().isEmpty() && !command.equals("help") && !command.equals("completion")) {
                // paths
                out.append("complete -c ").append(name).append(" -n '__fish_seen_subcommand_from ").append(command)
                        .append("' -F\n");
            }
        }
        out.append("complete -c ").append(name).append(" -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n");
        out.append("complete -c ").append(name).append(" -n '__fish_seen_subcommand_from help' -a ")
                .append(quoted(String.join(" ", commands))).append('\n');
        return out.toString();
    }

    private static void options(StringBuilder out, String name, String condition, CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            out.append("complete -c ").append(name).append(" -n ").append(condition);
            for (String n : option.names()) {
                out.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
            }
            if (option.arity().max() > 0) {
                out.append(" -r");
                if (option.completionCandidates() != null) {
                    List<String> candidates = new ArrayList<>();
                    option.completionCandidates().forEach(candidates::add);
                    out.append(" -a ").append(quoted(String.join(" ", candidates)));
                } else if (option.type() == java.nio.file.Path.class) {
                    out.append(" -F");
                }
            }
            out.append(" -d ").append(quoted(first(option.description()))).append('\n');
        }
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0].replace("%n", " ").replaceAll("\\$\\{[A-Z-]+}", "");
    }

    /** A fish single-quoted word: only {@code \} and {@code '} are special inside. */
    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
