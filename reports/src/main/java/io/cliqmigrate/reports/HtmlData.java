package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of the HTML report as a JSON data island that the page's script draws the table from, a page at a
 * time (a table of 20,000 rows written out would be slow to open and many times larger). Texts that repeat from
 * finding to finding (messages, fix descriptions, steps, diffs) are stored once in {@code texts} and named by
 * index. {@link #island} makes the JSON safe inside a {@code <script>} element.
 */
final class HtmlData {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Longer lines (minified files) are cut: the frame is a pointer to the code, not a copy of it. */
    private static final int MAX_LINE = 400;

    private final ArrayNode texts = MAPPER.createArrayNode();
    private final Map<String, Integer> textIndex = new HashMap<>();

    private HtmlData() {}

    private final Map<String, Integer> languageIndex = new HashMap<>();
    private final ArrayNode languages = MAPPER.createArrayNode();

    /**
     * The JSON of the result's findings (suppressed ones flagged) and its rules, escaped for a script element;
     * with a link prefix, the base of the links to the hosted source.
     */
    static String of(ScanResult result, ReportOptions options, Progress progress) {
        return island(new HtmlData().json(result, options, progress));
    }

    private String json(ScanResult result, ReportOptions options, Progress progress) {
        ObjectNode root = MAPPER.createObjectNode();
        if (options.linkPrefix() != null && HtmlPage.safeLink(options.linkPrefix()) != null) {
            root.put("link", options.linkPrefix());
        }
        if (result.baseline() != null) {
            root.put("baseline", 1);
        }
        ArrayNode rules = root.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleTally tally : RuleTally.of(result)) {
            ruleIndex.put(tally.id(), rules.size());
            ObjectNode r = rules.addObject();
            r.put("id", tally.id());
            RuleDescriptor d = result.rules().stream().filter(x -> x.id().equals(tally.id())).findFirst().orElse(null);
            r.put("summary", d == null ? "" : d.summary());
            r.put("help", HtmlPage.safeLink(tally.helpUri()));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = finding(f, ruleIndex.computeIfAbsent(f.ruleId(), id -> {
                rules.addObject().put("id", id).put("summary", "");
                return rules.size() - 1;
            }));
            if (f.baselineState() != null) {
                n.put("b", f.baselineState().id());
            }
            if (progress != null && !f.suppressed() && progress.newFingerprints().contains(f.fingerprint())) {
                n.put("nw", 1);
            }
            findings.add(n);
        }
        root.set("languages", languages);
        root.set("texts", texts);
        return root.toString();
    }

    private ObjectNode finding(Finding f, int rule) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("s", List.of(Severity.ERROR, Severity.WARNING, Severity.INFO).indexOf(f.severity()));
        n.put("r", rule);
        n.put("p", f.location().path());
        n.put("l", f.location().startLine());
        n.put("c", f.location().startColumn());
        n.put("m", text(Redactor.redactProse(f.message())));
        n.put("f", clip(f.snippet()));
        n.put("g", languageIndex.computeIfAbsent(FindingFacets.language(f.location().path()), g -> {
            languages.add(g);
            return languages.size() - 1;
        }));
        n.put("a", List.of(Fix.Applicability.SAFE, Fix.Applicability.REVIEW, Fix.Applicability.MANUAL)
                .indexOf(EffortEstimate.applied(f)));
        if (f.suppressed()) {
            n.put("x", text(f.suppressionReason() == null ? "" : Redactor.redactProse(f.suppressionReason())));
        }
        if (!f.related().isEmpty()) {
            ArrayNode related = n.putArray("rel");
            for (RelatedLocation r : f.related()) {
                related.addArray().add(r.path()).add(r.startLine()).add(text(Redactor.redactProse(r.message())));
            }
        }
        Fix fix = FixDiffs.automatic(f);
        Fix shown = fix != null ? fix : f.fixes().isEmpty() ? null : f.fixes().get(0);
        if (shown != null) {
            n.put("fd", text(Redactor.redactProse(shown.description())));
            n.put("fa", shown.applicability().id());
            ArrayNode steps = n.putArray("st");
            shown.steps().forEach(step -> steps.add(text(Redactor.redactProse(step))));
        }
        if (fix != null) {
            n.put("d", text(clip(String.join("\n", FixDiffs.of(f)))));
        }
        String suppression = SuppressionComments.of(f.location().path(), f.ruleId());
        if (suppression != null) {
            n.put("sup", text(suppression));
        }
        return n;
    }

    private int text(String value) {
        return textIndex.computeIfAbsent(value, v -> {
            texts.add(v);
            return texts.size() - 1;
        });
    }

    private static String clip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line);
        }
        return out.toString();
    }

    /**
     * JSON that cannot end its {@code <script>} element or start a comment or CDATA section in it: {@code <},
     * {@code >} and {@code &} are written as {@code \\u} escapes (they only occur inside strings, where JSON
     * allows that), and so are U+2028 and U+2029 (line breaks to a JavaScript parser).
     */
    static String island(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
