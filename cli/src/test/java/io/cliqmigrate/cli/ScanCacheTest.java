package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --cache}: whatever happened to the tree since the last scan, a scan with the cache reports exactly
 * what a fresh scan reports.
 */
class ScanCacheTest {
    private static final String ENDPOINTS = """
            package com.acme.zoho;

            public final class Endpoints {
                public static final String TOKEN_PARAM = "authtoken";
            }
            """;
    /** Names no trigger word itself: only the second pass, looking for the constant's name, reads it. */
    private static final String READER = """
            package com.acme.jobs;

            import com.acme.zoho.Endpoints;

            class %s {
                String url(String base, String token) {
                    return base + "?" + Endpoints.TOKEN_PARAM + "=" + token;
                }
            }
            """;
    private static final String QUIET = """
            package com.acme.util;

            final class %s {
                static int twice(int x) {
                    return 2 * x;
                }
            }
            """;
    private static final List<String> LEGACY_LINES = List.of(
            "// https://crm.zoho.com/crm/private/json/Leads/getRecords?authtoken=9f3c2a7d5e8b41c6a0d2f4e6b8c1a3d5\n",
            "zoho.cliq.authtoken=4d6e8f0a2b4c6d8e0f1a3b5c7d9e1f2a\n",
            "# webhook: https://cliq.zoho.com/api/v2/bots/alerts/incoming?zapikey=1001.abc\n",
            "\n");

    @TempDir
    Path tmp;
    Path tree;
    long clock;

    @BeforeEach
    void tree() throws IOException {
        tree = TestProjects.copy("../examples/legacy-cliq-app", tmp);
        write("src/main/java/com/acme/zoho/Endpoints.java", ENDPOINTS);
        write("src/main/java/com/acme/jobs/LeadPull.java", READER.formatted("LeadPull"));
        for (int i = 0; i < 6; i++) {
            write("src/main/java/com/acme/util/Quiet" + i + ".java", QUIET.formatted("Quiet" + i));
        }
        // every file settled long before the scan, each at its own time
        clock = System.currentTimeMillis() - 86_400_000L;
        for (Path file : files()) {
            settle(file);
        }
    }

