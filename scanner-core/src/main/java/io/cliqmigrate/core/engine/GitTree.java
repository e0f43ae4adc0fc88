package io.cliqmigrate.core.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The git work tree a folder belongs to, found as git finds it: the nearest folder at or above it holding a
 * {@code .git} folder, or a {@code .git} file naming the git folder (linked work trees, submodules). Git itself is
 * not run, and nothing but these files is read.
 *
 * @param topLevel    the work tree's top folder, what paths in a report are relative to
 * @param excludeFile the repository's {@code info/exclude}, shared by all work trees of a repository
 */
record GitTree(Path topLevel, Path excludeFile) {
    private static final String GITDIR_PREFIX = "gitdir:";

    /** The work tree holding {@code dir} (an absolute, normalised folder), if any. */
    static Optional<GitTree> containing(Path dir) {
        for (Path at = dir; at != null; at = at.getParent()) {
            Path dotGit = at.resolve(".git");
            Optional<Path> gitDir = Files.isDirectory(dotGit) ? Optional.of(dotGit) : linkedGitDir(dotGit);
            if (gitDir.isPresent()) {
                return Optional.of(new GitTree(at, commonDir(gitDir.get()).resolve("info").resolve("exclude")));
            }
        }
        return Optional.empty();
    }

    /** A {@code .git} file holds {@code gitdir: <path>}, relative to the file's folder unless absolute. */
    private static Optional<Path> linkedGitDir(Path dotGit) {
        if (!Files.isRegularFile(dotGit)) {
            return Optional.empty();
        }
        String first = firstLine(dotGit);
        if (!first.startsWith(GITDIR_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(dotGit.resolveSibling(first.substring(GITDIR_PREFIX.length()).strip()).normalize());
    }

    /** A linked work tree's git folder names the main one in {@code commondir}; {@code info/} lives there. */
    private static Path commonDir(Path gitDir) {
        Path commonDirFile = gitDir.resolve("commondir");
        if (!Files.isRegularFile(commonDirFile)) {
            return gitDir;
        }
        String common = firstLine(commonDirFile).strip();
        return common.isEmpty() ? gitDir : gitDir.resolve(common).normalize();
    }

    private static String firstLine(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return ""; // an unreadable marker is no marker: the folder is treated as outside git
        }
    }
}
