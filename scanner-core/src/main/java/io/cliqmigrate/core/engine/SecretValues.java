package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one file writes out a secret value, read from its facts: the value of a setting, variable or map entry
 * named like a credential ({@code zoho.password}, {@code client_secret}, {@code put("refresh_token", …)}), a
 * credential's value in a literal query or form string ({@code &PASSWORD=…}), the e-mail address that goes with
 * a password to the authtoken generator (half of the credential), and literals shaped like tokens. Only values:
 * keys, names, paths and URLs stay readable in a code frame.
 */
final class SecretValues {
    /** A credential key inside a literal query or form string, up to its {@code =}. */
    private static final Pattern QUERY_KEY = Pattern.compile("(?i)(?<![\\w.-])[\\w.-]*?(?<key>auth_?token|zapikey"
            + "|password|passwd|pwd|pass|client_?secret|refresh_?token|access_?token|api_?key|token|secret"
            + "|e_?mail(?:_?id)?)=");
    /** A key written as a value: {@code put("client_secret", …)}. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[\\w.\\[\\]-]{2,80}");
    /**
     * What stands between a key and its value in a map: {@code 'k' => 'v'}, {@code "k": {"v"}}, {@code "k" -> "v"},
     * {@code ["k"] = "v"}. Not a comma, which in a map ends an entry ({@code "grant_type": "refresh_token", …}).
     */
    private static final Pattern PAIR_PUNCTUATION = Pattern.compile("[\\s\\]]*(?::|=>|->|=|to)[\\s{\\[(]*");
    private static final Pattern EMAIL_NAME = Pattern.compile("(?i)e_?mail");
    private static final Pattern GENERATOR = Pattern.compile("(?i)apiauthtoken|EMAIL_ID");
    private static final Pattern PASSWORD_WORD = Pattern.compile("(?i)passw(?:or)?d|pwd");
    /** Zoho OAuth and webhook tokens, hex secrets and long mixed runs: the shapes of a token written alone. */
    private static final Pattern TOKEN = Pattern.compile(
            "100\\d\\.[0-9a-fA-F]{16,}\\.[0-9a-fA-F]{16,}|[0-9a-fA-F]{28,}|[0-9A-Za-z]{28,}");

    private final CodeFacts facts;
    private final String text;
    private final FoldedCredentials folded;
    /** Whether the file sends an e-mail address and a password to the authtoken generator; read when asked. */
    private Boolean generatorLogin;
    private final Set<TextRange> scanned = new HashSet<>();
    private final List<TextRange> ranges = new ArrayList<>();

    private SecretValues(CodeFacts facts) {
        this.facts = facts;
        this.text = facts.file().text();
        this.folded = new FoldedCredentials(facts, range -> addValue(range.start(), range.end()));
    }

    private boolean generatorLogin() {
        if (generatorLogin == null) {
            generatorLogin = GENERATOR.matcher(text).find() && PASSWORD_WORD.matcher(text).find();
        }
        return generatorLogin;
    }

    /** The ranges of the secret values written in the file (a value written in pieces, piece by piece). */
    static List<TextRange> in(CodeFacts facts) {
        SecretValues values = new SecretValues(facts);
        for (Binding binding : facts.bindings()) {
            values.named(binding.name(), binding.value());
            values.literals(binding.value());
            values.folded(binding.value());
        }
        for (CallFact call : facts.calls()) {
            List<StringExpr> args = call.args();
            for (int i = 0; i + 1 < args.size(); i += 2) {
                String key = args.get(i).literalValue();
                if (key != null && KEY_SHAPE.matcher(key).matches()) {
                    values.named(key, args.get(i + 1));
                }
            }
        }
        for (StringExpr expr : facts.strings()) {
            values.literals(expr);
            values.folded(expr);
        }
        return values.ranges;
    }

    /**
     * Credential values written in other pieces than their key, found in the folded expression; only expressions
     * whose literals name a credential key are folded.
     */
    private void folded(StringExpr expr) {
        if (expr == null || expr.parts().size() < 2 || !namesCredentialKey(expr)) {
            return;
        }
        FoldedString string = facts.fold(expr);
        Matcher key = QUERY_KEY.matcher(string.text());
        while (key.find()) {
            if (!EMAIL_NAME.matcher(key.group("key")).lookingAt() || generatorLogin()) {
                folded.valueAfter(string, key.end());
            }
        }
    }

