package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
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

    /**
     * Where to report, and the constant declaration behind it if the text came through one. {@code written} is how
     * many characters of the match the range writes exactly (escapes and all), or -1 when the range only holds
     * them (the reference that brought the text in, or a whole literal whose characters are not mapped).
     */
    public record Place(TextRange range, List<RelatedLocation> related, int written) {

        /**
         * Reports a secret value matched here ({@code length} characters). The place is named as the secret when
         * it is the value as written, not the reference that brought the value in (a name) nor the whole literal
         * around it (a URL).
         */
        public void reportSecret(RuleContext ctx, int length, String message, List<Fix> fixes) {
            if (related.isEmpty() && written == length) {
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
                    "value of " + simpleName(ref.key()) + " is defined here")), -1));
        }
        // the part of the match in the literal it starts in: a hole or the next piece ends what this one writes
        int from = folded.offsetInSegment(offset);
        int to = Math.min(segment.text().length(), from + length);
        TextRange written = segment.written(from, to);
        return Optional.of(written == null ? new Place(segment.origin(), List.of(), -1)
                : new Place(written, List.of(), to - from));
    }

    /**
     * Where {@code value}, the text of an expression made of literals, is written without the blanks around it:
     * exactly, when one literal writes it, else the whole expression.
     */
    public static TextRange valueRange(CodeFacts facts, StringExpr expr, String value) {
        FoldedString folded = facts.fold(expr);
        String stripped = value.strip();
        int at = folded.text().indexOf(stripped);
        if (at < 0) {
            return expr.range();
        }
        int from = folded.offsetInSegment(at);
        TextRange written = folded.segmentAt(at).written(from, from + stripped.length());
        return written == null ? expr.range() : written;
    }

    /**
     * Every match of {@code pattern} in every string expression that {@code accept} lets through, placed at
     * group {@code group}. {@code ownMatch} says when a referenced constant makes the match by itself.
     */
    public static void each(CodeFacts facts, Pattern pattern, int group, Predicate<FoldedString> ownMatch,
                            MatchFilter accept, Reporter reporter) {
        // one matcher for every string: a file may hold tens of thousands
        Matcher m = pattern.matcher("");
        for (StringExpr expr : facts.strings()) {
            FoldedString folded = facts.fold(expr);
            m.reset(folded.text());
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

    private static String simpleName(String key) {
        int colon = key.lastIndexOf(':');
        String k = colon >= 0 ? key.substring(colon + 1) : key;
        int dot = k.lastIndexOf('.');
        int previous = dot > 0 ? k.lastIndexOf('.', dot - 1) : -1;
        return k.substring(previous + 1);
    }
}
