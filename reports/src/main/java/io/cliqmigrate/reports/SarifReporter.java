package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.BaselineState;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, one run, as GitHub code scanning and editors read it (see the design's reports §1). Paths are
 * relative to {@code %SRCROOT%}, the folder the other reports' paths are relative to, which the log declares but
 * does not locate: no absolute path of the scanning machine goes into it. Suppressed findings are left out unless
 * asked for. The output is a function of the scan result alone: no time, no machine, a fixed order.
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");
    /** Skipped files' notification, after one per kind of processing error. */
    private static final String SKIPPED = "skipped";
    private static final int SKIPPED_INDEX = ProcessingError.Kind.values().length;

    private final boolean includeSuppressed;
    private final String category;

    public SarifReporter(boolean includeSuppressed, String category) {
        this.includeSuppressed = includeSuppressed;
        this.category = category;
    }

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String defaultExtension() {
        return "sarif";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        run.putObject("tool").set("driver", driver(result));
        // the category is all up to the last slash; several uploads of one category replace each other
        run.putObject("automationDetails").put("id", category + "/");
        run.putObject("originalUriBaseIds").putObject(SarifLocations.SRCROOT).set("description", SarifLocations.text(
                "The repository root: the top of the git work tree, else the folder of the configuration file, else "
                        + "the scanned folder"));
        run.putArray("invocations").add(invocation(result));
        if (result.git() != null && result.git().repositoryUri() != null) {
            run.putArray("versionControlProvenance").add(provenance(result.git()));
        }
        run.put("columnKind", "utf16CodeUnits");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDescriptor d : result.rules()) {
            ruleIndex.putIfAbsent(d.id(), ruleIndex.size());
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            if (includeSuppressed || !f.suppressed()) {
                results.add(SarifResults.result(f, ruleIndex.getOrDefault(f.ruleId(), -1)));
            }
        }
        if (result.baseline() != null) {
            // SARIF 2.1.0 (3.27.24) allows a result of baselineState "absent" for what the baseline had and this run
            // did not find, but GitHub code scanning reads every uploaded result as an open alert and ignores
            // baselineState: an absent result would keep a fixed alert open. So absent entries are only counted here
            // (the JSON report lists them), and an alert that is gone closes as it does without a baseline.
            ObjectNode states = run.putObject("properties").putObject("baseline");
            for (BaselineState state : BaselineState.values()) {
                states.put(state.id(), result.baseline().count(result.findings(), state));
            }
        }
        JsonReporter.writeJson(log, out);
    }

    private static ObjectNode driver(ScanResult result) {
        ObjectNode driver = MAPPER.createObjectNode();
        driver.put("name", result.toolName());
        driver.put("version", result.toolVersion());
        if (SEMVER.matcher(result.toolVersion()).matches()) {
            driver.put("semanticVersion", result.toolVersion());
        }
        driver.put("informationUri", RuleDescriptor.PROJECT_URI);
        ArrayNode rules = driver.putArray("rules");
        java.util.Set<String> listed = new java.util.HashSet<>();
        result.rules().stream().filter(d -> listed.add(d.id())).forEach(d -> rules.add(SarifRules.rule(d)));
        ArrayNode notifications = driver.putArray("notifications");
        for (ProcessingError.Kind kind : ProcessingError.Kind.values()) {
            notifications.add(descriptor(id(kind), describe(kind)));
        }
        notifications.add(descriptor(SKIPPED, "A file was not scanned: binary, too large, a symlink loop, a dangling "
                + "symlink, or the same file as another path"));
        return driver;
    }

    /**
     * The scan ran to its end (a scan that cannot is no report), so it succeeded; the files it could not read,
     * decode or parse, and those it skipped, are its notifications.
     */
    private static ObjectNode invocation(ScanResult result) {
        ObjectNode invocation = MAPPER.createObjectNode();
        invocation.put("executionSuccessful", true);
        if (result.configuration() != null && result.configuration().startedAt() != null) {
            invocation.put("startTimeUtc", result.configuration().startedAt());
        }
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (ProcessingError e : result.errors()) {
            notes.add(notification(id(e.kind()), e.kind().ordinal(), "error", e.path(),
                    SarifLocations.line(e.line(), e.column()), id(e.kind()) + " error: " + e.message()));
        }
        for (SkippedFile s : result.skipped()) {
            // a file reached again through a symlink is scanned under its other path: nothing is missing
            notes.add(notification(SKIPPED, SKIPPED_INDEX, s.scannedElsewhere() ? "note" : "warning", s.path(), null,
                    "skipped: " + s.reason()));
        }
        return invocation;
    }

    /**
     * The repository and commit the scanned files came from, its top mapped to {@code %SRCROOT%}. SARIF needs a
     * repository URI here, so a work tree without a remote has none; the URI never carries credentials.
     */
    private static ObjectNode provenance(ScanResult.Git git) {
        ObjectNode vcs = MAPPER.createObjectNode();
        vcs.put("repositoryUri", git.repositoryUri());
        vcs.put("revisionId", git.commit());
        if (git.branch() != null) {
            vcs.put("branch", git.branch());
        }
        vcs.putObject("mappedTo").put("uriBaseId", SarifLocations.SRCROOT);
        if (git.dirty() != null) {
            // the results may be of changes not in that commit
            vcs.putObject("properties").put("dirty", git.dirty());
        }
        return vcs;
    }

    private static ObjectNode notification(String id, int index, String level, String path, ObjectNode region,
                                           String message) {
        ObjectNode n = MAPPER.createObjectNode();
        ObjectNode descriptor = n.putObject("descriptor");
        descriptor.put("id", id);
        descriptor.put("index", index);
        n.put("level", level);
        n.set("message", SarifLocations.text(message));
        n.putArray("locations").add(SarifLocations.location(path, region));
        return n;
    }

    private static ObjectNode descriptor(String id, String description) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("id", id);
        d.set("shortDescription", SarifLocations.text(description));
        return d;
    }

    private static String id(ProcessingError.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String describe(ProcessingError.Kind kind) {
        return switch (kind) {
            case READ -> "A file could not be read";
            case DECODE -> "A file could not be decoded";
            case PARSE -> "A file could not be parsed; it was scanned lexically";
            case RULE -> "A rule failed on a file; the other rules ran";
            case CONFIG -> "A configuration file could not be read";
            case INTERNAL -> "The scanner failed on a file";
        };
    }
}
