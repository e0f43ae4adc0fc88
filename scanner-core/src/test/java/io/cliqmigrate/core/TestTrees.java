package io.cliqmigrate.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the small project trees the engine tests scan. */
final class TestTrees {
    private TestTrees() {}

    /** Writes {@code text} to {@code rel} below {@code root}, creating the folders on the way. */
    static Path write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