    private static boolean namesCredentialKey(StringExpr expr) {
        for (Part part : expr.parts()) {
            if (part instanceof Part.Literal literal && literal.value().indexOf('=') >= 0
                    && QUERY_KEY.matcher(literal.value()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A value given to a name: secret when the name says credential and the value is written out like one. */
    private void named(String name, StringExpr value) {
        if (value != null && value.hasLiteral()) {
            named(name, value.parts());
        }
    }

    private void named(String name, List<Part> value) {
        StringBuilder written = new StringBuilder();
        for (Part part : value) {
            if (part instanceof Part.Literal literal) {
                written.append(literal.value());
            }
        }
        String v = written.toString();
        if (Redactor.isSecretSetting(name, v) || isLoginEmail(name, v)) {
            for (Part part : value) {
                if (part instanceof Part.Literal) {
                    ranges.add(part.range());
                }
            }
        }
    }

    private boolean isLoginEmail(String name, String value) {
        return value.indexOf('@') > 0 && EMAIL_NAME.matcher(name).find() && generatorLogin();
    }

    /** Credential values inside the literals of an expression, and literals that are tokens by themselves. */
    private void literals(StringExpr expr) {
        if (expr == null) {
            return;
        }
        List<Part> parts = expr.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.get(i) instanceof Part.Literal literal) || literal.range().end() > text.length()) {
                continue;
            }
            // a key and its value in one statement: 'PASSWORD' => 'v', "PASSWORD": {"v"}, ["PASSWORD"] = "v"
            if (i + 2 < parts.size() && parts.get(i + 1) instanceof Part.Hole between
                    && parts.get(i + 2) instanceof Part.Literal && between.text().length() <= 6
                    && PAIR_PUNCTUATION.matcher(between.text()).matches()
                    && KEY_SHAPE.matcher(literal.value()).matches()) {
                named(literal.value(), List.of(parts.get(i + 2)));
            }
            if (!scanned.add(literal.range())) {
                continue; // the same literal, reached through another expression
            }
            String value = literal.value().strip();
            if (value.length() >= 28 && TOKEN.matcher(value).matches() && Redactor.hasDigitAndLetter(value)) {
                ranges.add(literal.range());
                continue;
            }
            if (literal.value().indexOf('=') < 0) {
                continue;
            }
            Matcher key = QUERY_KEY.matcher(text).region(literal.range().start(), literal.range().end());
            while (key.find()) {
                if (EMAIL_NAME.matcher(key.group("key")).lookingAt() && !generatorLogin()) {
                    continue;
                }
                int end = valueEnd(key.end(), literal.range().end());
                if (end > key.end()) {
                    addValue(key.end(), end);
                }
            }
        }
    }

    /**
     * Where a value that starts at {@code from} ends: at the next field ({@code &}), the end of the line or of the
     * literal, or an escape ({@code \n}, {@code \"}). Spaces belong to the value: a password may hold them.
     */
    private int valueEnd(int from, int limit) {
        int at = from;
        while (at < limit) {
            char c = text.charAt(at);
            if (c == '&' || c == '\n' || c == '\r'
                    || c == '\\' && at + 1 < limit && "nrt\"'".indexOf(text.charAt(at + 1)) >= 0) {
                break;
            }
            at++;
        }
        // the literal's closing quote is not part of the value
        while (at > from && "\"'`".indexOf(text.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    private void addValue(int start, int end) {
        String value = text.substring(start, end);
        String unquoted = value.replaceFirst("^[\"'`]+", "");
        // a pattern that reads the value ("AUTHTOKEN=(\\w+)") shows no value
        boolean pattern = !unquoted.isEmpty() && "([\\".indexOf(unquoted.charAt(0)) >= 0;
        if (!unquoted.isBlank() && !pattern && !Redactor.isPlaceholder(unquoted)) {
            ranges.add(new TextRange(start, end));
        }
    }
}
