package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleDescriptor;
import io.cliqmigrate.core.rule.Tags;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@link RuleContext} for one (rule, file): builds redacted findings and applies suppressions. */
final class FindingCollector implements RuleContext {
    private static final int MAX_SNIPPET_LINES = 5;

    private final SourceFile file;
    private final RuleDescriptor rule;
    private final Severity severity;
    private final Suppressions suppressions;
    private final List<Finding> sink;
    private final Set<TextRange> reported = new HashSet<>();

    FindingCollector(SourceFile file, RuleDescriptor rule, Severity severity, Suppressions suppressions,
                     List<Finding> sink) {
        this.file = file;
        this.rule = rule;
        this.severity = severity;
        this.suppressions = suppressions;
        this.sink = sink;
    }

    @Override
    public SourceFile file() {
        return file;
    }

    @Override
    public void report(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes,
                       java.util.Map<String, String> properties) {
        if (!reported.add(range)) {
            return; // one finding per place, however many paths lead a rule to it
        }
        Location location = Location.of(file, range);
        String snippet = snippet(location);
        // everything that leaves the machine goes through the redactor, not only the code frame
        List<RelatedLocation> safeRelated = related.stream()
                .map(r -> new RelatedLocation(r.path(), r.startLine(), Redactor.redact(r.message()))).toList();
        java.util.Map<String, String> safeProperties = new java.util.TreeMap<>();
        properties.forEach((k, v) -> safeProperties.put(k, Redactor.redact(v)));
        Finding finding = new Finding(rule.id(), severity, location, Redactor.redact(message), snippet,
                fingerprint(rule.id(), file.path(), file.lineText(location.startLine())), false, null, safeRelated,
                fixes, rule.helpUri(), safeProperties);
        String reason = suppressions.reason(rule.id(), location.startLine());
        sink.add(reason == null ? finding : finding.withSuppression(Redactor.redact(reason)));
    }

    private String snippet(Location location) {
        int last = Math.min(location.endLine(), location.startLine() + MAX_SNIPPET_LINES - 1);
        if (location.endLine() > location.startLine() && location.endColumn() == 1) {
            last = Math.max(location.startLine(), Math.min(last, location.endLine() - 1));
        }
        StringBuilder sb = new StringBuilder();
        for (int line = location.startLine(); line <= last; line++) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(file.lineText(line));
        }
        if (rule.tags().contains(Tags.CREDENTIAL) && location.endLine() == location.startLine()) {
            // a credential rule points at the secret itself: mask it whatever its shape
            int from = location.startColumn() - 1;
            int to = Math.min(sb.length(), location.endColumn() - 1);
            if (from >= 0 && from < to) {
                sb.replace(from, to, Redactor.mask(sb.substring(from, to)));
            }
        }
        return Redactor.redact(sb.toString());
    }

    static String fingerprint(String ruleId, String path, String lineText) {
        String normalised = lineText.strip().replaceAll("\\s+", " ");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ruleId + "\u0000" + path + "\u0000" + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
