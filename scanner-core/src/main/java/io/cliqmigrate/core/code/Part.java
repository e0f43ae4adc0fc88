package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.List;

/** One piece of a string expression as a language adapter sees it, before constants are resolved. */
public sealed interface Part permits Part.Literal, Part.Hole, Part.Ref {

    /** Where the piece stands in the file (the whole literal, quotes included). */
    TextRange range();

    /**
     * Known text, already unescaped. A piece cut from a longer literal (a format string split at its
     * {@code %s}) keeps that literal's whole value and where in it the piece starts, so a match can be traced
     * back to its line.
     */
    record Literal(String value, TextRange range, String whole, int offsetInWhole) implements Part {
        public Literal(String value, TextRange range) {
            this(value, range, value, 0);
        }
    }

    /** A value not known statically; {@code text} is its source, kept as a hint (a variable or call name). */
    record Hole(String text, TextRange range) implements Part {}

    /**
     * A reference to a named constant that may live in another file; {@code keys} are candidate symbol keys in
     * order of preference, {@code text} is the source text used when it cannot be resolved.
     */
    record Ref(List<String> keys, String text, TextRange range) implements Part {
        public Ref {
            keys = List.copyOf(keys);
        }
    }
}
