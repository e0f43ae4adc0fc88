package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A password written as a literal argument of the file's own helper that sends one of its parameters as the
 * {@code PASSWORD} field of the authtoken generator or the ticket login: {@code get_ticket("ZohoCRM", "user",
 * "secret")} where {@code def get_ticket(servicename, loginid, pass)} builds {@code "…&PASSWORD=" + pass}. The
 * caller holds the password, not the helper.
 */
public final class HelperPasswords {
    /**
     * The PASSWORD field filled with a bare name: concatenated ({@code "&PASSWORD=" + pass}, PHP's {@code .}),
     * interpolated ({@code #{pass}}, {@code ${pass}}, {@code {pass}}, PHP's {@code $pass}) or a form entry
     * ({@code 'PASSWORD' => pass}, {@code PASSWORD: pass}); group 1 is the name.
     */
    private static final Pattern SENT = Pattern.compile("PASSWORD(?:=(?:[\"'`]\\s*[+.]\\s*|#\\{\\s*|\\$\\{\\s*|\\{\\s*"
            + "|(?=\\$))|[\"']?\\s*(?:=>|:)\\s*)[$@]?(\\w+)(?![\\w\\[.(])");
    /** {@code def name(a, b)}, {@code function name($a, $b)}: group 1 the name, group 2 the parameters. */
    private static final Pattern DEFINITION = Pattern.compile("\\b(?:def|function)\\s+(\\w+)\\s*\\(([^)]*)\\)");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[$@]?(\\w+)\\s*$");

    private HelperPasswords() {}

    /** The literal arguments the file passes where its own helper takes the password it sends. */
    public static List<TextRange> in(CodeFacts facts) {
        String text = facts.file().text();
        List<TextRange> passwords = new ArrayList<>();
        Matcher sent = SENT.matcher(text);
        while (sent.find()) {
            Matcher definition = DEFINITION.matcher(text).region(0, sent.start());
            String helper = null;
            int index = -1;
            while (definition.find()) {
                helper = definition.group(1);
                index = parameters(definition.group(2)).indexOf(sent.group(1));
            }
            if (helper == null || index < 0) {
                continue;
            }
            Matcher call = Pattern.compile("(?<![\\w.$>:])" + Pattern.quote(helper) + "\\s*\\(").matcher(text);
            while (call.find()) {
                if (!defines(text, call.start()) && !Lines.inComment(facts, call.start())) {
                    CallArguments.at(text, call.end(), index).flatMap(a -> CallArguments.literalInside(text, a))
                            .ifPresent(passwords::add);
                }
            }
        }
        return passwords;
    }

    /**
     * The arguments, not written out, that the file hands to its own function or method at the place of a parameter
     * it sends as the {@code PASSWORD} field, when they say they are a password: {@code auth.getAccessToken(email,
     * result.password, cb)} for {@code getAccessToken (user, password, cb) {…&PASSWORD=${password}…}}. The caller is
     * where the password is asked for or read.
     */
    public static List<TextRange> namedArguments(CodeFacts facts) {
        java.util.Set<String> sent = new java.util.HashSet<>();
        Matcher m = SENT.matcher(facts.file().text());
        while (m.find()) {
            sent.add(m.group(1));
        }
        if (sent.isEmpty()) {
            return List.of();
        }
        return TokenParameters.argumentsTo(facts, sent::contains).stream().filter(argument -> {
            String written = facts.file().slice(argument).strip();
            return NAMED_PASSWORD.matcher(written).matches() && !OWN_FIELD.matcher(written).lookingAt()
                    && !sent.contains(written.replaceFirst("^[$@]", ""));
        }).toList();
    }

    /**
     * Names and members that say password ({@code result.password}, {@code $pass}, {@code answer.pwd || answer}); not
     * a literal, and not a read of a setting ({@code getenv('ZOHO_PASSWORD')}, {@code ENV["…"]}), which is reported
     * where the setting is.
     */
    /** The object's own field ({@code self.login(@login_name, @password)}): it keeps what its creator was given. */
    private static final Pattern OWN_FIELD = Pattern.compile("@|self\\.|this\\.|\\$this->");
    private static final Pattern NAMED_PASSWORD = Pattern.compile("(?i)(?=.*(?:pass|pwd))[$@]?[\\w.$>\\-]+(?:\\s*\\|\\|\\s*[\\w.$]+)?");

    /** {@code servicename, loginid, pass} and {@code string $user, string $pass = ''} give their names in order. */
    private static List<String> parameters(String list) {
        List<String> names = new ArrayList<>();
        for (String parameter : list.split(",")) {
            Matcher name = PARAMETER_NAME.matcher(parameter.split("=")[0].split(":")[0]);
            names.add(name.find() ? name.group(1) : "");
        }
        return names;
    }

    private static boolean defines(String text, int at) {
        String before = text.substring(Lines.startOf(text, at), at).strip();
        return before.endsWith("def") || before.endsWith("function");
    }
}
