package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.TextEdit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A finding as a SARIF {@code result}. Everything from the scanned files is shown as the other reports show it. */
final class SarifResults {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifResults() {}

    /** {@code ruleIndex}: the rule's place in {@code tool.driver.rules}, or -1 when it is not listed. */
    static ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("ruleId", f.ruleId());
        if (ruleIndex >= 0) {
            result.put("ruleIndex", ruleIndex);
        }
        result.put("level", SarifRules.level(f.severity()));
        result.set("message", SarifLocations.text(f.message()));
        ObjectNode physical = SarifLocations.physical(f.location().path(), SarifLocations.region(f.location()));
        Snippets.add(physical, f.location(), f.snippet());
        result.putArray("locations").addObject().set("physicalLocation", physical);
        result.putObject("partialFingerprints").put("primaryLocationLineHash", lineHash(f.fingerprint()));
        if (f.baselineState() != null) {
            result.put("baselineState", f.baselineState().id());
        }
        if (!f.related().isEmpty()) {
            ArrayNode related = result.putArray("relatedLocations");
            int id = 1;
            for (RelatedLocation r : f.related()) {
                ObjectNode location = SarifLocations.location(r.path(), SarifLocations.line(r.startLine(), 0));
                location.put("id", id++);
                location.set("message", SarifLocations.text(r.message()));
                related.add(location);
            }
        }
        List<Fix> automatic = f.fixes().stream().filter(Fix::automatic).toList();
        if (!automatic.isEmpty()) {
            ArrayNode fixes = result.putArray("fixes");
            automatic.forEach(fix -> fixes.add(fix(fix)));
        }
        if (f.suppressed()) {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "inSource");
            if (f.suppressionReason() != null && !f.suppressionReason().isBlank()) {
                suppression.put("justification", f.suppressionReason());
            }
        }
        if (!f.properties().isEmpty()) {
            ObjectNode properties = result.putObject("properties");
            f.properties().forEach(properties::put);
        }
        return result;
    }

    /**
     * The finding's fingerprint in the shape of GitHub's {@code primaryLocationLineHash}, hash and occurrence: it
     * hashes the rule, the path and the line's code as its frame shows it (secrets masked, blanks normalised, so
     * LF and CRLF copies agree), never a line number, so a moved finding keeps its alert.
     */
    static String lineHash(String fingerprint) {
        int dash = fingerprint.lastIndexOf('-');
        return dash < 0 ? fingerprint + ":1" : fingerprint.substring(0, dash) + ":" + fingerprint.substring(dash + 1);
    }

    /** An automatic fix: its edits, file by file, with the text they write masked as in every report. */
    private static ObjectNode fix(Fix fix) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("description", SarifLocations.text(Redactor.redactProse(fix.description())));
        Map<String, ArrayNode> byFile = new LinkedHashMap<>();
        Map<String, Boolean> creates = new LinkedHashMap<>();
        for (TextEdit edit : fix.edits()) {
            ObjectNode replacement = MAPPER.createObjectNode();
            replacement.set("deletedRegion", deletedRegion(edit));
            replacement.set("insertedContent", SarifLocations.text(MaskedEdits.replacement(edit)));
            byFile.computeIfAbsent(edit.path(), p -> MAPPER.createArrayNode()).add(replacement);
            creates.merge(edit.path(), edit.creates(), Boolean::logicalOr);
        }
        ArrayNode changes = node.putArray("artifactChanges");
        byFile.forEach((path, replacements) -> {
            ObjectNode change = changes.addObject();
            change.set("artifactLocation", SarifLocations.artifact(path));
            change.set("replacements", replacements);
            if (creates.get(path)) {
                // SARIF has no "new file": an insertion into an empty one, marked so a tool can tell
                change.putObject("properties").put("creates", true);
            }
        });
        ObjectNode properties = node.putObject("properties");
        properties.put("strategy", fix.strategy());
        properties.put("applicability", fix.applicability().id());
        if (!fix.steps().isEmpty()) {
            ArrayNode steps = properties.putArray("steps");
            fix.steps().forEach(step -> steps.add(Redactor.redactProse(step)));
        }
        return node;
    }

    /** The text an edit replaces: its lines and columns once placed, else its offsets; a new file's start. */
    private static ObjectNode deletedRegion(TextEdit edit) {
        if (edit.creates()) {
            return SarifLocations.region(1, 1, 1, 1);
        }
        Location at = edit.location();
        if (at != null) {
            return SarifLocations.region(at);
        }
        ObjectNode region = MAPPER.createObjectNode();
        region.put("charOffset", edit.range().start());
        region.put("charLength", edit.range().length());
        return region;
    }
}
