package io.cliqmigrate.core.engine;

import java.util.List;
import java.util.Set;

/**
 * The build modules of the scanned tree: the folders that hold a build file (Maven's {@code pom.xml}, Gradle's
 * {@code build.gradle} or {@code build.gradle.kts}), as report paths ({@code ""} for the base). A class one
 * module's code calls must be in that module: another module's build may not see it.
 */
final class Modules {
    private static final Set<String> BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts");

    private final Set<String> folders;

    private Modules(Set<String> folders) {
        this.folders = folders;
    }

    static Modules of(List<FileWalker.WalkedFile> files) {
        Set<String> found = new java.util.HashSet<>();
        for (FileWalker.WalkedFile f : files) {
            String path = f.relative();
            if (!path.endsWith("pom.xml") && !path.endsWith(".gradle") && !path.endsWith(".gradle.kts")) {
                continue; // most files, at no cost
            }
            int slash = path.lastIndexOf('/');
            if (BUILD_FILES.contains(path.substring(slash + 1))) {
                found.add(slash < 0 ? "" : path.substring(0, slash));
            }
        }
        return new Modules(found);
    }

    /**
     * The module of a report path of the root whose folder is {@code rootFolder}: the deepest module holding it at
     * or below the root, else the root's folder (a module above the root is the root's own).
     */
    String of(String rootFolder, String path) {
        String folder = path;
        while (true) {
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
            if (!below(folder, rootFolder)) {
                return rootFolder;
            }
            if (folders.contains(folder)) {
                return folder;
            }
            if (folder.isEmpty()) {
                return rootFolder;
            }
        }
    }

    private static boolean below(String folder, String rootFolder) {
        return rootFolder.isEmpty() || folder.equals(rootFolder) || folder.startsWith(rootFolder + "/");
    }

    /** The key of a root's module. */
    static String key(ScanRoot root, String module) {
        return root.path() + "\u0000" + module;
    }
}
