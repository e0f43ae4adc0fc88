package io.cliqmigrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cliqmigrate.core.engine.ScanCache;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.reports.JsonReportReader;
import io.cliqmigrate.reports.JsonReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code scan --cache [FILE]}: where a scan keeps its state for the next scan of the same tree. */
final class CacheOption {
    @Option(names = "--cache", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
            description = "keep this scan's state in FILE and reuse the last one's: unchanged files that named no "
                    + "trigger word are not read again, and an unchanged tree gives the stored result; the report "
                    + "is the same as without it (default FILE: " + ScanCache.DEFAULT_FILE + " in the first scan "
                    + "root; the scan never reads that folder)")
    String file;

    /** The cache asked for, or {@code null}; a diff-aware or sharded scan cannot use one. */
    ScanCache cache(ScanConfig config, boolean focused, boolean sharded) throws UsageException {
        if (file == null) {
            return null;
        }
        if (focused || sharded) {
            throw new UsageException("--cache cannot be combined with " + (focused ? "--changed-since or --staged"
                    : "--shard") + ": it keeps the state of whole-tree scans");
        }
        Path at;
        if (file.isEmpty()) {
            Path first = config.roots().get(0).toAbsolutePath().normalize();
            Path folder = Files.isDirectory(first) || first.getParent() == null ? first : first.getParent();
            at = folder.resolve(ScanCache.DEFAULT_FILE);
        } else {
            at = Path.of(file);
            if (Files.isDirectory(at)) {
                throw new UsageException("--cache " + file + " is a folder; name a file");
            }
        }
        return new ScanCache(at, CODEC);
    }

    /**
     * The cache keeps the result as the JSON report, which every format renders the same from; without indentation,
     * which takes a third less to read back.
     */
    private static final ScanCache.Codec CODEC = new ScanCache.Codec() {
        private final ObjectMapper mapper = new ObjectMapper();

        @Override
        public byte[] encode(ScanResult result) throws IOException {
            return mapper.writeValueAsBytes(JsonReporter.tree(result));
        }

        @Override
        public ScanResult decode(byte[] bytes) {
            try {
                return JsonReportReader.read(bytes);
            } catch (JsonReportReader.NotAReportException e) {
                return null;
            }
        }
    };
}
