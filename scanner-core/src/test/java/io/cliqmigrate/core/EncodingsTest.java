package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in the encodings Windows and older tools write are read in full, and the report says how. */
class EncodingsTest {
    private static final String SOURCE = "class Alerts {\r\n    String u = \"https://cliq.zoho.com/api/v2/bots/b/message"
            + "?authtoken=\";\r\n}\r\n";

    @TempDir
    Path root;

    @Test
    void utf16WithoutAByteOrderMarkIsReadNotSkippedAsBinary() throws IOException {
        Files.write(root.resolve("AlertsLE.java"), SOURCE.getBytes(StandardCharsets.UTF_16LE));
        Files.write(root.resolve("AlertsBE.java"), SOURCE.getBytes(StandardCharsets.UTF_16BE));
        Files.write(root.resolve("AlertsBom.java"), SOURCE.getBytes(StandardCharsets.UTF_16)); // BE with a BOM
        Files.write(root.resolve("Image.java"), new byte[] {'z', 'o', 'h', 'o', 0, 0, 0, 1, 2, 0, 3, 0, 0, 'q'});

        ScanResult result = new ScanEngine("test", List.of(new EngineTest.AuthtokenStrings()), Languages.defaults())
                .scan(ScanConfig.of(root));

        assertThat(result.findings()).extracting(f -> f.location().path() + ":" + f.location().startLine())
                .containsExactly("AlertsBE.java:2", "AlertsBom.java:2", "AlertsLE.java:2");
        assertThat(result.errors()).isEmpty();
        assertThat(result.skipped()).extracting(s -> s.path() + " " + s.reason()).containsExactly("Image.java binary");
        assertThat(result.charsets()).extracting(c -> c.path() + " " + c.charset() + " (" + c.reason() + ")")
                .containsExactly("AlertsBE.java UTF-16BE (UTF-16 without a byte-order mark)",
                        "AlertsBom.java UTF-16BE (byte-order mark)",
                        "AlertsLE.java UTF-16LE (UTF-16 without a byte-order mark)");
    }
}
