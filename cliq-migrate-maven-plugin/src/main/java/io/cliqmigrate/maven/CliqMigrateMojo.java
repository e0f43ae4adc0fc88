package io.cliqmigrate.maven;

import io.cliqmigrate.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the module it scans, the configuration, and running the command line in-process with
 * its output in the Maven log. The goals are thin adapters, so a goal and the command it runs behave alike.
 */
abstract class CliqMigrateMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Skips the goal. */
    @Parameter(property = "cliq-migrate.skip", defaultValue = "false")
    boolean skip;

    /**
     * A configuration file for the module instead of its own {@code .cliq-migrate.yml} (which is found as the
     * command line finds it: in the module's folder or, inside a git work tree, in the nearest folder above).
     */
    @Parameter(property = "cliq-migrate.config")
    File config;

    /** Worker threads of the scan (default: the number of cores). */
    @Parameter(property = "cliq-migrate.threads")
    Integer threads;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Cliq Migrate: skipped (cliq-migrate.skip)");
            return;
        }
        execute(ModuleFolder.of(project));
    }

    abstract void execute(ModuleFolder module) throws MojoExecutionException, MojoFailureException;

    /**
     * {@code command} over the module's own files: its folder without its modules' folders (each module scans
     * its own) and without its build directory (compiled copies and earlier reports).
     */
    List<String> commandOver(String command, ModuleFolder module) {
        List<String> args = new ArrayList<>(List.of(command, module.folder().toString()));
        for (File left : module.leftOut()) {
            args.add("--exclude-path");
            args.add(left.toString());
        }
        if (config != null) {
            args.add("--config");
            args.add(config.toString());
        }
        if (threads != null) {
            args.add("--threads");
            args.add(threads.toString());
        }
        return args;
    }

    /**
     * Runs the command line; its standard output goes to the log as it comes, its notes after it. Exit code 2
     * (usage or configuration error, the scan could not run) fails the goal with the command line's own line.
     */
    int run(List<String> args) throws MojoExecutionException {
        getLog().debug("Cliq Migrate: cliq-migrate " + String.join(" ", args));
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(new LogLines(getLog()::info), true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args.toArray(String[]::new), out, err, environment());
        }
        List<String> notes = errBytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        if (exit == Main.USAGE) {
            notes.subList(0, Math.max(0, notes.size() - 1)).forEach(getLog()::error);
            throw new MojoExecutionException(notes.isEmpty() ? "cliq-migrate " + args.get(0) + " could not run"
                    : notes.get(notes.size() - 1));
        }
        // summaries and notes: what a terminal shows under the report, not warnings of the build
        notes.forEach(getLog()::info);
        if (exit != Main.OK && exit != Main.FINDINGS) {
            throw new MojoExecutionException("cliq-migrate " + args.get(0) + " ended with exit code " + exit);
        }
        return exit;
    }

    /** The build's environment, without the progress line a terminal would get (it is no use in a log). */
    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("CI", "true");
        return env;
    }
}
