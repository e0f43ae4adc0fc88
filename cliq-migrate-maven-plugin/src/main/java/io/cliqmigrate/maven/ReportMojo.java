package io.cliqmigrate.maven;

import io.cliqmigrate.cli.Main;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the module and writes the HTML, SARIF and JSON reports ({@code cliq-migrate.html}, {@code .sarif},
 * {@code .json}) into {@code outputDirectory}. It never fails the build on findings: that is {@code check}'s part.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends ScanMojo {
    /** Where the reports go. */
    @Parameter(property = "cliq-migrate.outputDirectory", defaultValue = "${project.build.directory}/cliq-migrate")
    File outputDirectory;

    @Override
    void execute(ModuleFolder module) throws MojoExecutionException {
        File json = report("json");
        // --report makes its folders, -o writes only into one that exists
        if (!outputDirectory.isDirectory() && !outputDirectory.mkdirs()) {
            throw new MojoExecutionException("Cliq Migrate: cannot create " + outputDirectory);
        }
        List<String> args = scanOver(module);
        args.addAll(List.of("--format", "json", "--output", json.toString(),
                "--report", "html=" + report("html"), "--report", "sarif=" + report("sarif")));
        int exit = run(args);
        Path folder = module.folder().toPath().relativize(outputDirectory.toPath().toAbsolutePath().normalize());
        getLog().info("Cliq Migrate: reports written to " + folder + "/cliq-migrate.{html,sarif,json}"
                + (exit == Main.FINDINGS ? " (they list findings at or above '" + failOn + "')" : ""));
    }

    private File report(String extension) {
        return new File(outputDirectory, "cliq-migrate." + extension);
    }
}
