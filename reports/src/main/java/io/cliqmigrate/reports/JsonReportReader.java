package io.cliqmigrate.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A saved JSON report ({@link JsonReporter}) as the {@link ScanResult} the reporters render. Every text is taken as
 * written: the report's secrets are already masked, and nothing here can or tries to bring them back.
 */
public final class JsonReportReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Why a text is not a JSON report this version can read, in one line. */
    public static final class NotAReportException extends Exception {
        NotAReportException(String message) {
            super(message);
        }
    }

    private JsonReportReader() {}

    public static ScanResult read(String json) throws NotAReportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        return read(root);
    }

    private static NotAReportException notJson(JsonProcessingException e) {
        return new NotAReportException("not JSON (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")");
    }

    /** A report kept as UTF-8 JSON bytes (the scan cache keeps it without indentation). */
    public static ScanResult read(byte[] json) throws NotAReportException {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (java.io.IOException e) {
            throw new NotAReportException("not readable: " + e.getMessage());
        }
    }

    private static ScanResult read(JsonNode root) throws NotAReportException {
        if (root == null || !root.isObject()) {
            throw new NotAReportException("not a cliq-migrate JSON report (no JSON object)");
        }
        String tool = root.path("tool").path("name").asText(null);
        if (!io.cliqmigrate.core.engine.ScanEngine.TOOL_NAME.equals(tool)) {
            throw new NotAReportException("not a cliq-migrate JSON report (tool.name is "
                    + (tool == null ? "missing" : "'" + tool + "'") + ")");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new NotAReportException("not a cliq-migrate JSON report (no schemaVersion)");
        }
        if (version.intValue() != JsonReporter.SCHEMA_VERSION) {
            throw new NotAReportException("JSON report of schemaVersion " + version.intValue() + ", this version "
                    + "reads " + JsonReporter.SCHEMA_VERSION + " (scan again with this version)");
        }
        try {
            return result(root);
        } catch (RuntimeException e) {
            // a field missing or of the wrong type: a report edited by hand, or cut short
            throw new NotAReportException("malformed cliq-migrate JSON report: " + e.getMessage());
        }
    }

    private static ScanResult result(JsonNode root) {
        JsonNode summary = root.path("summary");
        ScanResult.Stats stats = new ScanResult.Stats(integer(summary, "filesScanned"),
                integer(summary, "filesCandidates"), integer(summary, "filesParsed"), integer(summary, "ignored"));
        return new ScanResult(text(root.path("tool"), "name"), text(root.path("tool"), "version"),
                list(root, "rules", JsonReportReader::rule), list(root, "findings", JsonReportReader::finding),
                list(root, "errors", JsonReportReader::error),
                list(root, "skipped", n -> new SkippedFile(text(n, "path"), text(n, "reason"))), stats,
                list(root, "charsets", n -> new ScanResult.FileCharset(text(n, "path"), text(n, "charset"),
                        text(n, "reason"))),
                list(root, "unusedSuppressions", n -> new ScanResult.UnusedSuppression(text(n, "path"),
                        integer(n, "line"), text(n, "message"))),
                root.has("git") ? git(root.get("git")) : null,
                root.has("configuration") ? configuration(root.get("configuration")) : null, OriginJson.read(root),
                root.has("baseline") ? baseline(root.get("baseline")) : null);
    }

    private static ScanResult.Baseline baseline(JsonNode n) {
        return new ScanResult.Baseline(optionalText(n, "commit"), list(n, "absent",
                e -> new io.cliqmigrate.core.baseline.Baseline.Entry(text(e, "fingerprint"), text(e, "ruleId"),
                        text(e, "path"), e.path("codeHash").asText(null))));
    }

    private static RuleDescriptor rule(JsonNode n) {
        return new RuleDescriptor(text(n, "id"), text(n, "summary"), severity(n), strings(n, "languages"),
                strings(n, "tags"), n.path("helpUri").asText(null), text(n, "documentation"), effort(n.path("effort")));
    }

    private static RuleDescriptor.Effort effort(JsonNode n) {
        return n.isMissingNode() ? RuleDescriptor.Effort.NONE : new RuleDescriptor.Effort(n.path("manualMinutes").asInt(),
                n.path("reviewMinutes").asInt(), n.path("safeMinutes").asInt(), n.path("assumption").asText(""));
    }

    private static Finding finding(JsonNode n) {
        Map<String, String> properties = new LinkedHashMap<>();
        n.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        return new Finding(text(n, "ruleId"), severity(n), location(n, range(n)), text(n, "message"),
                text(n, "snippet"), text(n, "fingerprint"), n.path("suppressed").asBoolean(),
                n.path("suppressionReason").asText(null), list(n, "related", r -> new RelatedLocation(
                        text(r, "path"), integer(r, "startLine"), text(r, "message"))),
                list(n, "fixes", JsonReportReader::fix), n.path("helpUri").asText(null), properties, null,
                n.has("baselineState") ? io.cliqmigrate.core.model.BaselineState.parse(text(n, "baselineState"))
                        : null);
    }

    private static Fix fix(JsonNode n) {
        Fix.Applicability applicability = Fix.Applicability.valueOf(text(n, "applicability").toUpperCase(Locale.ROOT));
        return new Fix(text(n, "strategy"), text(n, "description"), applicability,
                list(n, "edits", JsonReportReader::edit), strings(n, "steps"));
    }

    private static TextEdit edit(JsonNode n) {
        TextRange range = range(n);
        Location at = n.has("startLine") ? location(n, range) : null;
        return new TextEdit(text(n, "path"), range, text(n, "replacement"), at, n.path("creates").asBoolean());
    }

    private static ProcessingError error(JsonNode n) {
        return new ProcessingError(text(n, "path"), ProcessingError.Kind.valueOf(text(n, "kind")
                .toUpperCase(Locale.ROOT)), text(n, "message"), n.path("line").asInt(), n.path("column").asInt());
    }

    private static ScanResult.Git git(JsonNode n) {
        return new ScanResult.Git(text(n, "commit"), n.path("branch").asText(null),
                n.has("dirty") ? n.get("dirty").asBoolean() : null, n.path("repositoryUri").asText(null));
    }

    private static ScanResult.Configuration configuration(JsonNode n) {
        Map<String, String> overrides = new LinkedHashMap<>();
        n.path("severityOverrides").fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue().asText()));
        return new ScanResult.Configuration(n.path("failOn").asText(null), strings(n, "disabledRules"), overrides,
                optionalText(n, "project"), strings(n, "roots"), strings(n, "configFiles"), optionalText(n, "startedAt"));
    }

    private static String optionalText(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static Location location(JsonNode n, TextRange range) {
        return new Location(text(n, "path"), integer(n, "startLine"), integer(n, "startColumn"),
                integer(n, "endLine"), integer(n, "endColumn"), range);
    }

    private static TextRange range(JsonNode n) {
        return new TextRange(integer(n, "start"), integer(n, "end"));
    }

    private static Severity severity(JsonNode n) {
        return Severity.parse(text(n, "severity"));
    }

    private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        parent.path(field).forEach(n -> out.add(read.apply(n)));
        return out;
    }

    private static List<String> strings(JsonNode parent, String field) {
        return list(parent, field, JsonNode::asText);
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not text");
        }
        return value.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a number");
        }
        return value.intValue();
    }
}
