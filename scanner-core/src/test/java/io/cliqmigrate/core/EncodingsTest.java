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

    @Test
    void utf32WithABomAndADelugeScriptSavedAsUtf16AreReadAndSixteenBitSamplesAreBinary() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE, 0, 0};
        byte[] text = SOURCE.getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        byte[] utf32 = java.util.Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, utf32, bom.length, text.length);
        Files.write(root.resolve("Alerts32.java"), utf32);
        Files.write(root.resolve("notify_ops.txt"), ("void notify(string msg)\r\n{\r\n"
                + "  resp = getUrl(\"https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=\" + token);\r\n"
                + "  params = Map();\r\n  info resp;\r\n}\r\n").getBytes(StandardCharsets.UTF_16LE));
        byte[] samples = new byte[4000]; // a quiet 16-bit recording: small values, high bytes zero
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (byte) ((i * 37) % 23);
        }
        samples[0] = 'z';
        samples[2] = 'o';
        Files.write(root.resolve("chime.txt"), samples);

        ScanResult result = new ScanEngine("test", List.of(new EngineTest.AuthtokenStrings()), Languages.defaults())
                .scan(ScanConfig.of(root));

        assertThat(result.findings()).extracting(f -> f.location().path() + ":" + f.location().startLine())
                .containsExactly("Alerts32.java:2", "notify_ops.txt:3");
        assertThat(result.charsets()).extracting(c -> c.path() + " " + c.charset()).containsExactly(
                "Alerts32.java UTF-32LE", "notify_ops.txt UTF-16LE");
        assertThat(result.skipped()).extracting(s -> s.path() + " " + s.reason()).containsExactly("chime.txt binary");
    }
}
