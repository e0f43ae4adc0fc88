package io.cliqmigrate.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * A module's base directory and what lies in it but is not the module's own: the folders of its modules (an
 * aggregator lists them; each is scanned by its own module, so a multi-module build scans every folder once) and
 * its build directory.
 *
 * @param folder  the module's base directory
 * @param leftOut the folders below it that its scan leaves out, in the order the POM names them
 */
record ModuleFolder(File folder, List<File> leftOut) {

    static ModuleFolder of(MavenProject project) {
        File base = canonical(project.getBasedir());
        List<File> leftOut = new ArrayList<>();
        for (String module : project.getModules()) {
            File path = canonical(new File(base, module));
            // a module may be named by its POM file rather than its folder
            File folder = path.isFile() ? path.getParentFile() : path;
            if (isBelow(folder, base) && !leftOut.contains(folder)) {
                leftOut.add(folder);
            }
        }
        File build = canonical(new File(project.getBuild().getDirectory()));
        if (isBelow(build, base) && !leftOut.contains(build)) {
            leftOut.add(build);
        }
        return new ModuleFolder(base, List.copyOf(leftOut));
    }

    private static boolean isBelow(File path, File folder) {
        return !path.equals(folder) && path.toPath().startsWith(folder.toPath());
    }

    private static File canonical(File file) {
        return file.toPath().toAbsolutePath().normalize().toFile();
    }
}
