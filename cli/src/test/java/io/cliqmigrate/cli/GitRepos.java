package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Git work trees made by tests with the {@code git} binary, away from the machine's git configuration. */
final class GitRepos {
    private GitRepos() {}

    static boolean available() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test", "-c",
                "user.email=test@example.test", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as("git %s: %s", List.of(args), out).isZero();
        return out;
    }

    /** A new work tree at {@code repo} holding {@code files} (path → text), all committed on {@code main}. */
    static Path create(Path repo, Map<String, String> files) throws Exception {
        write(repo, files);
        git(repo, "init", "-q", "-b", "main");
        commitAll(repo, "initial");
        return repo;
    }

    static void commitAll(Path repo, String message) throws Exception {
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "--allow-empty", "-m", message);
    }

    static void write(Path repo, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = repo.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }
}
