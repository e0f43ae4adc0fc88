package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of Python's {@code str.format} that fill a Zoho URL template's {@code authtoken} placeholder:
 * {@code "…/getModules?authtoken={0}&scope=crmapi".format('9354…')}. The lexical reader keeps the template and the
 * arguments side by side, not substituted, so the value sent as the authtoken is found here, from the source.
 */
public final class FormatArguments {
    /** {@code authtoken={}}, {@code authtoken={1}} or {@code authtoken={token}}: group 1 the field, empty if automatic. */
    private static final Pattern TOKEN_FIELD = Pattern.compile("(?i)(?:[?&]|^)auth_?token=\\{(\\w*)}");
    private static final Pattern FIELD = Pattern.compile("\\{(\\w*)}");
    private static final Pattern FORMAT_CALL = Pattern.compile("^\\s*\\.\\s*format\\s*\\(");

    private FormatArguments() {}

    /** The source of each argument that fills an authtoken placeholder of a {@code .format(…)} template. */
    public static List<TextRange> tokenArguments(CodeFacts facts) {
        List<TextRange> found = new ArrayList<>();
        if (!"python".equals(facts.file().languageId())) {
            return found;
        }
        String text = facts.file().text();
        for (StringExpr expr : facts.strings()) {
            for (Part part : expr.parts()) {
                if (!(part instanceof Part.Literal literal)) {
                    continue;
                }
                Matcher token = TOKEN_FIELD.matcher(literal.value());
                if (!token.find() || !ZohoPatterns.ZOHO_HOST.matcher(literal.value()).find()
                        && !facts.hasZohoContext(expr.scope())) {
                    continue;
                }
                Matcher call = FORMAT_CALL.matcher(text).region(templateEnd(text, literal.range().end()),
                        text.length());
                if (!call.lookingAt()) {
                    continue;
                }
                argument(text, call.end(), literal.value(), token).map(a -> withoutComments(text, a))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Where the template ends: past the literals written after it, which Python joins to it
     * ({@code ("…{}&authtoken={}" "&scope=crmapi").format(…)}), the comments between them and a closing parenthesis.
     */
    private static int templateEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ')') {
                i++;
            } else if (c == '#') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol + 1;
            } else if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                while (close > 0 && text.charAt(close - 1) == '\\') {
                    close = text.indexOf(c, close + 1);
                }
                if (close < 0) {
                    return text.length();
                }
                i = close + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The argument without the comment lines written before it. */
    private static TextRange withoutComments(String text, TextRange argument) {
        int start = argument.start();
        while (start < argument.end() && text.charAt(start) == '#') {
            int eol = text.indexOf('\n', start);
            if (eol < 0 || eol >= argument.end()) {
                return argument;
            }
            start = eol + 1;
            while (start < argument.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        return new TextRange(start, argument.end());
    }

    /** The argument a field takes: by its number, or by its place among the automatically numbered fields. */
    private static java.util.Optional<TextRange> argument(String text, int open, String template, Matcher token) {
        String field = token.group(1);
        if (field.isEmpty()) {
            int index = 0;
            Matcher fields = FIELD.matcher(template);
            while (fields.find() && fields.start() < token.start(1) - 1) {
                index++;
            }
            return CallArguments.at(text, open, index);
        }
        if (field.chars().allMatch(Character::isDigit)) {
            return CallArguments.at(text, open, Integer.parseInt(field));
        }
        // a named field: the keyword argument of that name
        for (int i = 0; ; i++) {
            java.util.Optional<TextRange> arg = CallArguments.at(text, open, i);
            if (arg.isEmpty()) {
                return arg;
            }
            Matcher named = Pattern.compile("^" + Pattern.quote(field) + "\\s*=\\s*").matcher(
                    text.substring(arg.get().start(), arg.get().end()));
            if (named.find()) {
                return java.util.Optional.of(new TextRange(arg.get().start() + named.end(), arg.get().end()));
            }
        }
    }
}
