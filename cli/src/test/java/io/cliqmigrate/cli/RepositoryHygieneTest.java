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
        for (Path file : candidates()) {
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
        assertThat(hits).isEmpty();
    }

    /**
     * The files a commit could take: git's tracked and untracked-but-not-ignored files, so a benchmark tree of
     * third-party sources unpacked under an ignored folder (bench/real) is not read; every file outside git.
     */
    private static List<Path> candidates() throws IOException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                    .directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (git.waitFor() == 0) {
                List<Path> files = new ArrayList<>();
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    Path file = ROOT.resolve(name);
                    if (!name.isEmpty() && Files.isRegularFile(file) && tracked(file)) {
                        files.add(file);
                    }
                }
                return files;
            }
        } catch (IOException e) {
            // no git here: every file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile).filter(RepositoryHygieneTest::tracked).toList();
        }
    }

    private static boolean tracked(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        // a linked work tree's .git is a file naming its git folder on this machine
        return !path.startsWith(".git/") && !path.equals(".git") && !path.contains("/target/") && !path.startsWith("target/")
                && !path.contains("/node_modules/");
    }
}
