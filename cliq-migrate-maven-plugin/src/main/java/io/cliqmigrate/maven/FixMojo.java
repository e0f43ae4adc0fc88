package io.cliqmigrate.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Plans the automatic fixes of the module's legacy authtoken use and prints them as a unified diff; with
 * {@code -Dcliq-migrate.apply} writes them. Settings under {@code fix:} in {@code .cliq-migrate.yml} apply.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends CliqMigrateMojo {
    /** Writes the changes (default: prints them, writes nothing). */
    @Parameter(property = "cliq-migrate.apply", defaultValue = "false")
    boolean apply;

    /** Also applies the fixes marked review (behaviour a person should check). */
    @Parameter(property = "cliq-migrate.unsafe", defaultValue = "false")
    boolean unsafe;

    @Override
    void execute(ModuleFolder module) throws MojoExecutionException {
        List<String> args = commandOver("fix", module);
        if (apply) {
            args.add("--apply");
        }
        if (unsafe) {
            args.add("--unsafe");
        }
        run(args);
    }
}
