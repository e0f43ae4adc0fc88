package io.cliqmigrate.rules.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A {@link JavaClientCase} after {@code fix --apply --unsafe}, run on a copy of its folder as the scan root (so each
 * case gets its own token provider).
 *
 * @param original the case as written
 * @param fixed    the fixed copy, a case of the same name in another folder
 * @param changes  the files the fix changed or created, by path relative to the case folder, with their new text
 */
record FixedCase(JavaClientCase original, JavaClientCase fixed, SortedMap<String, String> changes) {
    /** Copies {@code original} into {@code workDir} and fixes the copy. */
    static FixedCase fix(JavaClientCase original, Path workDir) {
        Path copy = workDir.resolve(original.name());
        copyTree(original.folder(), copy);
        SortedMap<String, String> before = UnsafeFix.files(copy);
        UnsafeFix.apply(copy);
        return new FixedCase(original, new JavaClientCase(original.name(), copy),
                UnsafeFix.changed(before, UnsafeFix.files(copy)));
    }

    /** Every Java file of the fixed copy, the created ones too, by path relative to the case folder. */
    JavaSources sources() {
        return JavaSources.under(fixed.folder());
    }

    /** The fixed sources compiled at the case's release into {@code classes}. */
    Compilation compile(Path classes) {
        return sources().compile(fixed.release(), classes);
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> entries = walk.toList();
            for (Path entry : entries) {
                Path target = to.resolve(from.relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(entry, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return original.name();
    }
}
