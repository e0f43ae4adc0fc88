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
}
