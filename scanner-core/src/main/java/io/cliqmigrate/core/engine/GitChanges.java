package io.cliqmigrate.core.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in a git work tree, asked of the {@code git} binary (as {@link GitRevision} does): the files changed
 * since a revision, the staged files with their staged content, and the files renamed since a commit. Paths given
 * back are absolute, or relative to the top level where said.
 */
public final class GitChanges {
    /** One line saying why git could not answer. */
    public static final class GitException extends Exception {
        GitException(String message) {
            super(message);
        }
    }

    private GitChanges() {}

    /** The top level of the work tree holding {@code path} (a file or folder). */
    public static Path topLevel(Path path) throws GitException {
        Path absolute = path.toAbsolutePath().normalize();
        Path folder = java.nio.file.Files.isDirectory(absolute) ? absolute : absolute.getParent();
        String top = text(folder, "rev-parse", "--show-toplevel");
        if (top == null || top.isEmpty()) {
            throw new GitException("not inside a git work tree: " + path);
        }
        return Path.of(top).toAbsolutePath().normalize();
    }

    /**
     * The files added, modified or renamed (their new path) between {@code ref} and the work tree, staged or not,
     * and the untracked files git does not ignore.
     */
    public static Set<Path> changedSince(Path top, String ref) throws GitException {
        String commit = text(top, "rev-parse", "--verify", "-q", "--end-of-options", ref + "^{commit}");
        if (commit == null || commit.isEmpty()) {
            throw new GitException("unknown revision '" + ref + "'");
        }
        Set<Path> out = new TreeSet<>();
        absolute(top, fields(top, "diff", "--name-only", "-z", "--no-ext-diff", "--diff-filter=ACMRT", "-M", commit,
                "--"), out);
        absolute(top, fields(top, "ls-files", "-z", "--others", "--exclude-standard"), out);
        return out;
    }

    /** The staged version of every file added, modified or renamed in the index, by absolute path. */
    public static Map<Path, byte[]> staged(Path top) throws GitException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        for (String path : fields(top, "diff", "--cached", "--name-only", "-z", "--no-ext-diff",
                "--diff-filter=ACMRT", "-M", "--")) {
            byte[] blob = run(top, "cat-file", "blob", ":" + path);
            if (blob == null) {
                throw new GitException("cannot read the staged version of " + path);
            }
            out.put(top.resolve(path).normalize(), blob);
        }
        return out;
    }

    /**
     * The files git sees as renamed between {@code commit} and the work tree, old path to new, relative to the top
     * level; empty when git cannot tell (no git, an unknown commit).
     */
    public static Map<String, String> renames(Path top, String commit) {
        Map<String, String> out = new HashMap<>();
        try {
            List<String> fields = GitCommand.fields(top, "diff", "--name-status", "-z", "--no-ext-diff",
                    "--diff-filter=R", "-M", commit, "--");
            // R<score> NUL old NUL new NUL
            for (int i = 0; fields != null && i + 2 < fields.size(); i += 3) {
                if (fields.get(i).startsWith("R")) {
                    out.put(fields.get(i + 1), fields.get(i + 2));
                }
            }
        } catch (IOException e) {
            // no git: nothing known to be renamed
        }
        return out;
    }

    private static void absolute(Path top, List<String> paths, Set<Path> out) {
        paths.forEach(p -> out.add(top.resolve(p).normalize()));
    }

    private static byte[] run(Path dir, String... args) throws GitException {
        try {
            return GitCommand.run(dir, args);
        } catch (IOException e) {
            throw new GitException("cannot run git: " + e.getMessage());
        }
    }

    private static String text(Path dir, String... args) throws GitException {
        byte[] out = run(dir, args);
        return out == null ? null : new String(out, java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    private static List<String> fields(Path dir, String... args) throws GitException {
        try {
            List<String> out = GitCommand.fields(dir, args);
            if (out == null) {
                throw new GitException("git " + args[0] + " failed in " + dir);
            }
            return out;
        } catch (IOException e) {
            throw new GitException("cannot run git: " + e.getMessage());
        }
    }
}
