package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line people type every day: help, examples, completion, and a mistyped command. */
class CommandLineHelpTest {
    @TempDir
    Path tmp;

    @Test
    void anUnknownCommandIsAnsweredWithTheCommandsThereAre() {
        MainTest.Run run = MainTest.run("scna", ".");

        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err().lines()).containsExactly("cliq-migrate: unknown command 'scna' (did you mean 'scan'?); "
                + "commands: scan, baseline, report, fix, parse, rules, explain, merge, completion, help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "baseline", "report", "fix", "parse", "rules", "explain", "merge"})
    void helpOfEachCommandEndsWithExamples(String command) {
        MainTest.Run run = MainTest.run("help", command);

        assertThat(run.exit()).isZero();
        String examples = run.out().substring(run.out().lastIndexOf("Examples:"));
        assertThat(examples.lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("  cliq-migrate " + command)
                || l.startsWith("  cliq-migrate " + command + " "));
    }

    @Test
    void bashCompletesTheCommandsAndTheOptionsOfScan() throws Exception {
        Path script = tmp.resolve("cliq-migrate.bash");
        Files.writeString(script, MainTest.run("completion", "bash").out());

        assertThat(complete(script, "cliq-migrate me")).isEqualTo("merge");
        assertThat(complete(script, "cliq-migrate scan --sh")).isEqualTo("--shard");
    }

    @Test
    void zshGetsTheBashScriptWithItsCompdefLineAndFishItsOwn() {
        assertThat(MainTest.run("completion", "zsh").out()).startsWith("#compdef cliq-migrate\n")
                .contains("bashcompinit");
        String fish = MainTest.run("completion", "fish").out();
        assertThat(fish.lines()).contains(
                "complete -c cliq-migrate -n __fish_use_subcommand -a merge -d 'Merges JSON reports (scan --format json) "
                        + "of the shards of one tree or of many repositories into one JSON report; \\'report --from\\' "
                        + "renders it, the HTML page with a table per repository.'",
                "complete -c cliq-migrate -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'");
        assertThat(fish).contains("-n '__fish_seen_subcommand_from scan' -l shard -r -d ");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        MainTest.Run run = MainTest.run("completion", "tcsh");

        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err().lines()).containsExactly("cliq-migrate: completion: unknown shell 'tcsh' (bash, zsh or fish)");
    }

    /** What bash offers for the last word of {@code line}, run through the script's completion function. */
    private static String complete(Path script, String line) throws Exception {
        List<String> words = List.of(line.split(" "));
        String program = "source '" + script + "'; COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.size() - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "; _complete_cliq-migrate; "
                + "echo \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program)
                // compopt complains outside a real completion; what is offered is on stdout
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes()).trim();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
