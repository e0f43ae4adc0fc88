package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a match in a folded string into the place to report it: the literal that holds the matched text
 * (narrowed to the text itself where the source spells it out), or the constant reference that brought it
 * in. A match that a referenced constant already makes on its own is reported where that constant is
 * declared, so one legacy URL used in ten places is one finding, not eleven.
 */
public final class StringMatches {

    /** Where to report, and the constant declaration behind it if the text came through one. */
    public record Place(TextRange range, List<RelatedLocation> related) {

        /**
         * Reports a secret value matched here ({@code length} characters). The place is named as the secret when
         * it is the value as written, not the reference that brought the value in (a name) nor the whole literal
         * around it (a URL).
         */
        public void reportSecret(RuleContext ctx, int length, String message, List<Fix> fixes) {
            if (related.isEmpty() && range.length() == length) {
                ctx.secret(range);
            }
            ctx.report(range, message, related, fixes);
        }
    }

    private StringMatches() {}

    /**
     * The place for the character at {@code offset} of {@code folded}, or empty when a referenced constant
     * satisfies {@code ownMatch} by itself (it is reported at its declaration).
     */
    public static Optional<Place> place(CodeFacts facts, FoldedString folded, int offset, int length,
                                        Predicate<FoldedString> ownMatch) {
        FoldedString.Segment segment = folded.segmentAt(offset);
        if (segment == null) {
            return Optional.empty();
        }
        if (segment.kind() == FoldedString.Kind.REFERENCE) {
            FoldedString.Reference ref = segment.reference();
            if (ownMatch.test(ref.value())) {
                return Optional.empty();
            }
            return Optional.of(new Place(segment.origin(), List.of(new RelatedLocation(ref.path(), ref.line(),
                    "value of " + simpleName(ref.key()) + " is defined here"))));
        }
        String matched = folded.text().substring(offset, Math.min(folded.text().length(), offset + length));
        return Optional.of(new Place(narrow(facts.file(), segment, folded.offsetInSegment(offset), matched),
                List.of()));
    }

    /**
     * Every match of {@code pattern} in every string expression that {@code accept} lets through, placed at
     * group {@code group}. {@code ownMatch} says when a referenced constant makes the match by itself.
     */
    public static void each(CodeFacts facts, Pattern pattern, int group, Predicate<FoldedString> ownMatch,
                            MatchFilter accept, Reporter reporter) {
        for (StringExpr expr : facts.strings()) {
            FoldedString folded = facts.fold(expr);
            Matcher m = pattern.matcher(folded.text());
            while (m.find()) {
                java.util.regex.MatchResult match = m.toMatchResult();
                if (!accept.test(expr, folded, match)) {
                    continue;
                }
                int start = m.start(group);
                place(facts, folded, start, m.end(group) - start, ownMatch)
                        .ifPresent(p -> reporter.report(expr, folded, match, p));
            }
        }
    }

    /** Every match, whatever its surroundings. */
    public static final MatchFilter ALL = (expr, folded, match) -> true;

    /** Decides whether one match counts, knowing its expression and its folded text. */
    @FunctionalInterface
    public interface MatchFilter {
        boolean test(StringExpr expr, FoldedString folded, java.util.regex.MatchResult match);
    }

    /** Receives one placed match. */
    @FunctionalInterface
    public interface Reporter {
        void report(StringExpr expr, FoldedString folded, java.util.regex.MatchResult match, Place place);
    }

    /**
     * The matched text inside the literal's source, when the source spells it the same way: of several
     * occurrences, the one nearest to where the match sits in the literal's value (for a text block, on the
     * same line of the block).
     */
    private static TextRange narrow(SourceFile file, FoldedString.Segment segment, int offsetInValue,
                                    String matched) {
        TextRange literal = segment.origin();
        String cleaned = matched.replace(String.valueOf(FoldedString.HOLE), "");
        int holeAt = matched.indexOf(FoldedString.HOLE);
        if (holeAt > 0) {
            cleaned = matched.substring(0, holeAt);
        }
        if (cleaned.isBlank() || literal.end() > file.text().length()) {
            return literal;
        }
        String source = file.slice(literal).toLowerCase(java.util.Locale.ROOT);
        String needle = cleaned.toLowerCase(java.util.Locale.ROOT);
        int expected = expectedRawOffset(source, segment.whole(), segment.offsetInWhole() + offsetInValue);
        int best = -1;
        for (int at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) {
            if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) {
                best = at;
            }
        }
        return best < 0 ? literal : new TextRange(literal.start() + best, literal.start() + best + cleaned.length());
    }

    /**
     * Roughly where a value offset lies in the literal's source: after the quote, or for a text block at the same
     * column of the same line (after the block's indentation).
     */
    private static int expectedRawOffset(String source, String value, int offsetInValue) {
        if (!source.startsWith("\"\"\"")) {
            return 1 + offsetInValue;
        }
        int end = Math.min(offsetInValue, value.length());
        int line = 0;
        int lineStartInValue = 0;
        for (int i = 0; i < end; i++) {
            if (value.charAt(i) == '\n') {
                line++;
                lineStartInValue = i + 1;
            }
        }
        int at = 0;
        for (int i = 0; i <= line && at >= 0; i++) {
            at = source.indexOf('\n', at) + 1;
        }
        at = Math.max(0, at);
        while (at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
            at++;
        }
        return at + (end - lineStartInValue);
    }

    private static String simpleName(String key) {
        int colon = key.lastIndexOf(':');
        String k = colon >= 0 ? key.substring(colon + 1) : key;
        int dot = k.lastIndexOf('.');
        int previous = dot > 0 ? k.lastIndexOf('.', dot - 1) : -1;
        return k.substring(previous + 1);
    }
}
