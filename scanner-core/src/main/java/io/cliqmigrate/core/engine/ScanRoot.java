package io.cliqmigrate.core.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One scan root as the walk sees it.
 *
 * @param path           the root, absolute and normalised (symlinks in it are kept, as the user wrote them)
 * @param directory      whether it is a folder (a file named as a root is scanned whatever the ignore rules say)
 * @param git            the git work tree it lies in, if any
 * @param repositoryRoot what its files' report paths are relative to: the git top level; outside git, the folder of
 *                       its configuration file when that folder holds the root, else the root (a file's folder)
 * @param globBase       what its include/exclude globs are relative to: the folder of its configuration file when
 *                       that folder holds the root, else the repository root
 * @param settings       the settings it is scanned with, the size limit filled in
 */
record ScanRoot(Path path, boolean directory, Optional<GitTree> git, Path repositoryRoot, Path globBase,
                ConfigFile.Settings settings) {

    static List<ScanRoot> of(ScanConfig config) {
        return config.roots().stream().map(root -> of(root, config)).toList();
    }

    static ScanRoot of(Path given, ScanConfig config) {
        Path path = given.toAbsolutePath().normalize();
        boolean directory = Files.isDirectory(path);
        Path folder = directory ? path : Optional.ofNullable(path.getParent()).orElse(path);
        Optional<GitTree> git = GitTree.containing(folder);
        ConfigFile.Loaded loaded = config.rootConfigs().get(given);
        Path configFolder = loaded == null ? null : loaded.file().toAbsolutePath().normalize().getParent();
        boolean configHoldsRoot = configFolder != null && folder.startsWith(configFolder);
        Path repositoryRoot = git.map(GitTree::topLevel).orElse(configHoldsRoot ? configFolder : folder);
        ConfigFile.Settings settings = loaded == null ? config.settings() : loaded.settings();
        if (settings.maxFileSize() <= 0) {
            settings = settings.withMaxFileSize(config.maxFileSize());
        }
        return new ScanRoot(path, directory, git, repositoryRoot, configHoldsRoot ? configFolder : repositoryRoot,
                settings);
    }

    /**
     * What every report path is relative to: the repository root shared by all roots, else the deepest folder
     * holding all their repository roots (roots in two repositories: paths start with the repositories' folder
     * names, so they never collide). Null when there is no such folder (roots on different drives).
     */
    static Path commonBase(List<ScanRoot> roots) {
        Path base = roots.get(0).repositoryRoot();
        for (ScanRoot root : roots) {
            while (base != null && !root.repositoryRoot().startsWith(base)) {
                base = base.getParent();
            }
        }
        return base;
    }
}
