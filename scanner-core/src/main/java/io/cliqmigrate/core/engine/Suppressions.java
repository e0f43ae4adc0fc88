package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: {@code cliq-migrate:ignore[rule-id, other-id] reason} in a comment. A comment on a line of
 * its own covers that line and the next; a comment at the end of a line of code covers that line only. Without
 * brackets it suppresses every rule there. One instance serves one file and is used by one thread.
 */
final class Suppressions {
    /** A reason runs to the end of the line or of the comment, or to the next marker, which works too. */
    private static final Pattern MARKER = Pattern.compile(
            "cliq-migrate:ignore(?:\\[([^\\]]*)\\])?[ \\t:-]*((?:(?!cliq-migrate:ignore)[^\\r\\n*])*)");
    private static final String ALL = "*";

    private static final class Entry {
        final int line;
        final boolean trailing;
        final Set<String> rules;
        final String reason;
        boolean used;

        Entry(int line, boolean trailing, Set<String> rules, String reason) {
            this.line = line;
            this.trailing = trailing;
            this.rules = rules;
            this.reason = reason;
        }

        boolean covers(String ruleId, int findingLine) {
            boolean lineCovered = findingLine == line || !trailing && findingLine == line + 1;
            return lineCovered && (rules.contains(ruleId) || rules.contains(ALL));
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final String path;

    Suppressions(SourceFile file, List<Comment> comments) {
        this.path = file.path();
        for (Comment comment : comments) {
            Matcher m = MARKER.matcher(comment.text());
            while (m.find()) {
                int at = comment.written(m.start(), m.start()).start();
                int line = file.lines().line(at);
                int commentLine = file.lines().line(comment.range().start());
                boolean trailing = commentLine == line && !file.text()
                        .substring(file.lines().lineStart(line), comment.range().start()).isBlank();
                Set<String> rules = new TreeSet<>();
                if (m.group(1) == null) {
                    rules.add(ALL);
                } else {
                    for (String id : m.group(1).split(",")) {
                        if (!id.isBlank()) {
                            rules.add(id.strip());
                        }
                    }
                }
                String reason = m.group(2).replaceAll("(-->|\\*/)\\s*$", "").trim();
                entries.add(new Entry(line, trailing, rules, reason));
            }
        }
    }

    /** The reason if a finding of {@code ruleId} starting on {@code line} is suppressed, else {@code null}. */
    String reason(String ruleId, int line) {
        for (Entry e : entries) {
            if (e.covers(ruleId, line)) {
                e.used = true;
                return e.reason.isEmpty() ? "suppressed inline" : e.reason;
            }
        }
        return null;
    }

    /**
     * Comments that do not do their job: a rule id that does not exist (a typo silently suppresses nothing), or a
     * suppression of rules that all ran on this file and found nothing to suppress there.
     */
    List<ScanResult.UnusedSuppression> notes(Set<String> knownRules, Set<String> rulesRun) {
        List<ScanResult.UnusedSuppression> notes = new ArrayList<>();
        for (Entry e : entries) {
            List<String> unknown = e.rules.stream().filter(id -> !id.equals(ALL) && !knownRules.contains(id)).toList();
            if (!unknown.isEmpty()) {
                notes.add(new ScanResult.UnusedSuppression(path, e.line, "unknown rule id"
                        + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown.stream()
                        .map(id -> "'" + id + "'").toList()) + " (see 'cliq-migrate rules')"));
            } else if (!e.used && (e.rules.contains(ALL) || rulesRun.containsAll(e.rules))) {
                notes.add(new ScanResult.UnusedSuppression(path, e.line, "suppresses nothing: no finding of "
                        + (e.rules.contains(ALL) ? "any rule" : String.join(", ", e.rules)) + " on "
                        + (e.trailing ? "this line" : "this line or the next")));
            }
        }
        return notes;
    }
}
