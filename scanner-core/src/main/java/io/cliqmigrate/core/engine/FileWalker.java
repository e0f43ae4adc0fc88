package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.SkippedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Walks the scan roots: honours {@code .gitignore} files and the include/exclude globs, never enters
 * {@code .git}, follows symlinks but reports loops, and returns files in path order.
 */
final class FileWalker {

    /** A file to consider, with its path relative to the scan base (forward slashes). */
    record WalkedFile(Path path, String relative, long size) {}

    record Walk(List<WalkedFile> files, List<SkippedFile> skipped, List<String> unreadable) {}

    private final List<FastIgnoreRule> include;
    private final List<FastIgnoreRule> exclude;
    private final boolean respectGitignore;
    private final Predicate<String> wanted;

    FileWalker(List<String> include, List<String> exclude, boolean respectGitignore, Predicate<String> wanted) {
        this.include = include.stream().map(FastIgnoreRule::new).toList();
        this.exclude = exclude.stream().map(FastIgnoreRule::new).toList();
        this.respectGitignore = respectGitignore;
        this.wanted = wanted;
    }

    Walk walk(List<Path> roots, Path base) throws IOException {
        List<WalkedFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path root : roots) {
            Path absoluteRoot = root.toAbsolutePath().normalize();
            if (Files.isRegularFile(absoluteRoot)) {
                String rel = relative(base, absoluteRoot);
                if (wanted.test(absoluteRoot.getFileName().toString())) {
                    files.add(new WalkedFile(absoluteRoot, rel, Files.size(absoluteRoot)));
                }
                continue;
            }
            Files.walkFileTree(absoluteRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(absoluteRoot, base, files, skipped, unreadable));
        }
        // overlapping roots (scan a a/sub) must not scan a file twice
        java.util.Set<Path> seen = new java.util.HashSet<>();
        files.removeIf(f -> !seen.add(f.path().toAbsolutePath().normalize()));
        files.sort(Comparator.comparing(WalkedFile::relative));
        skipped.sort(Comparator.comparing(SkippedFile::path));
        unreadable.sort(Comparator.naturalOrder());
        return new Walk(files, skipped, unreadable);
    }

    static String relative(Path base, Path file) {
        Path rel = file.startsWith(base) ? base.relativize(file) : file;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? file.getFileName().toString() : s;
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path base;
        private final List<WalkedFile> files;
        private final List<SkippedFile> skipped;
        private final List<String> unreadable;
        private final Deque<IgnoreLevel> ignores = new ArrayDeque<>();

        Visitor(Path root, Path base, List<WalkedFile> files, List<SkippedFile> skipped, List<String> unreadable) {
            this.root = root;
            this.base = base;
            this.files = files;
            this.skipped = skipped;
            this.unreadable = unreadable;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(root)) {
                String name = dir.getFileName().toString();
                String rel = relative(root, dir);
                if (name.equals(".git") || isIgnored(dir, true) || excluded(rel, true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            Path gitignore = dir.resolve(".gitignore");
            if (respectGitignore && Files.isRegularFile(gitignore)) {
                IgnoreNode node = new IgnoreNode();
                try (InputStream in = Files.newInputStream(gitignore)) {
                    node.parse(in);
                    ignores.push(new IgnoreLevel(dir, node));
                } catch (IOException e) {
                    unreadable.add(relative(base, gitignore) + ": " + describe(e));
                    ignores.push(new IgnoreLevel(dir, null));
                }
            } else {
                ignores.push(new IgnoreLevel(dir, null));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (!ignores.isEmpty() && ignores.peek().dir().equals(dir)) {
                ignores.pop();
            }
            if (exc != null) {
                unreadable.add(relative(base, dir) + ": " + describe(exc));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink() && wanted.test(file.getFileName().toString())) {
                // links are followed, so a link seen as a link points nowhere
                String rel = relative(root, file);
                if (!isIgnored(file, false) && !excluded(rel, false) && included(rel)) {
                    skipped.add(new SkippedFile(relative(base, file), "dangling symlink"));
                }
                return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile() || !wanted.test(file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
            }
            String rel = relative(root, file);
            if (isIgnored(file, false) || excluded(rel, false) || !included(rel)) {
                return FileVisitResult.CONTINUE;
            }
            files.add(new WalkedFile(file, relative(base, file), attrs.size()));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            if (exc instanceof FileSystemLoopException) {
                skipped.add(new SkippedFile(relative(base, file), "symlink loop"));
            } else {
                unreadable.add(relative(base, file) + ": " + describe(exc));
            }
            return FileVisitResult.CONTINUE;
        }

        private boolean isIgnored(Path path, boolean directory) {
            if (!respectGitignore) {
                return false;
            }
            for (IgnoreLevel level : ignores) {
                if (level.node() == null || !path.startsWith(level.dir())) {
                    continue;
                }
                String rel = level.dir().relativize(path).toString().replace('\\', '/');
                Boolean ignored = level.node().checkIgnored(rel, directory);
                if (ignored != null) {
                    return ignored;
                }
            }
            return false;
        }
    }

    private boolean excluded(String rel, boolean directory) {
        for (FastIgnoreRule rule : exclude) {
            if (rule.isMatch(rel, directory)) {
                return true;
            }
        }
        return false;
    }

    private boolean included(String rel) {
        if (include.isEmpty()) {
            return true;
        }
        for (FastIgnoreRule rule : include) {
            if (rule.isMatch(rel, false) || matchesUnderDirectory(rule, rel)) {
                return true;
            }
        }
        return false;
    }

    /** {@code src/} as an include means every file below it. */
    private static boolean matchesUnderDirectory(FastIgnoreRule rule, String rel) {
        int slash = rel.indexOf('/');
        while (slash > 0) {
            if (rule.isMatch(rel.substring(0, slash), true)) {
                return true;
            }
            slash = rel.indexOf('/', slash + 1);
        }
        return false;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private record IgnoreLevel(Path dir, IgnoreNode node) {}
}
