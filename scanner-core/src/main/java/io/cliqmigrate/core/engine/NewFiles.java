package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.rule.TokenProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a fix may add a file ({@link io.cliqmigrate.core.model.TextEdit#create}): at a plain report path inside a
 * scanned folder (the deepest scan root holding it, which must be the root of the other files the fix edits), not
 * inside {@code .git}, where no file is (on disk, or found by the walk), and below no folder that is a link out of
 * that root.
 */
public final class NewFiles {
    static final NewFiles NONE = new NewFiles(List.of(), null, Set.of(), (root, path) -> TokenProvider.DEFAULT, null);

    /** Deepest first, so the first holding a path is its root. */
    private final List<ScanRoot> roots;
    private final Path base;
    private final Set<String> found;
    private final java.util.function.BiFunction<ScanRoot, String, TokenProvider> providers;
    private final Languages languages;

    NewFiles(List<ScanRoot> roots, Path base, Set<String> found,
             java.util.function.BiFunction<ScanRoot, String, TokenProvider> providers, Languages languages) {
        this.roots = roots.stream().filter(ScanRoot::directory)
                .sorted(Comparator.comparingInt((ScanRoot r) -> r.path().getNameCount()).reversed()).toList();
        this.base = base;
        this.found = Set.copyOf(found);
        this.providers = providers;
        this.languages = languages;
    }

    /**
     * Why a fix must not create {@code path}, or {@code null} when it may. {@code editedRoots}: the scan roots of
     * the other files the fix edits (empty when it edits none), one of which must hold the new file.
     */
    public String refusal(String path, Collection<Path> editedRoots) {
        if (!plain(path)) {
            return "creates " + path + ", which is not a plain relative path";
        }
        ScanRoot root = rootOf(path);
        if (root == null) {
            return "creates " + path + ", outside the scanned folders";
        }
        if (!editedRoots.isEmpty() && !editedRoots.contains(root.path())) {
            return "creates " + path + ", outside the scan root of the files it edits";
        }
        if (found.contains(path)) {
            return "creates " + path + ", which already exists";
        }
        String onDisk = onDisk(base.resolve(path), root.path());
        return onDisk == null ? null : "creates " + path + ": " + onDisk;
    }

    /**
     * The file a fix creates at {@code path} (which {@link #refusal} allowed), to be written with {@code content}
     * and, for each {@code \n} in it, {@code lineSeparator}.
     */
    public EditableFile file(String path, String content, String lineSeparator) {
        ScanRoot root = rootOf(path);
        Path target = base.resolve(path);
        Language language = languages.forFile(target.getFileName().toString(),
                content.getBytes(StandardCharsets.UTF_8)).orElse(null);
        FileWalker.WalkedFile walked = new FileWalker.WalkedFile(target, path, 0, root, null, false);
        SourceFile source = SourceFile.created(path, language == null ? "" : language.id(), lineSeparator);
        TokenProvider provider = providers.apply(root, path);
        return EditableFile.created(walked, source, provider == null ? TokenProvider.DEFAULT : provider);
    }

    /**
     * Why a new file must not be written at {@code target} now, or {@code null}: a file (or a link) is there, or
     * the nearest folder above it that exists is not a folder or leads out of {@code root}.
     */
    public static String onDisk(Path target, Path root) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return "it already exists, and a fix never overwrites a file";
        }
        Path folder = target.getParent();
        while (folder != null && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            folder = folder.getParent();
        }
        try {
            if (folder == null || !Files.isDirectory(folder)) {
                return "its folder is not a folder";
            }
            if (!folder.toRealPath().startsWith(root.toRealPath())) {
                return "its folder is a link out of the scanned tree";
            }
            return null;
        } catch (IOException e) {
            return "its folder cannot be read (" + e.getClass().getSimpleName() + ")";
        }
    }

    private ScanRoot rootOf(String path) {
        if (base == null) {
            return null;
        }
        Path target = base.resolve(path).normalize();
        return roots.stream().filter(r -> target.startsWith(r.path()) && !target.equals(r.path())).findFirst()
                .orElse(null);
    }

    /** Forward slashes, no empty, {@code .}, {@code ..} or {@code .git} part, nothing absolute. */
    private static boolean plain(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.equals(".git")) {
                return false;
            }
        }
        return true;
    }
}
