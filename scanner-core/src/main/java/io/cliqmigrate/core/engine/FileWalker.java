package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.SkippedFile;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks the scan roots: honours the git ignore rules (also those of the folders above a root, up to the work
 * tree's top level) and each root's include/exclude globs, never enters {@code .git}, follows symlinks but reports
 * loops, reads a file reached under two paths once, and returns files in path order.
 */
final class FileWalker {
    /** Hops after which a chain of symlinks counts as a loop, as the operating system counts it. */
    private static final int MAX_LINK_HOPS = 40;

    /**
     * A file to consider, with its path relative to the scan base (forward slashes), the root it was found
     * under, and whether the walk reached it through a symlinked folder inside that root.
     */
    record WalkedFile(Path path, String relative, long size, ScanRoot root, Object fileKey, boolean viaLinkedDir,
                      long modified, Object kind) {
        WalkedFile(Path path, String relative, long size, ScanRoot root, Object fileKey, boolean viaLinkedDir) {
            this(path, relative, size, root, fileKey, viaLinkedDir, 0, null);
        }
    }

    /** {@code ignored}: files and folders the ignore rules left out (a folder counts once; it is not entered). */
    record Walk(List<WalkedFile> files, List<SkippedFile> skipped, List<String> unreadable, int ignored) {}

    private final boolean respectGitignore;
    /** What a file's name says it is (the walk's caller decides; {@code null}: not wanted), kept with the file. */
    private final java.util.function.Function<String, Object> kind;
    private final int threads;
    private final Path leftOut;
    private final String leftOutName;

    FileWalker(boolean respectGitignore, Predicate<String> wanted) {
        this(respectGitignore, name -> wanted.test(name) ? Boolean.TRUE : null,
                Runtime.getRuntime().availableProcessors());
    }

    /** {@code threads}: how many folders are walked at once. */
    FileWalker(boolean respectGitignore, java.util.function.Function<String, Object> kind, int threads) {
        this(respectGitignore, kind, threads, null);
    }

    /** {@code leftOut}: an absolute, normalised path of a file never walked (the scan's own cache), or null. */
    FileWalker(boolean respectGitignore, java.util.function.Function<String, Object> kind, int threads,
               Path leftOut) {
        this.threads = Math.max(1, threads);
        this.respectGitignore = respectGitignore;
        this.kind = kind;
        this.leftOut = leftOut;
        this.leftOutName = leftOut == null || leftOut.getFileName() == null ? null : leftOut.getFileName().toString();
    }

    /**
     * A file under several roots belongs to the deepest of them: only that root's walk, ignore rules, globs and
     * settings decide whether and how it is scanned, whatever the order the roots were given in.
     */
    Walk walk(List<ScanRoot> givenRoots) throws IOException {
        return walk(givenRoots, f -> { });
    }

    /**
     * Walks, handing each file to {@code onFile} as soon as it is found, so its reading can overlap with the rest
     * of the walk. Folders are walked in parallel: {@code onFile} is called from several threads. A file reached
     * under two paths is handed over under both; the returned walk keeps one of them.
     */
    Walk walk(List<ScanRoot> givenRoots, java.util.function.Consumer<WalkedFile> onFile) throws IOException {
        Map<Path, ScanRoot> byPath = new LinkedHashMap<>();
        givenRoots.forEach(root -> byPath.putIfAbsent(root.path(), root));
        List<ScanRoot> roots = List.copyOf(byPath.values());
        Path base = ScanRoot.commonBase(roots);
        List<WalkedFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        List<SkippedFile> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> unreadable = java.util.Collections.synchronizedList(new ArrayList<>());
        // overlapping roots meet the same ignored paths
        Set<Path> ignored = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (ScanRoot root : roots) {
            if (!root.directory()) {
                Path file = root.path();
                Object named = kind.apply(file.getFileName().toString());
                if (named != null && !file.equals(leftOut)) {
                    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                    WalkedFile walked = new WalkedFile(file, relative(base, file), attrs.size(), root,
                            fileKey(file, attrs), false, attrs.lastModifiedTime().toMillis(), named);
                    files.add(walked);
                    onFile.accept(walked);
                }
                continue;
            }
            Set<Path> deeperRoots = new HashSet<>();
            roots.stream().map(ScanRoot::path).filter(p -> !p.equals(root.path()) && p.startsWith(root.path()))
                    .forEach(deeperRoots::add);
            Visitor visitor = new Visitor(root, deeperRoots, base, files, skipped, unreadable, ignored, onFile);
            BasicFileAttributes attrs = Files.readAttributes(root.path(), BasicFileAttributes.class);
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                pool.invoke(visitor.new Folder(root.path(), attrs, visitor.ignoresAbove(), false, null, 0));
            } finally {
                pool.shutdown();
            }
        }
        files.sort(Comparator.comparing(WalkedFile::relative));
        skipped.addAll(removeSameFiles(files));
        skipped.sort(Comparator.comparing(SkippedFile::path));
        unreadable.sort(Comparator.naturalOrder());
        return new Walk(files, skipped, unreadable, ignored.size());
    }

    /**
     * A file reached under two paths (a symlinked folder or file inside the tree) is read once: under the path
     * that goes through no symlink, else the first in path order. The others are listed as skipped. Hard links
     * are separate files in git, and stay so here.
     */
    private static List<SkippedFile> removeSameFiles(List<WalkedFile> files) {
        // almost every file is met once: a group is made only for a key met again
        Map<Object, WalkedFile> first = new HashMap<>(files.size() * 2);
        Map<Object, List<WalkedFile>> byKey = new LinkedHashMap<>();
        for (WalkedFile f : files) {
            WalkedFile before = first.putIfAbsent(f.fileKey(), f);
            if (before != null) {
                byKey.computeIfAbsent(f.fileKey(), k -> new ArrayList<>(List.of(before))).add(f);
            }
        }
        List<SkippedFile> skipped = new ArrayList<>();
        if (byKey.isEmpty()) {
            return skipped;
        }
        Set<WalkedFile> dropped = new HashSet<>();
        for (List<WalkedFile> group : byKey.values()) {
            Map<Path, List<WalkedFile>> byRealPath = new LinkedHashMap<>();
            for (WalkedFile f : group) {
                byRealPath.computeIfAbsent(realPath(f.path()), k -> new ArrayList<>(1)).add(f);
            }
            for (List<WalkedFile> same : byRealPath.values()) {
                WalkedFile kept = same.stream().filter(f -> !throughLink(f)).findFirst().orElse(same.get(0));
                for (WalkedFile f : same) {
                    if (f != kept) {
                        dropped.add(f);
                        skipped.add(SkippedFile.sameFileAs(f.relative(), kept.relative()));
                    }
                }
            }
        }
        files.removeIf(dropped::contains);
        return skipped;
    }

    private static boolean throughLink(WalkedFile f) {
        return f.viaLinkedDir() || Files.isSymbolicLink(f.path());
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** The operating system's identity of a file (device and inode), or its real path where there is none. */
    private static Object fileKey(Path file, BasicFileAttributes attrs) {
        return attrs.fileKey() != null ? attrs.fileKey() : realPath(file);
    }

    static String relative(Path base, Path file) {
        String s = base == null ? null : below(base.toString(), file.toString(), file.getFileSystem().getSeparator());
        if (s == null) {
            Path rel = base != null && file.startsWith(base) ? base.relativize(file) : file;
            s = rel.toString();
        }
        s = s.replace('\\', '/');
        return s.isEmpty() ? file.getFileName().toString() : s;
    }

    /**
     * {@code file} relative to {@code folder} when it is the folder or below it, else {@code null}: on strings, as a
     * walk makes both from the same root (a path keeps its string), where the path's {@code relativize} costs an
     * object per name.
     */
    static String below(String folder, String file, String separator) {
        if (!file.startsWith(folder)) {
            return null;
        }
        if (file.length() == folder.length()) {
            return "";
        }
        if (folder.endsWith(separator)) {
            return file.substring(folder.length());
        }
        return file.startsWith(separator, folder.length()) ? file.substring(folder.length() + separator.length())
                : null;
    }

    /**
     * Why a symlink cannot be followed: its chain comes back to itself ({@code a → b → a}) or is too long, or it
     * ends at nothing.
     */
    static String brokenLinkReason(Path link) {
        Set<Path> seen = new HashSet<>();
        Path at = link;
        try {
            while (Files.isSymbolicLink(at)) {
                if (!seen.add(at) || seen.size() > MAX_LINK_HOPS) {
                    return "symlink loop";
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a link that cannot be read leads nowhere
        }
        return "dangling symlink";
    }

    /** The walk of one root: what decides about its folders and files, and where what it finds goes. */
    private final class Visitor {
        private final ScanRoot root;
        /** Roots below this one: their own walks decide about everything below them. */
        private final Set<Path> deeperRoots;
        private final Path base;
        private final List<WalkedFile> files;
        private final List<SkippedFile> skipped;
        private final List<String> unreadable;
        private final Globs globs;
        private final Set<Path> ignored;
        private final java.util.function.Consumer<WalkedFile> onFile;

        Visitor(ScanRoot root, Set<Path> deeperRoots, Path base, List<WalkedFile> files, List<SkippedFile> skipped,
                List<String> unreadable, Set<Path> ignored, java.util.function.Consumer<WalkedFile> onFile) {
            this.onFile = onFile;
            this.root = root;
            this.deeperRoots = deeperRoots;
            this.base = base;
            this.files = files;
            this.skipped = skipped;
            this.unreadable = unreadable;
            this.ignored = ignored;
            this.globs = new Globs(root.settings().include(), root.settings().exclude());
        }

        GitIgnores ignoresAbove() {
            return respectGitignore ? GitIgnores.above(root.path(), root.git(),
                    (file, e) -> unreadable.add(relative(base, file) + ": " + describe(e))) : GitIgnores.none();
        }

        /**
         * One folder: listed, then its files looked at and its folders walked in parallel. As a walk that follows
         * links does it ({@link Files#walkFileTree}): a folder that cannot be listed is unreadable, a link that
         * cannot be followed is looked at as a link, and a folder that is one of its own ancestors is a loop.
         */
        final class Folder extends java.util.concurrent.RecursiveAction {
            private final Path dir;
            private final BasicFileAttributes attrs;
            /** The rules in force in the folder holding this one. */
            private final GitIgnores outer;
            private final boolean outerViaLink;
            private final Ancestor ancestors;
            private final boolean isRoot;
            /** How far below the root: 0 for the root. */
            private final int depth;

            Folder(Path dir, BasicFileAttributes attrs, GitIgnores outer, boolean outerViaLink, Ancestor ancestors,
                   int depth) {
                this.dir = dir;
                this.attrs = attrs;
                this.outer = outer;
                this.outerViaLink = outerViaLink;
                this.ancestors = ancestors;
                this.isRoot = depth == 0;
                this.depth = depth;
            }

            @Override
            protected void compute() {
                List<Folder> folders = visit();
                if (depth < PARALLEL_DEPTH) {
                    invokeAll(folders);
                    return;
                }
                // a task per level would take a stack frame per level: deep trees are walked by this thread alone
                java.util.ArrayDeque<Folder> left = new java.util.ArrayDeque<>(folders);
                while (!left.isEmpty()) {
                    left.addAll(left.pop().visit());
                }
            }

            /** Lists the folder and looks at its files; its folders, to be walked. */
            private List<Folder> visit() {
                List<Path> entries = new ArrayList<>();
                IOException listing = null;
                try (java.nio.file.DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                    if (!entered()) {
                        return List.of();
                    }
                    try {
                        stream.forEach(entries::add);
                    } catch (java.nio.file.DirectoryIteratorException e) {
                        listing = e.getCause();
                    }
                } catch (IOException e) {
                    failed(dir, e);
                    return List.of();
                }
                String[] names = new String[entries.size()];
                boolean hasIgnoreFile = false;
                for (int i = 0; i < names.length; i++) {
                    names[i] = entries.get(i).getFileName().toString();
                    hasIgnoreFile |= names[i].equals(GitIgnores.FILE);
                }
                GitIgnores inner = outer.in(dir, hasIgnoreFile);
                boolean viaLink = !isRoot && (outerViaLink || Files.isSymbolicLink(dir));
                Ancestor chain = new Ancestor(fileKey(dir, attrs), ancestors);
                List<Folder> folders = new ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    Path entry = entries.get(i);
                    BasicFileAttributes a;
                    try {
                        a = attributes(entry);
                    } catch (IOException e) {
                        failed(entry, e);
                        continue;
                    }
                    if (a.isDirectory()) {
                        if (chain.holds(fileKey(entry, a))) {
                            failed(entry, new FileSystemLoopException(entry.toString()));
                        } else {
                            folders.add(new Folder(entry, a, inner, viaLink, chain, depth + 1));
                        }
                    } else {
                        file(entry, names[i], a, inner, viaLink);
                    }
                }
                if (listing != null) {
                    unreadable.add(relative(base, dir) + ": " + describe(listing));
                }
                return folders;
            }

            /** Whether the walk goes into the folder: not into .git, the tool's own folder, or what is left out. */
            private boolean entered() {
                if (isRoot) {
                    return true;
                }
                String name = dir.getFileName().toString();
                // the tool's own folder holds its cache, not code
                if (name.equals(".git") || name.equals(ScanCache.FOLDER) || deeperRoots.contains(dir)) {
                    return false;
                }
                if (outer.isIgnored(dir, true)) {
                    ignored.add(dir);
                    return false;
                }
                return !globs.excluded(globPath(dir), true);
            }
        }

        /** The attributes of the file a link leads to, else of the link itself (a link to nothing). */
        private BasicFileAttributes attributes(Path entry) throws IOException {
            try {
                return Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                return Files.readAttributes(entry, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }

        private void file(Path file, String name, BasicFileAttributes attrs, GitIgnores ignores, boolean viaLink) {
            if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
                return;
            }
            Object named = kind.apply(name);
            if (named == null || !deeperRoots.isEmpty() && deeperRoots.contains(file)
                    || name.equals(leftOutName) && file.equals(leftOut)) {
                return;
            }
            if (ignores.isIgnored(file, false)) {
                ignored.add(file);
                return;
            }
            String rel = globPath(file);
            if (globs.excluded(rel, false) || !globs.included(rel)) {
                return;
            }
            // mostly the scan's base is where the globs start from
            String relative = base != null && base.equals(root.globBase()) ? rel : relative(base, file);
            if (attrs.isSymbolicLink()) {
                // links are followed, so a link seen as a link could not be followed
                skipped.add(new SkippedFile(relative, brokenLinkReason(file)));
            } else {
                WalkedFile walked = new WalkedFile(file, relative, attrs.size(), root,
                        fileKey(file, attrs), viaLink, attrs.lastModifiedTime().toMillis(), named);
                files.add(walked);
                onFile.accept(walked);
            }
        }

        private void failed(Path file, IOException exc) {
            if (exc instanceof FileSystemLoopException) {
                skipped.add(new SkippedFile(relative(base, file), "symlink loop"));
            } else {
                unreadable.add(relative(base, file) + ": " + describe(exc));
            }
        }

        private String globPath(Path path) {
            return relative(root.globBase(), path);
        }
    }

    /** Folders down to this depth are walked in parallel, each a task; below it one thread walks on. */
    private static final int PARALLEL_DEPTH = 48;

    /** The folders above one being walked, by identity: one met again below itself is a loop. */
    private record Ancestor(Object key, Ancestor outer) {
        boolean holds(Object other) {
            for (Ancestor a = this; a != null; a = a.outer()) {
                if (a.key().equals(other)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
