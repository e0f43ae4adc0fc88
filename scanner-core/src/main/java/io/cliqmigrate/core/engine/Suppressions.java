package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: {@code cliq-migrate:ignore[rule-id, other-id] reason} in a comment on the finding's
 * line or the line before it. Without brackets it suppresses every rule there.
 */
final class Suppressions {
    private static final Pattern MARKER = Pattern.compile(
            "cliq-migrate:ignore(?:\\[([^\\]]*)\\])?[ \\t:-]*([^\\r\\n*]*)");

    private record Entry(int line, Set<String> rules, String reason) {}

    private final List<Entry> entries = new ArrayList<>();

    Suppressions(SourceFile file, List<Comment> comments) {
        for (Comment comment : comments) {
            Matcher m = MARKER.matcher(comment.text());
            while (m.find()) {
                int line = file.lines().line(comment.range().start() + m.start());
                Set<String> rules = m.group(1) == null ? Set.of("*") : Set.of(m.group(1).trim().split("\\s*,\\s*"));
                String reason = m.group(2).replaceAll("(-->|\\*/)\\s*$", "").trim();
                entries.add(new Entry(line, rules, reason));
            }
        }
    }

    /** The reason if a finding of {@code ruleId} starting on {@code line} is suppressed, else {@code null}. */
    String reason(String ruleId, int line) {
        for (Entry e : entries) {
            if ((e.line() == line || e.line() == line - 1) && (e.rules().contains(ruleId) || e.rules().contains("*"))) {
                return e.reason().isEmpty() ? "suppressed inline" : e.reason();
            }
        }
        return null;
    }
}
