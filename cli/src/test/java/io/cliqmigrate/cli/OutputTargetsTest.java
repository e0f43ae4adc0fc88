package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code -o} may point, and what a user finds there afterwards: the report written in full, or exit 2 with one
 * line naming the path. Nothing at the path is ever replaced by something of another kind.
 */
class OutputTargetsTest {
    private static final String LEGACY = "src/test/resources/projects/legacy";
    private static final String SUMMARY = "suppressed; scanned";

    @TempDir
    Path tmp;

    private static MainTest.Run scanTo(Path target) {
        return MainTest.run("scan", LEGACY, "-o", target.toString());
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void anExistingReportIsReplacedAndKeepsItsMode() throws IOException {
        Path report = tmp.resolve("report.txt");
        Files.writeString(report, "old report\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(scanTo(report).exit()).isEqualTo(1);

        assertThat(Files.readString(report)).contains(SUMMARY).doesNotContain("old report");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        try (var left = Files.list(tmp)) {
            assertThat(left).containsExactly(report); // no temporary file left behind
        }
    }

    @Test
    void aNewReportGetsTheModeAnyNewFileGets() throws IOException {
        Path report = tmp.resolve("new.json");
        Path reference = Files.createFile(tmp.resolve("reference")); // created under the same umask

        assertThat(MainTest.run("scan", LEGACY, "-f", "json", "-o", report.toString()).exit()).isEqualTo(1);

        assertThat(Files.readString(report)).startsWith("{").contains("\"schemaVersion\"");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(tmp.resolve("real.txt"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("latest.txt"), Path.of("real.txt"));
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling.txt"), Path.of("made-by-the-scan.txt"));

        assertThat(scanTo(link).exit()).isEqualTo(1);
        assertThat(scanTo(dangling).exit()).isEqualTo(1);

        assertThat(attributes(link).isSymbolicLink()).isTrue();
        assertThat(Files.readString(real)).contains(SUMMARY);
        assertThat(attributes(dangling).isSymbolicLink()).isTrue();
        assertThat(Files.readString(tmp.resolve("made-by-the-scan.txt"))).contains(SUMMARY);
    }

    @Test
    void aNamedPipeIsWrittenIntoAndStaysAPipe() throws Exception {
        Path pipe = tmp.resolve("report.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(scanTo(pipe).exit()).isEqualTo(1);

        assertThat(reader.get(60, TimeUnit.SECONDS)).contains(SUMMARY);
        assertThat(attributes(pipe).isOther()).as("still a pipe").isTrue();
    }

    @Test
    void aDeviceIsWrittenIntoNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");

        assertThat(scanTo(devNull).exit()).isEqualTo(1);

        assertThat(attributes(devNull).isOther()).as("/dev/null is still a device").isTrue();
    }

    @Test
    void aFullDiskIsExitTwoNamingThePath() throws IOException {
        Path full = Path.of("/dev/full");
        assertThat(attributes(full).isOther()).as("/dev/full is a device on this machine").isTrue();

        MainTest.Run run = scanTo(full);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("cliq-migrate: cannot write /dev/full: No space left on device");
        assertThat(attributes(full).isOther()).isTrue();
    }

    @Test
    void aFolderWhereNoFileCanBeMadeIsExitTwoNamingThePath() throws IOException {
        // /proc/self takes no new files, even for root (for whom a chmod'ed folder is no obstacle)
        MainTest.Run procfs = scanTo(Path.of("/proc/self/report.txt"));
        Path missing = tmp.resolve("no-such-folder/report.txt");
        MainTest.Run absent = scanTo(missing);
        MainTest.Run folder = scanTo(tmp);

        assertThat(procfs.exit()).isEqualTo(2);
        assertThat(procfs.err()).startsWith("cliq-migrate: cannot write /proc/self/report.txt: cannot create a file")
                .hasLineCount(1);
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.err()).startsWith("cliq-migrate: cannot write " + missing + ": folder does not exist")
                .hasLineCount(1);
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err().strip()).isEqualTo("cliq-migrate: cannot write " + tmp + ": is a directory");
    }

    @Test
    void aReadOnlyReportIsLeftAloneWithExitTwo() throws IOException {
        Path report = Files.writeString(tmp.resolve("kept.txt"), "kept\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        boolean root = Files.isWritable(report); // root may write anything; then the file is simply replaced

        MainTest.Run run = scanTo(report);

        if (root) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(Files.readString(report)).contains(SUMMARY);
        } else {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("file is read-only");
            assertThat(Files.readString(report)).isEqualTo("kept\n");
        }
    }

    @Test
    void aClosedStandardOutputIsExitTwoForEveryCommandThatPrints() {
        for (String[] args : new String[][] {{"scan", LEGACY}, {"rules"}, {"rules", "--format", "json"},
                {"explain", "authtoken-query-param"}, {"parse", LEGACY}}) {
            OutputStream closed = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Bad file descriptor");
                }
            };
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

            int exit = Main.run(args, new PrintStream(closed, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("NO_COLOR", "1"));

            assertThat(exit).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).as(String.join(" ", args))
                    .isEqualTo("cliq-migrate: cannot write to standard output (closed, or the disk is full)");
        }
    }
}
