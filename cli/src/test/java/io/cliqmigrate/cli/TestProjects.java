package io.cliqmigrate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fixture projects copied out of this repository before a scan: report paths are relative to the git work tree a
 * project lies in, and the copy is a project on its own, whether the tests run in a checkout or not.
 */
final class TestProjects {
    private TestProjects() {}

    static Path copy(String project, Path into) throws IOException {
        Path source = Path.of(project);
        Path target = into.resolve(source.getFileName().toString());
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(source)) {
            entries = walk.toList();
        }
        for (Path from : entries) {
            Path to = target.resolve(source.relativize(from).toString());
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
        }
        return target;
    }
}
