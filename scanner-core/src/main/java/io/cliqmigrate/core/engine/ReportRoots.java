package io.cliqmigrate.core.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Where a scan ran, as its reports name it: the project (the folder every report path is relative to, usually the
 * git top level), the roots and the configuration files as report paths ({@code "."} for the project folder itself),
 * so a report never shows where the project lies on the machine that scanned it.
 */
public record ReportRoots(String project, List<String> roots, List<String> configFiles) {

    public static ReportRoots of(ScanConfig config) {
        List<ScanRoot> roots = ScanRoot.of(config);
        Path base = ScanRoot.commonBase(roots);
        TreeSet<String> paths = new TreeSet<>();
        for (ScanRoot root : roots) {
            paths.add(reportPath(base, root.path()));
        }
        TreeSet<String> configs = new TreeSet<>();
        config.rootConfigs().values().forEach(l -> configs.add(reportPath(base, l.file().toAbsolutePath().normalize())));
        Path name = base == null ? null : base.getFileName();
        return new ReportRoots(name == null ? "" : name.toString(), List.copyOf(paths), List.copyOf(configs));
    }

    /**
     * The folder report paths are relative to (usually the git top level); {@code null} when the roots share none.
     */
    public static Path base(ScanConfig config) {
        return ScanRoot.commonBase(ScanRoot.of(config));
    }

    /** A path relative to the base; its file name alone when it lies outside it. */
    private static String reportPath(Path base, Path path) {
        if (base == null || !path.startsWith(base)) {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }
        String relative = base.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }
}
