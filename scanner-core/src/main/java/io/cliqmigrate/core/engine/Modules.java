package io.cliqmigrate.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The build modules of the scanned tree: the folders that hold a build file (Maven's {@code pom.xml}, Gradle's
 * {@code build.gradle} or {@code build.gradle.kts}), as report paths ({@code ""} for the base). A class one
 * module's code calls must be in that module: another module's build may not see it.
 */
final class Modules {
    private static final Set<String> BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts");

    /** Deepest first, so the first holding a path is its module. */
    private final List<String> folders;

    private Modules(List<String> folders) {
        this.folders = folders;
    }

    static Modules of(List<FileWalker.WalkedFile> files) {
        TreeSet<String> found = new TreeSet<>();
        for (FileWalker.WalkedFile f : files) {
            String path = f.relative();
            int slash = path.lastIndexOf('/');
            if (BUILD_FILES.contains(path.substring(slash + 1))) {
                found.add(slash < 0 ? "" : path.substring(0, slash));
            }
        }
        List<String> folders = new ArrayList<>(found);
        folders.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return new Modules(folders);
    }

    /**
     * The module of a report path of the root whose folder is {@code rootFolder}: the deepest module holding it at
     * or below the root, else the root's folder (a module above the root is the root's own).
     */
    String of(String rootFolder, String path) {
        for (String folder : folders) {
            if (below(folder, rootFolder) && (folder.isEmpty() || path.startsWith(folder + "/"))) {
                return folder;
            }
        }
        return rootFolder;
    }

    private static boolean below(String folder, String rootFolder) {
        return rootFolder.isEmpty() || folder.equals(rootFolder) || folder.startsWith(rootFolder + "/");
    }

    /**
     * The module folders of a root whose folder is {@code rootFolder}: the root itself (for files in no module
     * below it) and every module below it, in path order.
     */
    List<String> within(String rootFolder) {
        TreeSet<String> out = new TreeSet<>();
        out.add(rootFolder);
        for (String folder : folders) {
            if (below(folder, rootFolder)) {
                out.add(folder);
            }
        }
        return new ArrayList<>(out);
    }

    /** The key of a root's module. */
    static String key(ScanRoot root, String module) {
        return root.path() + "\u0000" + module;
    }
}
