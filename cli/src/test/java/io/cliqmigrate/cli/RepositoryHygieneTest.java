package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository names files relative to itself: no folder of one developer's machine leaks into it. */
class RepositoryHygieneTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.~-])/(?:work|root|home|tmp)/[\\w.-]+");

    @Test
    void noFileNamesAFolderOfThisMachine() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).filter(RepositoryHygieneTest::tracked).toList()) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    continue; // fixtures in other encodings name no folders
                }
                Matcher m = MACHINE_PATH.matcher(text);
                while (m.find()) {
                    hits.add(ROOT.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    private static boolean tracked(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        // a linked work tree's .git is a file naming the main checkout's folder
        return !path.startsWith(".git/") && !path.equals(".git") && !path.contains("/target/") && !path.startsWith("target/")
                && !path.contains("/node_modules/");
    }
}
