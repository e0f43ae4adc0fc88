package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cliqmigrate.core.engine.ConfigException;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.SkippedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What gets scanned, and under which path, in and out of git work trees. */
class WalkerTest {
    private static final String LEGACY = "class C { String u = \"https://cliq.zoho.com/api/v2/bots/b/message?authtoken=\"; }\n";
    private static final Set<String> RULE_IDS = Set.of("test-authtoken");

    @TempDir
    Path tmp;

    private Path write(String rel, String text) throws IOException {
        return TestTrees.write(tmp, rel, text);
    }

    private static ScanResult scan(ScanConfig config) throws IOException {
        return new ScanEngine("test", List.of(new EngineTest.AuthtokenStrings()), Languages.defaults()).scan(config);
    }

    private static ScanResult scan(Path... roots) throws IOException {
        return scan(ScanConfig.of(roots));
    }

    private static ScanConfig withoutGitignore(Path root) {
        return new ScanConfig(List.of(root), List.of(), List.of(), Set.of(), Map.of(),
                ScanConfig.DEFAULT_MAX_FILE_SIZE, 2, false, null);
    }

    private static List<String> paths(ScanResult result) {
        return result.findings().stream().map(f -> f.location().path()).toList();
    }

    /** A repository as a developer has it: ignore rules at the top, in a middle folder and in info/exclude. */
    private void repository() throws IOException {
        write(".git/info/exclude", "scratch/\n");
        write(".gitignore", "build/\n*.gen.java\n");
        write("apps/.gitignore", "*.local.properties\n");
        write("apps/billing/src/Billing.java", LEGACY);
        write("apps/billing/src/Billing.gen.java", LEGACY);
        write("apps/billing/build/Out.java", LEGACY);
        write("apps/billing/scratch/Try.java", LEGACY);
        write("apps/billing/conf/dev.local.properties", "url=https://x.zoho.com/a?authtoken=1\n");
        write("apps/billing/conf/app.properties", "url=https://x.zoho.com/a?authtoken=1\n");
        write("apps/crm/src/Crm.java", LEGACY);
        write("lib/Shared.java", LEGACY);
    }

    @Test
    void ignoredFilesAndFoldersAreCountedAndNoIgnoreScansThem() throws IOException {
        repository();

        ScanResult honoured = scan(tmp);
        ScanResult all = scan(withoutGitignore(tmp));

        assertThat(paths(honoured)).containsExactly("apps/billing/conf/app.properties",
                "apps/billing/src/Billing.java", "apps/crm/src/Crm.java", "lib/Shared.java");
        // build/ and scratch/ count once each, as folders; the two files one each
        assertThat(honoured.stats().ignored()).isEqualTo(4);
        assertThat(paths(all)).hasSize(8).contains("apps/billing/build/Out.java", "apps/billing/scratch/Try.java",
                "apps/billing/src/Billing.gen.java", "apps/billing/conf/dev.local.properties");
        assertThat(all.stats().ignored()).isZero();
    }

    @Test
    void aSubfolderIsScannedUnderTheRulesOfTheFoldersAboveIt() throws IOException {
        repository();

        ScanResult subfolder = scan(tmp.resolve("apps/billing"));

        assertThat(paths(subfolder)).containsExactly("apps/billing/conf/app.properties",
                "apps/billing/src/Billing.java");
        assertThat(subfolder.stats().ignored()).isEqualTo(4);
    }

    @Test
    void aFolderOrFileNamedAsARootIsScannedEvenIfIgnoredItself() throws IOException {
        repository();

        ScanResult result = scan(tmp.resolve("apps/billing/build"), tmp.resolve("apps/billing/src/Billing.gen.java"));

        assertThat(paths(result)).containsExactly("apps/billing/build/Out.java", "apps/billing/src/Billing.gen.java");
    }

    @Test
    void outsideGitOnlyTheScannedFoldersOwnIgnoreFilesCount() throws IOException {
        write(".gitignore", "*.gen.java\n");
        write("module/.gitignore", "build/\n");
        write("module/A.gen.java", LEGACY);
        write("module/build/B.java", LEGACY);

        ScanResult result = scan(tmp.resolve("module"));

        assertThat(paths(result)).containsExactly("A.gen.java");
        assertThat(result.stats().ignored()).isEqualTo(1);
    }

    @Test
    void aLinkedWorkTreeReadsTheExcludeFileOfItsRepository() throws IOException {
        write("main/.git/info/exclude", "*.draft.java\n");
        write("main/.git/worktrees/feature/commondir", "../..\n");
        write("feature/.git", "gitdir: ../main/.git/worktrees/feature\n");
        write("feature/src/Kept.java", LEGACY);
        write("feature/src/Notes.draft.java", LEGACY);

        ScanResult result = scan(tmp.resolve("feature/src"));

        assertThat(paths(result)).containsExactly("src/Kept.java");
        assertThat(result.stats().ignored()).isEqualTo(1);
    }

