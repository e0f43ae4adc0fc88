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
    private final List<TextRange> secrets;
    private static final String QUOTES = "\"'`";

    /** {@code secrets}: where the file's secret values are written, masked in every code frame that shows them. */
    FindingCollector(SourceFile file, RuleDescriptor rule, Severity severity, Suppressions suppressions,
                     List<Finding> sink, List<TextRange> secrets) {
        this.file = file;
        this.rule = rule;
        this.severity = severity;
        this.suppressions = suppressions;
        this.sink = sink;
        this.secrets = secrets;
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
        int frameStart = file.lines().lineStart(location.startLine());
        if (rule.tags().contains(Tags.CREDENTIAL)) {
            // a credential rule points at the secret itself: mask it whatever its shape
            mask(sb, frameStart, file.lines().offset(location.startLine(), location.startColumn()),
                    file.lines().offset(location.endLine(), location.endColumn()));
        }
        for (TextRange secret : secrets) {
            mask(sb, frameStart, secret.start(), secret.end());
        }
        return Redactor.redact(sb.toString());
    }

    /**
     * Masks the part of [{@code from}, {@code to}) (file offsets) that the frame shows, line by line: the first
     * line keeps a short prefix, as single-line masks do; a value that runs on is masked whole.
     */
    private void mask(StringBuilder frame, int frameStart, int from, int to) {
        String text = file.text();
        int start = Math.max(from, frameStart);
        int end = Math.min(to, frameStart + frame.length());
        boolean first = true;
        for (int at = start; at < end; ) {
            int lineEnd = at;
            while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int a = at - frameStart;
            int b = lineEnd - frameStart;
            // the quotes around a value stay, so the frame still reads as code
            while (a < b && b <= frame.length() && QUOTES.indexOf(frame.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && b <= frame.length() && QUOTES.indexOf(frame.charAt(b - 1)) >= 0) {
                b--;
            }
            if (a >= 0 && a < b && b <= frame.length()) {
                frame.replace(a, b, first && from >= frameStart ? Redactor.mask(frame.substring(a, b))
                        : "*".repeat(b - a));
                first = false;
            }
            at = lineEnd + 1;
        }
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