    @Test
    void aCachedScanReportsWhatAFreshScanReportsAfterRandomEdits() throws IOException {
        assertThat(cached("json")).isEqualTo(fresh("json"));
        assertThat(Files.isRegularFile(tree.resolve(".cliq-migrate/cache"))).isTrue();
        assertThat(cached("json")).as("unchanged tree").isEqualTo(fresh("json"));
        Random random = new Random(20261206);
        for (int round = 0; round < 12; round++) {
            List<String> edits = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                edits.add(edit(random));
            }
            String format = List.of("json", "sarif", "text").get(round % 3);
            assertThat(cached(format)).as("after " + edits).isEqualTo(fresh(format));
        }
        assertThat(cached("json")).as("unchanged again").isEqualTo(fresh("json"));
    }

    @Test
    void aFileIsTakenAsUnchangedWhenItsSizeAndTimeAre() throws IOException {
        Path quiet = tree.resolve("src/main/java/com/acme/util/Quiet0.java");
        String before = cached("json");
        FileTime time = Files.getLastModifiedTime(quiet);
        String text = Files.readString(quiet);
        // the same number of bytes, now naming a legacy parameter; the time put back as it was
        Files.writeString(quiet, text.replace("static int twice(int x) {", "String p = \"authtoken\"; {"));
        assertThat(Files.size(quiet)).isEqualTo(text.length());
        Files.setLastModifiedTime(quiet, time);
        assertThat(cached("json")).isEqualTo(before);
        assertThat(fresh("json")).isNotEqualTo(before);
        settle(quiet);
        assertThat(cached("json")).isEqualTo(fresh("json"));
    }

    @Test
    void aChangeToAFileThatNamesNoTriggerWordKeepsTheStoredResult() throws IOException {
        String before = cached("json");
        // a candidate changed behind the cache's back (same size, time put back): only a scan that reads the
        // candidates again sees it
        Path endpoints = tree.resolve("src/main/java/com/acme/zoho/Endpoints.java");
        FileTime time = Files.getLastModifiedTime(endpoints);
        Files.writeString(endpoints, ENDPOINTS.replace("\"authtoken\"", "\"authtokex\""));
        Files.setLastModifiedTime(endpoints, time);
        // a file that names nothing the scan looks for changes, and still names nothing: the stored result
        // serves, and no other file is read
        Path edited = tree.resolve("src/main/java/com/acme/util/Quiet1.java");
        Files.writeString(edited, Files.readString(edited).replace("2 * x", "x + x"));
        settle(edited);
        assertThat(cached("json")).isEqualTo(before);
        // once it names the constant the second pass looks for, the candidates are read again
        Files.writeString(edited, Files.readString(edited) + "// Endpoints.TOKEN_PARAM\n");
        settle(edited);
        String after = cached("json");
        assertThat(after).isEqualTo(fresh("json")).isNotEqualTo(before);
    }

    @Test
    void aDamagedCacheIsOnlyASlowerScan() throws IOException {
        String fresh = fresh("json");
        Path cache = tree.resolve("state/scan.cache");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "not a cache");
        MainTest.Run run = MainTest.run("scan", tree.toString(), "--fail-on", "none", "--cache", cache.toString(),
                "--format", "json");
        assertThat(run.out()).isEqualTo(fresh);
        assertThat(Files.size(cache)).isGreaterThan(1000);
        Files.write(cache, java.util.Arrays.copyOf(Files.readAllBytes(cache), 500));
        run = MainTest.run("scan", tree.toString(), "--fail-on", "none", "--cache", cache.toString(), "--format",
                "json");
        assertThat(run.out()).isEqualTo(fresh);
        assertThat(run.err()).startsWith("cliq-migrate: warning: cache ").contains("not read").endsWith("\n");
    }

    @Test
    void aShardOrADiffAwareScanCannotUseTheCache() {
        MainTest.Run run = MainTest.run("scan", tree.toString(), "--cache", "--shard", "1/2");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cliq-migrate: --cache cannot be combined with --shard: it keeps the state "
                + "of whole-tree scans\n");
    }

    private String edit(Random random) throws IOException {
        List<Path> files = files();
        Path file = files.get(random.nextInt(files.size()));
        String name = tree.relativize(file).toString();
        switch (random.nextInt(8)) {
            case 0 -> {
                Files.writeString(file, Files.readString(file) + LEGACY_LINES.get(random.nextInt(LEGACY_LINES.size())));
                settle(file);
                return "appended to " + name;
            }
            case 1 -> {
                Files.delete(file);
                return "deleted " + name;
            }
            case 2 -> {
                Path endpoints = tree.resolve("src/main/java/com/acme/zoho/Endpoints.java");
                String text = Files.exists(endpoints) ? Files.readString(endpoints) : ENDPOINTS;
                boolean legacy = text.contains("\"authtoken\"");
                Files.writeString(endpoints, legacy ? text.replace("\"authtoken\"", "\"access_token\"") : ENDPOINTS);
                settle(endpoints);
                return "constant " + (legacy ? "modernised" : "made legacy");
            }
            case 3 -> {
                String reader = "Pull" + random.nextInt(1000);
                Path added = write("src/main/java/com/acme/jobs/" + reader + ".java", READER.formatted(reader));
                settle(added);
                return "added " + reader;
            }
            case 4 -> {
                settle(file);
                return "touched " + name;
            }
            case 5 -> {
                Files.writeString(file, Files.readString(file).replace("x", "zoho"));
                settle(file);
                return "zoho in " + name;
            }
            case 6 -> {
                Files.writeString(file, Files.readString(file) + "\n// tidied\n");
                settle(file);
                return "comment added to " + name;
            }
            default -> {
                Files.writeString(file, Files.readString(file) + "\n// see Endpoints.TOKEN_PARAM\n");
                settle(file);
                return "the constant's name in " + name;
            }
        }
    }

    private String cached(String format) {
        return scan("--cache", "--format", format);
    }

    private String fresh(String format) {
        return scan("--format", format);
    }

    private String scan(String... options) {
        List<String> args = new ArrayList<>(List.of("scan", tree.toString(), "--fail-on", "none"));
        args.addAll(List.of(options));
        MainTest.Run run = MainTest.run(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        return run.out();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(tree.resolve(".cliq-migrate")))
                    .sorted().toList();
        }
    }

    private Path write(String path, String text) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A time of its own, well before now: what the cache knows of a file is its size and this time. */
    private void settle(Path file) throws IOException {
        clock += 1000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    }
}