    /**
     * The promise: one line has one path and one fingerprint whether the scan starts at the top, at a
     * module, or with two roots. A real repository, made with JGit.
     */
    @Test
    void pathsAndFingerprintsAreTheSameWhereverTheScanStarts() throws Exception {
        try (Git git = Git.init().setDirectory(tmp.toFile()).call()) {
            assertThat(git.getRepository().getDirectory()).exists();
        }
        write(".gitignore", "*.gen.java\n");
        write("module/src/main/java/Client.java", LEGACY + "class D { String v = \"https://x.zoho.eu/?authtoken=\"; }\n");
        write("module/src/main/java/Client.gen.java", LEGACY);
        write("module/config/app.properties", "zoho.url=https://x.zoho.com/a?authtoken=1\n");
        write("other/Other.java", LEGACY);
        write("other/sub/Same.java", LEGACY);

        List<String> top = lines(scan(tmp));
        List<String> module = lines(scan(tmp.resolve("module")));
        List<String> twoRoots = lines(scan(tmp.resolve("module"), tmp.resolve("other")));

        assertThat(top).hasSize(5).allSatisfy(line -> assertThat(line).doesNotContain(".gen.java"));
        assertThat(module).hasSize(3).isEqualTo(top.stream().filter(l -> l.startsWith("module/")).toList());
        assertThat(twoRoots).isEqualTo(top);
    }

    private static List<String> lines(ScanResult result) {
        return result.findings().stream()
                .map(f -> f.location().path() + ":" + f.location().startLine() + " " + f.fingerprint()).toList();
    }

    @Test
    void rootsInTwoRepositoriesKeepTheRepositoryFolderInTheirPaths() throws IOException {
        write("repo-a/.git/HEAD", "ref: refs/heads/main\n");
        write("repo-b/.git/HEAD", "ref: refs/heads/main\n");
        write("repo-a/src/Client.java", LEGACY);
        write("repo-b/src/Client.java", LEGACY);

        ScanResult result = scan(tmp.resolve("repo-a/src"), tmp.resolve("repo-b/src"));

        assertThat(paths(result)).containsExactly("repo-a/src/Client.java", "repo-b/src/Client.java");
        assertThat(result.findings()).extracting(Finding::fingerprint).doesNotHaveDuplicates();
    }

