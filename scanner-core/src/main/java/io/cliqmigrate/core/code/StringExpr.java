package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.List;

/**
 * A string-valued expression: a literal, a concatenation, a format call, a builder chain or a text block,
 * flattened into parts. {@code scope} names the enclosing type and member ({@code Type#member}).
 */
public record StringExpr(List<Part> parts, TextRange range, String scope) {
    public StringExpr {
        parts = List.copyOf(parts);
    }

    public static StringExpr literal(String value, TextRange range, String scope) {
        return new StringExpr(List.of(new Part.Literal(value, range)), range, scope);
    }

    public static StringExpr hole(String text, TextRange range, String scope) {
        return new StringExpr(List.of(new Part.Hole(text, range)), range, scope);
    }

    /** The literal text when every part is a literal, else {@code null}. */
    public String literalValue() {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (!(part instanceof Part.Literal literal)) {
                return null;
            }
            sb.append(literal.value());
        }
        return sb.toString();
    }

    public boolean hasLiteral() {
        return parts.stream().anyMatch(p -> p instanceof Part.Literal);
    }
}
