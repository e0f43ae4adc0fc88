package io.cliqmigrate.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {
    @TempDir
    Path tmp;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(tmp.resolve("report.json"), "{\"previous\": true}\n");

        assertThatThrownBy(() -> SafeOutput.write(report, out -> {
            out.write("{\"partial\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(Files.readString(report)).isEqualTo("{\"previous\": true}\n");
        try (var left = Files.list(tmp)) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void aChainOfLinksLeadsToTheFileAtItsEnd() throws IOException {
        Path real = Files.writeString(tmp.resolve("real.txt"), "old");
        Files.createSymbolicLink(tmp.resolve("b"), Path.of("real.txt"));
        Path a = Files.createSymbolicLink(tmp.resolve("a"), Path.of("b"));

        SafeOutput.write(a, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(Files.isSymbolicLink(a) && Files.isSymbolicLink(tmp.resolve("b"))).isTrue();
    }

    @Test
    void aLinkCycleIsAnErrorNotAnEndlessLoop() throws IOException {
        Path a = Files.createSymbolicLink(tmp.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(tmp.resolve("b"), Path.of("a"));

        assertThatThrownBy(() -> SafeOutput.write(a, new byte[] {1})).hasMessageContaining("symbolic links");
        assertThat(Files.isSymbolicLink(a)).isTrue();
    }

    @Test
    void dotDotAfterASymlinkGoesWhereTheFileSystemSaysNotWhereTheTextSays() throws IOException {
        Path deep = Files.createDirectories(tmp.resolve("real/deep"));
        Files.createSymbolicLink(tmp.resolve("linkdir"), deep);
        Path decoy = Files.writeString(tmp.resolve("report.txt"), "KEEP");

        SafeOutput.write(tmp.resolve("linkdir/../report.txt"), "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(tmp.resolve("real/report.txt"))).isEqualTo("new");
        assertThat(Files.readString(decoy)).isEqualTo("KEEP");
    }

    @Test
    void aDescriptorThatIsAFileIsAppendedToNotTruncated() throws IOException {
        Path log = Files.writeString(tmp.resolve("build.log"), "previous step\n");
        try (java.io.FileOutputStream shell = new java.io.FileOutputStream(log.toFile(), true)) {
            Path descriptor = openDescriptorOf(log);

            SafeOutput.write(descriptor, "report\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(Files.readString(log)).isEqualTo("previous step\nreport\n");
    }

    /** What {@code /dev/stdout} is when the shell redirects it to a file: a /proc/self/fd link to that file. */
    private static Path openDescriptorOf(Path file) throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).equals(file.toRealPath())) {
                        return fd;
                    }
                } catch (IOException e) {
                    // a descriptor closed while listing
                }
            }
        }
        throw new AssertionError("no descriptor open on " + file);
    }

    @Test
    void aPrivateReportIsNeverReadableByOthersWhileItIsWritten() throws IOException {
        Path report = Files.writeString(tmp.resolve("private.json"), "{}");
        Files.setPosixFilePermissions(report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        java.util.List<String> seen = new java.util.ArrayList<>();

        SafeOutput.write(report, out -> {
            try (var files = Files.list(tmp)) {
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                    seen.add(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
            }
            out.write('x');
        });

        assertThat(seen).containsExactly("rw-------");
        assertThat(Files.readString(report)).isEqualTo("x");
    }

    @Test
    void aNewFileNeverReplacesOneThatAppearedAfterItWasPreparedAndItsFoldersGoAgain() throws IOException {
        Path target = tmp.resolve("src/main/java/Tokens.java");
        SafeOutput.Staged staged = SafeOutput.stageNew(target, "class Tokens {}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(staged.createsNew()).isTrue();
        Files.writeString(target, "// a colleague's\n");

        assertThatThrownBy(staged::commit).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("// a colleague's\n");
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target); // no temporary file
        }
    }

    @Test
    void aNewFileThrownAwayOrTakenBackLeavesNoFolderItMade() throws IOException {
        Files.createDirectories(tmp.resolve("src"));
        Path target = tmp.resolve("src/main/java/Tokens.java");
        byte[] text = "class Tokens {}\n".getBytes(StandardCharsets.UTF_8);

        SafeOutput.stageNew(target, text).abort();
        assertThat(tmp.resolve("src")).isEmptyDirectory();

        SafeOutput.Staged placed = SafeOutput.stageNew(target, text);
        placed.commit();
        assertThat(Files.readString(target)).isEqualTo("class Tokens {}\n");
        placed.undo();
        assertThat(tmp.resolve("src")).isEmptyDirectory();
    }
}
