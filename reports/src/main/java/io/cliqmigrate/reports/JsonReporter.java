package io.cliqmigrate.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.BaselineState;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON report (schema version 2, see the README). Field order is fixed. It carries everything the other formats
 * show, so that {@link JsonReportReader} can render them from it without a new scan.
 */
public final class JsonReporter implements Reporter {
    /** 2: the git revision, the configuration in effect, and each rule's languages and documentation. */
    public static final int SCHEMA_VERSION = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String defaultExtension() {
        return "json";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        writeJson(tree(result), out);
    }

    /** The report as a JSON tree, which {@link JsonReportReader} reads back whether written indented or not. */
    public static ObjectNode tree(ScanResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", result.toolName());
        tool.put("version", result.toolVersion());
        if (result.git() != null) {
            // only what is known: no branch on a detached head, no dirtiness without a git binary, no remote
            ObjectNode git = MAPPER.valueToTree(result.git());
            git.properties().removeIf(e -> e.getValue().isNull());
            root.set("git", git);
        }
        if (result.configuration() != null) {
            root.set("configuration", MAPPER.valueToTree(result.configuration()));
        }
        OriginJson.write(result.origin(), root);
        ObjectNode summary = root.putObject("summary");
        summary.put("filesScanned", result.stats().filesScanned());
        summary.put("filesParsed", result.stats().filesParsed());
        summary.put("filesCandidates", result.stats().filesCandidates());
        summary.put("findings", result.activeFindings().size());
        summary.put("suppressed", result.suppressedFindings().size());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        Map<Severity, Integer> counts = result.countBySeverity();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            bySeverity.put(s.id(), counts.get(s));
        }
        summary.put("errors", result.errors().size());
        summary.put("skipped", result.skipped().size());
        summary.put("filesNotFullyScanned", result.filesNotFullyScanned());
        summary.put("ignored", result.stats().ignored());
        summary.put("unusedSuppressions", result.unusedSuppressions().size());
        if (result.baseline() != null) {
            ObjectNode states = summary.putObject("baseline");
            for (BaselineState state : BaselineState.values()) {
                states.put(state.id(), result.baseline().count(result.findings(), state));
            }
        }
        ArrayNode rules = root.putArray("rules");
        result.rules().forEach(d -> rules.add(rule(d, true).put("documentation", d.documentation())));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            findings.add(finding(f));
        }
        if (result.baseline() != null) {
            ObjectNode baseline = root.putObject("baseline");
            baseline.put("commit", result.baseline().commit());
            ArrayNode absent = baseline.putArray("absent");
            result.baseline().absent().forEach(e -> absent.add(io.cliqmigrate.core.baseline.Baseline.entry(e)));
        }
        ArrayNode connections = root.putArray("connections");
        result.connections().forEach((name, uses) -> {
            ObjectNode c = connections.addObject();
            c.put("name", name);
            ArrayNode at = c.putArray("usedAt");
            for (Finding f : uses) {
                ObjectNode u = at.addObject();
                u.put("path", f.location().path());
                u.put("startLine", f.location().startLine());
            }
        });
        ArrayNode errors = root.putArray("errors");
        for (ProcessingError e : result.errors()) {
            ObjectNode n = errors.addObject();
            n.put("path", e.path());
            n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            n.put("message", e.message());
            if (e.line() > 0) {
                n.put("line", e.line());
                n.put("column", e.column());
            }
        }
        // plain records: their components, in order, are the fields
        root.set("skipped", MAPPER.valueToTree(result.skipped()));
        root.set("unusedSuppressions", MAPPER.valueToTree(result.unusedSuppressions()));
        root.set("charsets", MAPPER.valueToTree(result.charsets()));
        return root;
    }

    /** A rule's metadata as JSON, as the report and the {@code rules} command show it. */
    public static ObjectNode rule(RuleDescriptor d, boolean withLanguages) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("id", d.id());
        r.put("summary", d.summary());
        r.put("severity", d.severity().id());
        if (withLanguages) {
            d.languages().forEach(r.putArray("languages")::add);
        }
        d.tags().forEach(r.putArray("tags")::add);
        r.put("helpUri", d.helpUri());
        RuleDescriptor.Effort effort = d.effort();
        if (!effort.equals(RuleDescriptor.Effort.NONE)) {
            ObjectNode e = r.putObject("effort");
            e.put("manualMinutes", effort.manualMinutes());
            e.put("reviewMinutes", effort.reviewMinutes());
            e.put("safeMinutes", effort.safeMinutes());
            e.put("assumption", effort.assumption());
        }
        return r;
    }

    /** Writes JSON the way every report of the tool does: two-space indents, LF, {@code "key": value}. */
    public static void writeJson(com.fasterxml.jackson.databind.JsonNode root, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setPrettyPrinter(printer);
        MAPPER.writeTree(generator, root);
        generator.flush();
        out.write("\n");
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().id());
        n.put("path", f.location().path());
        n.put("startLine", f.location().startLine());
        n.put("startColumn", f.location().startColumn());
        n.put("endLine", f.location().endLine());
        n.put("endColumn", f.location().endColumn());
        n.put("start", f.location().range().start());
        n.put("end", f.location().range().end());
        n.put("message", f.message());
        n.put("snippet", f.snippet());
        n.put("fingerprint", f.fingerprint());
        if (f.baselineState() != null) {
            n.put("baselineState", f.baselineState().id());
        }
        n.put("suppressed", f.suppressed());
        if (f.suppressed()) {
            n.put("suppressionReason", f.suppressionReason());
        }
        n.put("helpUri", f.helpUri());
        ArrayNode related = n.putArray("related");
        for (RelatedLocation r : f.related()) {
            ObjectNode rn = related.addObject();
            rn.put("path", r.path());
            rn.put("startLine", r.startLine());
            rn.put("message", r.message());
        }
        if (!f.properties().isEmpty()) {
            ObjectNode properties = n.putObject("properties");
            f.properties().forEach(properties::put);
        }
        ArrayNode fixes = n.putArray("fixes");
        for (Fix fix : f.fixes()) {
            ObjectNode fn = fixes.addObject();
            fn.put("strategy", fix.strategy());
            fn.put("description", fix.description());
            fn.put("applicability", fix.applicability().id());
            ArrayNode edits = fn.putArray("edits");
            for (TextEdit edit : fix.edits()) {
                edits.add(edit(edit));
            }
            if (!fix.steps().isEmpty()) {
                ArrayNode steps = fn.putArray("steps");
                fix.steps().forEach(steps::add);
            }
        }
        return n;
    }

    /** An edit as {@code fix} applies it: the file, the range as lines and columns (and offsets), the new text. */
    static ObjectNode edit(TextEdit edit) {
        ObjectNode en = MAPPER.createObjectNode();
        en.put("path", edit.path());
        if (edit.creates()) {
            // a new file: the replacement is its whole content
            en.put("creates", true);
        }
        if (edit.location() != null) {
            en.put("startLine", edit.location().startLine());
            en.put("startColumn", edit.location().startColumn());
            en.put("endLine", edit.location().endLine());
            en.put("endColumn", edit.location().endColumn());
        }
        en.put("start", edit.range().start());
        en.put("end", edit.range().end());
        en.put("replacement", MaskedEdits.replacement(edit));
        return en;
    }
}
