package io.cliqmigrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cliqmigrate.core.lang.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git revision a scan reports: from a real repository made with the git binary, and none outside git. */
class GitRevisionTest {
    @TempDir
    Path dir;

    private Path repo;

    @BeforeEach
    void repository() throws Exception {
        repo = dir.resolve("app");
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/Notifier.java"), "class Notifier {}\n");
    }

    @Test
    void aScanInsideAGitWorkTreeNamesItsCommitBranchAndWhetherItIsDirty() throws Exception {
        String head = firstCommit("main");

        ScanResult.Git clean = scan(repo).git();
        assertThat(clean).isEqualTo(new ScanResult.Git(head, "main", false, null));
        // a subfolder is part of the same work tree
        assertThat(scan(repo.resolve("src")).git()).isEqualTo(clean);

        Files.writeString(repo.resolve("src/Notifier.java"), "class Notifier { int changed; }\n");
        git("remote", "add", "origin", "https://ci-bot:ghp_s3cretT0ken@github.com/acme/app.git");
        assertThat(scan(repo).git()).isEqualTo(new ScanResult.Git(head, "main", true,
                "https://github.com/acme/app.git"));

        git("checkout", "-q", "--detach");
        assertThat(scan(repo).git().branch()).isNull();
    }

    @Test
    void withoutAGitBinaryTheCommitAndBranchAreReadFromTheGitFolder() throws Exception {
        String head = firstCommit("trunk");
        assertThat(GitRevision.fromFiles(repo.resolve(".git"))).isEqualTo(new ScanResult.Git(head, "trunk", null, null));
        git("pack-refs", "--all", "--prune");
        assertThat(GitRevision.fromFiles(repo.resolve(".git"))).isEqualTo(new ScanResult.Git(head, "trunk", null, null));
    }

    @Test
    void aScanOutsideGitHasNoRevision() throws Exception {
        assertThat(scan(repo).git()).isNull();
    }

    @Test
    void aRemoteIsPublishedWithoutCredentialsQueryOrLocalPath() {
        assertThat(GitRevision.repositoryUri("https://user:token@gitlab.example.com:8443/grp/app.git?private_token=x#f"))
                .isEqualTo("https://gitlab.example.com:8443/grp/app.git");
        assertThat(GitRevision.repositoryUri("git@github.com:acme/app.git")).isEqualTo("ssh://github.com/acme/app.git");
        assertThat(GitRevision.repositoryUri("ssh://git@github.com/acme/app.git"))
                .isEqualTo("ssh://github.com/acme/app.git");
        assertThat(GitRevision.repositoryUri("/srv/git/app.git")).isNull();
        assertThat(GitRevision.repositoryUri("file:///srv/git/app.git")).isNull();
        assertThat(GitRevision.repositoryUri("../app.git")).isNull();
    }

    /** A repository with one commit of everything on {@code branch}: its commit id; skipped without git. */
    private String firstCommit(String branch) throws Exception {
        assumeTrue(gitAvailable(), "no git binary");
        git("init", "-q", "-b", branch);
        git("add", ".");
        git("-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "first");
        return git("rev-parse", "HEAD");
    }

    private static ScanResult scan(Path root) throws IOException {
        return new ScanEngine("test", List.of(), Languages.defaults()).scan(ScanConfig.of(root));
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the machine's own git settings must not change what the test makes
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as("git %s: %s", args, out).isZero();
        return out;
    }
}
