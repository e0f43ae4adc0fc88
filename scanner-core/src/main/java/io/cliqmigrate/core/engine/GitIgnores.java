package io.cliqmigrate.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore rules in force at one point of a walk, ranked as git ranks them: the {@code .gitignore} of the
 * nearest folder first, up to the work tree's top level (also above the scan root), then
 * {@code .git/info/exclude}. A global {@code core.excludesFile} is not read, so a scan gives the same result on
 * every machine.
 */
final class GitIgnores {
    static final String FILE = ".gitignore";
    /** The levels in force, innermost first; shared by the folders below, as a walk goes down in parallel. */
    private final Node levels;
    private final Level exclude;
    private final boolean enabled;
    private final BiConsumer<Path, IOException> onUnreadable;

    private record Node(Level level, Node outer) {}

    private GitIgnores(boolean enabled, BiConsumer<Path, IOException> onUnreadable, Level exclude, Node levels) {
        this.enabled = enabled;
        this.onUnreadable = onUnreadable;
        this.exclude = exclude;
        this.levels = levels;
    }

    /** No rules at all ({@code --no-ignore}). */
    static GitIgnores none() {
        return new GitIgnores(false, (p, e) -> { }, null, null);
    }

    /**
     * The rules in force inside {@code root} (an absolute, normalised folder) before its own {@code .gitignore} is
     * entered: {@code info/exclude} and the {@code .gitignore} files of the folders from the top level down to
     * the root's parent.
     */
    static GitIgnores above(Path root, Optional<GitTree> git, BiConsumer<Path, IOException> onUnreadable) {
        GitIgnores ignores = new GitIgnores(true, onUnreadable, null, null);
        if (git.isPresent()) {
            ignores = new GitIgnores(true, onUnreadable, ignores.read(git.get().topLevel(), git.get().excludeFile()),
                    null);
            List<Path> parents = new ArrayList<>();
            for (Path dir = root.getParent(); dir != null && dir.startsWith(git.get().topLevel());
                 dir = dir.getParent()) {
                parents.add(0, dir);
            }
            for (Path parent : parents) {
                ignores = ignores.in(parent);
            }
        }
        return ignores;
    }

    /** The rules in force inside {@code dir}: these, with {@code dir}'s {@code .gitignore}, if any, innermost. */
    GitIgnores in(Path dir) {
        return in(dir, true);
    }

    /**
     * As {@link #in(Path)}; {@code listed}: whether the walk's listing of {@code dir} holds a {@code .gitignore}
     * (saving a look for it in every folder). A folder without rules adds no level, so a file's check goes through only the folders that
     * have rules.
     */
    GitIgnores in(Path dir, boolean listed) {
        if (!enabled || !listed) {
            return this;
        }
        Level level = read(dir, dir.resolve(FILE));
        return level.node() == null ? this : new GitIgnores(true, onUnreadable, exclude, new Node(level, levels));
    }

    boolean isIgnored(Path path, boolean directory) {
        if (!enabled) {
            return false;
        }
        for (Node n = levels; n != null; n = n.outer()) {
            Boolean ignored = n.level().check(path, directory);
            if (ignored != null) {
                return ignored;
            }
        }
        return exclude != null && Boolean.TRUE.equals(exclude.check(path, directory));
    }

    private Level read(Path dir, Path file) {
        if (!Files.isRegularFile(file)) {
            return new Level(dir, null);
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(in);
            return new Level(dir, node);
        } catch (IOException e) {
            onUnreadable.accept(file, e);
            return new Level(dir, null);
        }
    }

    /** One file's rules, matched against paths relative to the folder it applies to. */
    private record Level(Path dir, IgnoreNode node) {
        /** True: ignored, false: re-included by a {@code !} rule, null: no rule here says. */
        Boolean check(Path path, boolean directory) {
            if (node == null) {
                return null;
            }
            String relative = FileWalker.below(dir.toString(), path.toString(), path.getFileSystem().getSeparator());
            if (relative == null) {
                if (!path.startsWith(dir)) {
                    return null;
                }
                relative = dir.relativize(path).toString();
            }
            return node.checkIgnored(relative.replace('\\', '/'), directory);
        }
    }
}
