package io.cliqmigrate.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings a team accepted on a day, so that later scans fail only on new ones. Written as versioned JSON
 * ({@code .cliq-migrate-baseline.json}), entries sorted, no time stamp: the same code gives the same bytes, so the
 * file diffs well under version control. It holds hashes, rule ids and paths, never code or a secret.
 *
 * @param commit the commit the scan ran at ({@code null} outside git): later scans ask git what was renamed since
 */
public record Baseline(String commit, List<Entry> entries) {
    public static final int VERSION = 1;
    public static final String DEFAULT_FILE = ".cliq-migrate-baseline.json";

    /**
     * One accepted finding: its fingerprint (rule, path, normalised line, occurrence), rule and path, and its code
     * hash (the fingerprint's hash without the path), which finds it again in a moved file.
     */
    public record Entry(String fingerprint, String ruleId, String path, String codeHash) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::ruleId)
                .thenComparing(Entry::fingerprint);
    }

    /** Unreadable or of an unknown version; the message is one line. */
    public static final class InvalidBaselineException extends Exception {
        InvalidBaselineException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Baseline {
        entries = entries.stream().sorted(Entry.ORDER).toList();
    }

    /** Today's unsuppressed findings. */
    public static Baseline of(ScanResult result) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : result.activeFindings()) {
            entries.add(new Entry(f.fingerprint(), f.ruleId(), f.location().path(), f.codeHash()));
        }
        return new Baseline(result.git() == null ? null : result.git().commit(), entries);
    }

    public static Baseline read(Path file) throws InvalidBaselineException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidBaselineException("cannot read baseline " + file + ": " + e.getMessage().lines()
                    .findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || !"cliq-migrate-baseline".equals(root.path("format").asText())) {
            throw new InvalidBaselineException(file + " is not a cliq-migrate baseline (write one with "
                    + "'cliq-migrate baseline -o " + file + "')");
        }
        int version = root.path("version").asInt();
        if (version != VERSION) {
            throw new InvalidBaselineException(file + " is a baseline of version " + version + "; this cliq-migrate "
                    + "reads version " + VERSION + ": write it again with 'cliq-migrate baseline'");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode n : root.path("findings")) {
            String fingerprint = n.path("fingerprint").asText(null);
            String rule = n.path("ruleId").asText(null);
            String path = n.path("path").asText(null);
            if (fingerprint == null || rule == null || path == null) {
                throw new InvalidBaselineException(file + ": an entry lacks its fingerprint, ruleId or path");
            }
            entries.add(new Entry(fingerprint, rule, path, n.path("codeHash").asText(null)));
        }
        return new Baseline(root.path("commit").isTextual() ? root.get("commit").asText() : null, entries);
    }

    /** The file's JSON, in field order {@code format, version, commit, findings}. */
    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "cliq-migrate-baseline");
        root.put("version", VERSION);
        root.put("commit", commit);
        ArrayNode findings = root.putArray("findings");
        entries.forEach(e -> findings.add(entry(e)));
        return root;
    }

    /** An entry as the baseline file and the JSON report write it. */
    public static ObjectNode entry(Entry e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("fingerprint", e.fingerprint());
        n.put("ruleId", e.ruleId());
        n.put("path", e.path());
        n.put("codeHash", e.codeHash());
        return n;
    }
}
