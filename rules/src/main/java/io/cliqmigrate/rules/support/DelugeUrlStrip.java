package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes {@code authtoken=…} and authtoken-era {@code scope=…api} parameters from a Deluge URL expression, a
 * literal or a concatenation ({@code "…?authtoken=" + tok + "&scope=crmapi&x=1"} becomes {@code "…?x=1"}), keeping
 * the rest of the query and its {@code ?}/{@code &} right; empty parameters ({@code &&}) go with them.
 */
public final class DelugeUrlStrip {
    /** Stands for a piece that is not a literal (a variable, a call) in the URL's text. */
    private static final char OPERAND = '\u0000';

    /** The expression's new source ({@code text}), and whether anything was removed. */
    public record Result(String text, boolean changed) {}

    private DelugeUrlStrip() {}

    /** The URL without its legacy parameters, or empty when the expression is too dynamic to edit safely. */
    public static Optional<Result> strip(CodeFacts facts, StringExpr url) {
        Optional<boolean[]> removed = removed(url.parts());
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        if (removed.get().length == 0) {
            return Optional.of(new Result(facts.sourceText(url.range()), false));
        }
        return rebuild(facts, url, virtual(url.parts()), removed.get()).map(t -> new Result(t, true));
    }

    /**
     * The URL's text with each part that is not a literal written as one {@link #OPERAND} character: the text
     * {@link #removed} marks.
     */
    public static String virtual(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            text.append(part instanceof Part.Literal literal ? literal.value() : String.valueOf(OPERAND));
        }
        return text.toString();
    }

    /**
     * Which characters of the URL's {@link #virtual} text go: the legacy parameters with their separators; an
     * empty array when none is there, empty when one is but its value is too dynamic to remove safely.
     */
    public static Optional<boolean[]> removed(List<Part> parts) {
        String virtual = virtual(parts);
        boolean[] removed = new boolean[virtual.length()];
        int query = virtual.indexOf('?');
        if (query < 0) {
            return Optional.of(new boolean[0]);
        }
        int end = virtual.indexOf('#', query);
        end = end < 0 ? virtual.length() : end;
        List<int[]> params = new ArrayList<>();
        for (int s = query + 1; s <= end; ) {
            int e = virtual.indexOf('&', s);
            e = e < 0 || e > end ? end : e;
            params.add(new int[] {s, e});
            s = e + 1;
        }
        boolean anyRemoved = false;
        boolean anyKept = false;
        boolean keptBefore = false;
        for (int i = 0; i < params.size(); i++) {
            int[] param = params.get(i);
            String p = virtual.substring(param[0], param[1]);
            Boolean legacy = legacy(p, param[1] == virtual.length() || virtual.charAt(param[1]) == '&');
            if (legacy == null) {
                return Optional.empty();
            }
            // an empty parameter ("&&", a trailing "&") goes with the strip, so none is left dangling
            boolean drop = legacy || p.isBlank();
            if (drop) {
                anyRemoved |= legacy;
                java.util.Arrays.fill(removed, param[0], param[1], true);
            } else {
                anyKept = true;
            }
            // the separator before a parameter stays only between two kept parameters
            if (i > 0 && !(keptBefore && !drop)) {
                removed[param[0] - 1] = true;
            }
            keptBefore |= !drop;
        }
        if (!anyRemoved) {
            return Optional.of(new boolean[0]);
        }
        if (!anyKept) {
            removed[query] = true;
        }
        return Optional.of(removed);
    }

    /**
     * Whether a {@code name=value} parameter is a legacy one to drop; {@code null} when it is but its value is not
     * a literal or a single variable that ends the parameter.
     */
    private static Boolean legacy(String param, boolean endsAtSeparator) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : param.substring(eq + 1);
        if (name.equals("authtoken") || name.equals("auth_token")) {
            long operands = value.chars().filter(c -> c == OPERAND).count();
            return operands == 0 || operands == 1 && value.equals(String.valueOf(OPERAND)) && endsAtSeparator
                    ? Boolean.TRUE : null;
        }
        if (name.equals("scope") && ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value).matches()) {
            return Boolean.TRUE;
        }
        return name.indexOf(OPERAND) >= 0 && name.length() > 1 ? null : Boolean.FALSE;
    }

    private static Optional<String> rebuild(CodeFacts facts, StringExpr url, String virtual,
                                            boolean[] removed) {
        List<Part> parts = url.parts();
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = null;
        int pos = 0;
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            if (part instanceof Part.Literal lit) {
                String source = facts.sourceText(lit.range());
                if (!source.equals("\"" + lit.value() + "\"")) {
                    return Optional.empty(); // escapes inside: offsets in the value are not offsets in the source
                }
                StringBuilder kept = new StringBuilder();
                for (int k = 0; k < lit.value().length(); k++, pos++) {
                    if (!removed[pos]) {
                        kept.append(virtual.charAt(pos));
                    }
                }
                if (literal == null) {
                    literal = new StringBuilder();
                }
                literal.append(kept);
            } else {
                boolean gone = removed[pos++];
                if (!gone) {
                    if (literal != null && !literal.isEmpty()) {
                        pieces.add("\"" + literal + "\"");
                    }
                    literal = null;
                    pieces.add(facts.sourceText(part.range()));
                }
            }
        }
        if (literal != null && (!literal.isEmpty() || pieces.isEmpty())) {
            pieces.add("\"" + literal + "\"");
        }
        return Optional.of(String.join(" + ", pieces));
    }
}
