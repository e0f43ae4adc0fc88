package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.List;

/** One piece of a string expression as a language adapter sees it, before constants are resolved. */
public sealed interface Part permits Part.Literal, Part.Hole, Part.Ref {

    /** Where the piece stands in the file (the whole literal, quotes included). */
    TextRange range();

    /**
     * Known text, already unescaped. {@code offsets} says where each of its characters is written in the file
     * ({@code null} when the adapter did not map it: then only the whole {@code range} is known), so a match in the
     * value is reported at the exact source that writes it, escapes and all. A piece cut from a longer literal (a
     * format string split at its {@code %s}) keeps the offsets of its own characters.
     */
    record Literal(String value, TextRange range, SourceOffsets offsets) implements Part {
        public Literal(String value, TextRange range) {
            this(value, range, null);
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
