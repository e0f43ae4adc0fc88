package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
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
    public record Place(TextRange range, List<RelatedLocation> related) {}

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
        return Optional.of(new Place(narrow(facts.file(), segment.origin(), matched), List.of()));
    }

    /** Every match of {@code pattern} (group {@code group}) in every string expression, placed. */
    public static void each(CodeFacts facts, Pattern pattern, int group, Predicate<FoldedString> ownMatch,
                            Predicate<FoldedString> accept, Reporter reporter) {
        for (StringExpr expr : facts.strings()) {
            FoldedString folded = facts.fold(expr);
            if (!accept.test(folded)) {
                continue;
            }
            Matcher m = pattern.matcher(folded.text());
            while (m.find()) {
                int start = m.start(group);
                place(facts, folded, start, m.end(group) - start, ownMatch)
                        .ifPresent(p -> reporter.report(expr, folded, m.toMatchResult(), p));
            }
        }
    }

    /** Receives one placed match. */
    @FunctionalInterface
    public interface Reporter {
        void report(StringExpr expr, FoldedString folded, java.util.regex.MatchResult match, Place place);
    }

    /** The matched text inside the literal's source, when the source spells it the same way. */
    private static TextRange narrow(SourceFile file, TextRange literal, String matched) {
        String cleaned = matched.replace(String.valueOf(FoldedString.HOLE), "");
        if (cleaned.isBlank() || literal.end() > file.text().length()) {
            return literal;
        }
        String source = file.slice(literal);
        int at = source.toLowerCase(java.util.Locale.ROOT).indexOf(cleaned.toLowerCase(java.util.Locale.ROOT));
        if (at < 0) {
            return literal;
        }
        return new TextRange(literal.start() + at, literal.start() + at + cleaned.length());
    }

    private static String simpleName(String key) {
        int colon = key.lastIndexOf(':');
        String k = colon >= 0 ? key.substring(colon + 1) : key;
        int dot = k.lastIndexOf('.');
        int previous = dot > 0 ? k.lastIndexOf('.', dot - 1) : -1;
        return k.substring(previous + 1);
    }
}