    @Test
    void eachRootIsScannedWithItsOwnConfigurationFile() throws IOException, ConfigException {
        write("svc-a/.cliq-migrate.yml", "exclude: [legacy/**]\n");
        write("svc-a/legacy/Old.java", LEGACY);
        write("svc-a/src/A.java", LEGACY);
        write("svc-b/.cliq-migrate.yml", "rules:\n  severity: {test-authtoken: warning}\n");
        write("svc-b/legacy/Old.java", LEGACY);
        Path a = tmp.resolve("svc-a");
        Path b = tmp.resolve("svc-b");

        ScanResult result = scan(ScanConfig.of(a, b).withConfigFiles(null, RULE_IDS));

        assertThat(result.findings()).extracting(f -> f.location().path() + " " + f.severity())
                .containsExactly("svc-a/src/A.java ERROR", "svc-b/legacy/Old.java WARNING");

        Path shared = write("ci/cliq.yml", "exclude: [legacy/]\n");
        ScanResult explicit = scan(ScanConfig.of(a, b).withConfigFiles(shared, RULE_IDS));
        assertThat(explicit.findings()).extracting(f -> f.location().path() + " " + f.severity())
                .containsExactly("svc-a/src/A.java ERROR");

        write("svc-b/.cliq-migrate.yml", "rules:\n  disable: [no-such-rule]\n");
        assertThatThrownBy(() -> ScanConfig.of(a, b).withConfigFiles(null, RULE_IDS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("svc-b")
                .hasMessageContaining("unknown rule id 'no-such-rule'");
    }

    @Test
    void aNegatedGlobTakesPathsBackAndTheLastMatchingRuleDecides() throws IOException, ConfigException {
        write("billing/.cliq-migrate.yml",
                "exclude: [\"legacy/**\", \"!legacy/Keep.java\", \"!legacy/sub/Deep.java\", \"!src/B.java\"]\n");
        write("billing/legacy/Old.java", LEGACY);
        write("billing/legacy/Keep.java", LEGACY);
        write("billing/legacy/sub/Deep.java", LEGACY);
        write("billing/src/A.java", LEGACY);
        write("billing/src/B.java", LEGACY);
        write("crm/.cliq-migrate.yml", "include: [\"src/\", \"!src/generated/\", \"src/generated/Keep.java\"]\n");
        write("crm/src/Crm.java", LEGACY);
        write("crm/src/generated/Gen.java", LEGACY);
        write("crm/src/generated/Keep.java", LEGACY);
        write("crm/tools/Tool.java", LEGACY);

        ScanResult result = scan(ScanConfig.of(tmp.resolve("billing"), tmp.resolve("crm"))
                .withConfigFiles(null, RULE_IDS));

        // as in git, nothing is taken back from a folder that is left out (legacy/sub/)
        assertThat(paths(result)).containsExactly("billing/legacy/Keep.java", "billing/src/A.java",
                "billing/src/B.java", "crm/src/Crm.java", "crm/src/generated/Keep.java");
    }

    @Test
    void inAWorkTreeASubfolderTakesTheConfigurationAboveItWithItsGlobs() throws IOException, ConfigException {
        write(".git/HEAD", "ref: refs/heads/main\n");
        write(".cliq-migrate.yml", "exclude: [module/legacy/]\nrules:\n  severity: {test-authtoken: info}\n");
        write("module/legacy/Old.java", LEGACY);
        write("module/src/New.java", LEGACY);

        ScanResult result = scan(ScanConfig.of(tmp.resolve("module")).withConfigFiles(null, RULE_IDS));

        assertThat(result.findings()).extracting(f -> f.location().path() + " " + f.severity())
                .containsExactly("module/src/New.java INFO");
    }

    @Test
    void aFileReachedThroughASymlinkedFolderIsReadOnceUnderItsOwnPath() throws IOException {
        write("src/Client.java", LEGACY);
        Files.createSymbolicLink(tmp.resolve("a-link"), tmp.resolve("src"));
        write("copies/Twin.java", LEGACY);
        Files.createLink(tmp.resolve("copies/HardTwin.java"), tmp.resolve("copies/Twin.java"));

        ScanResult result = scan(tmp);

        // a hard link is a second file in git, so it stays one here
        assertThat(paths(result)).containsExactly("copies/HardTwin.java", "copies/Twin.java", "src/Client.java");
        assertThat(result.skipped()).extracting(s -> s.path() + " " + s.reason())
                .containsExactly("a-link/Client.java same file as src/Client.java");
        assertThat(result.filesNotFullyScanned()).isZero();
    }

    @Test
    void onlyFilesNotScannedUnderAnyPathCountAsNotFullyScanned() throws IOException {
        write("src/Client.java", LEGACY);
        Files.createSymbolicLink(tmp.resolve("src/Gone.java"), tmp.resolve("src/deleted/Gone.java"));
        Files.createSymbolicLink(tmp.resolve("a-link"), tmp.resolve("src"));

        ScanResult result = scan(tmp);

        assertThat(result.skipped()).extracting(s -> s.path() + " " + s.reason()).containsExactly(
                "a-link/Client.java same file as src/Client.java", "a-link/Gone.java dangling symlink",
                "src/Gone.java dangling symlink");
        assertThat(result.filesNotFullyScanned()).isEqualTo(2);
    }

    @Test
    void twoLinksPointingAtEachOtherAreALoopAndALinkToNothingIsDangling() throws IOException {
        Files.createDirectories(tmp.resolve("src"));
        Files.createSymbolicLink(tmp.resolve("src/a.properties"), tmp.resolve("src/b.properties"));
        Files.createSymbolicLink(tmp.resolve("src/b.properties"), tmp.resolve("src/a.properties"));
        Files.createSymbolicLink(tmp.resolve("src/Gone.java"), tmp.resolve("src/deleted/Gone.java"));

        ScanResult result = scan(tmp);

        assertThat(result.skipped()).extracting(SkippedFile::path, SkippedFile::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("src/Gone.java", "dangling symlink"),
                org.assertj.core.groups.Tuple.tuple("src/a.properties", "symlink loop"),
                org.assertj.core.groups.Tuple.tuple("src/b.properties", "symlink loop"));
    }

    @Test
    void aSymlinkLeadingOutOfTheRootIsFollowedAndReportedUnderTheLink() throws IOException {
        write("vendor-sources/Vendor.java", LEGACY);
        write("project/src/App.java", LEGACY);
        Files.createSymbolicLink(tmp.resolve("project/vendor"), tmp.resolve("vendor-sources"));

        ScanResult result = scan(tmp.resolve("project"));

        assertThat(paths(result)).containsExactly("src/App.java", "vendor/Vendor.java");
    }

    @Test
    void aDeeplyNestedTreeIsWalkedToTheBottomAndWideFoldersAllInOneScan() throws IOException {
        // folders are walked in parallel near the top and by one thread further down: both must find everything
        String deep = "d/".repeat(900);
        write(deep + "Deep.java", LEGACY);
        for (int i = 0; i < 60; i++) {
            write("wide/m" + i + "/src/M" + i + ".java", LEGACY);
        }

        ScanResult result = scan(tmp);

        assertThat(paths(result)).hasSize(61).contains(deep + "Deep.java", "wide/m0/src/M0.java",
                "wide/m59/src/M59.java").isSorted();
        assertThat(result.errors()).isEmpty();
    }
}
