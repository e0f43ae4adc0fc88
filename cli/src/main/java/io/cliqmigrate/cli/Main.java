package io.cliqmigrate.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: the only place that calls {@code System.exit}. */
@Command(name = "cliq-migrate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds legacy Zoho authtoken use (dead since 2021) and explains the migration to OAuth, "
                + "Cliq webhook tokens and Deluge connections.",
        subcommands = {ScanCommand.class, BaselineCommand.class, ReportCommand.class, FixCommand.class, ParseCommand.class,
                RulesCommand.class, ExplainCommand.class, MergeCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no finding at or above --fail-on", "  1  at least one finding at or above --fail-on",
                "  2  usage or configuration error, or the scan could not run"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs the CLI with explicit streams and environment, for tests. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ScanCommand.class) {
                    return cls.cast(new ScanCommand(env));
                }
                if (cls == ReportCommand.class) {
                    return cls.cast(new ReportCommand(env));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        UsageExamples.addTo(cli);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((ex, arguments) -> {
            String command = ex.getCommandLine().getCommandName();
            if (UnknownCommand.is(ex)) {
                ex.getCommandLine().getErr().println(UnknownCommand.message(ex));
                return USAGE;
            }
            ex.getCommandLine().getErr().println("cliq-migrate: " + ex.getMessage().lines().findFirst().orElse("")
                    + " (see 'cliq-migrate " + (command.equals("cliq-migrate") ? "" : command + " ") + "--help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("cliq-migrate: internal error: " + ex);
            return USAGE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // thrown on the main thread, past picocli: without this it would end the JVM with exit code 1, which
            // a CI gate reads as "findings", and without a report
            err.println("cliq-migrate: out of memory; give the JVM more memory (CLIQ_MIGRATE_JAVA_OPTS=-Xmx2g) or "
                    + "scan with fewer --threads");
            return USAGE;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cliq-migrate " + version()};
        }
    }

    static String version() {
        try (var in = Main.class.getResourceAsStream("/cliq-migrate.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }
}
