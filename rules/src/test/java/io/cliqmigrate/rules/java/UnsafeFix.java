package io.cliqmigrate.rules.java;

import io.cliqmigrate.core.engine.ConfigException;
import io.cliqmigrate.core.engine.ConfigFile;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.fix.FixApplier;
import io.cliqmigrate.core.fix.FixPlan;
import io.cliqmigrate.core.fix.FixPlanner;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.rules.BuiltinRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code cliq-migrate fix --unsafe ROOT} in this process, set up as the command sets it up (the root's own
 * configuration file, then {@code --unsafe} on top), so that a test sees what a user running the command would.
 */
final class UnsafeFix {
    private static final ConfigFile.FixSettings UNSAFE = new ConfigFile.FixSettings(Map.of(), true, Set.of());

    private UnsafeFix() {
    }

    /** {@code fix --apply --unsafe ROOT}: writes the fixes and returns the plan as applied; a file not written fails. */
    static FixPlan apply(Path root) {
        Planned planned = plan(root);
        FixApplier.Applied applied = FixApplier.apply(planned.planner(), planned.plan());
        if (!applied.failures().isEmpty()) {
            throw new AssertionError("fix --apply could not write " + applied.failures());
        }
        return applied.plan();
    }

    /** {@code fix --unsafe ROOT} without {@code --apply}: the changes it would make, by path. */
    static Map<String, FixPlan.FileChange> pendingChanges(Path root) {
        return plan(root).plan().changes();
    }

    /** Every regular file below {@code root} (UTF-8 text), by its path relative to it with {@code /}. */
    static SortedMap<String, String> files(Path root) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files of {@code after} that are new or differ from {@code before}; a file deleted fails. */
    static SortedMap<String, String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> deleted = before.keySet().stream().filter(path -> !after.containsKey(path)).toList();
        if (!deleted.isEmpty()) {
            throw new AssertionError("the fix deleted " + deleted);
        }
        SortedMap<String, String> changed = new TreeMap<>();
        after.forEach((path, text) -> {
            if (!text.equals(before.get(path))) {
                changed.put(path, text);
            }
        });
        return changed;
    }

    private record Planned(FixPlanner planner, FixPlan plan) {
    }

    private static Planned plan(Path root) {
        try {
            ScanConfig config = ScanConfig.of(root).withConfigFiles(null, BuiltinRules.ids()).withFix(UNSAFE);
            ConfigFile.FixSettings settings = config.effectiveFix();
            ScanEngine engine = new ScanEngine("test", BuiltinRules.all(), Languages.defaults());
            FixPlanner planner = new FixPlanner(engine, engine.run(config, true), settings.unsafe(), settings.rules());
            return new Planned(planner, planner.plan());
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
