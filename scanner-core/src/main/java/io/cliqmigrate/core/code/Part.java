package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.List;

/** One piece of a string expression as a language adapter sees it, before constants are resolved. */
public sealed interface Part permits Part.Literal, Part.Hole, Part.Ref {

    /** Where the piece stands in the file (the whole literal, quotes included). */
    TextRange range();

    /** Known text, already unescaped. */
    record Literal(String value, TextRange range) implements Part {}

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
