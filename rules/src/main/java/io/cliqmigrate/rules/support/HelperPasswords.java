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
    private static final Pattern SENT = Pattern.compile("(?<![\\w$])PASSWORD(?:=(?:[\"'`]\\s*[+.]\\s*|#\\{\\s*|\\$\\{\\s*|\\{\\s*"
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
     * that function sends as the {@code PASSWORD} field, when they say they are a password: {@code
     * auth.getAccessToken(email, result.password, cb)} for a method {@code getAccessToken (user, password, cb)}
     * building {@code …&PASSWORD=${password}}. The caller is where the password is asked for or read.
     */
    public static List<TextRange> namedArguments(CodeFacts facts) {
        if (!facts.file().text().contains("PASSWORD")) {
            return List.of();
        }
        return TokenParameters.argumentsToSent(facts, SENT).stream().filter(argument -> {
            String written = facts.file().slice(argument).strip();
            return namedPassword(written) && !TokenParameters.passedThrough(facts, argument.start(),
                    written.replaceFirst("^[$@]", ""));
        }).toList();
    }

    /**
     * A name or member path whose last name says password ({@code result.password}, {@code $pass}, {@code
     * answer.pwd || answer}); not a literal, not a setting read ({@code process.env.ZOHO_PASSWORD}, {@code
     * getenv(…)}), reported where the setting is, and not the object's own field ({@code self.login(@login_name,
     * @password)}), which keeps what its creator was given.
     */
    private static boolean namedPassword(String written) {
        Matcher path = NAME_PATH.matcher(written);
        if (!path.matches() || OWN_OR_SETTING.matcher(written).lookingAt()) {
            return false;
        }
        String dotted = path.group(1).replace("->", ".");
        return isPasswordName(dotted.substring(dotted.lastIndexOf('.') + 1).replace("$", ""));
    }

    /** A name that says password: {@code password}, {@code zoho_passwd}, {@code userPwd}, or just {@code pw}, {@code pass}. */
    public static boolean isPasswordName(String name) {
        List<String> words = ZohoPatterns.words(name);
        return words.contains("password") || words.contains("passwd") || words.contains("pwd")
                || words.equals(List.of("pw")) || words.equals(List.of("pass"));
    }

    /** A name or member path, with one fallback after it ({@code answer.password || answer}); group 1 the path. */
    private static final Pattern NAME_PATH = Pattern.compile(
            "([$@]?[A-Za-z_]\\w*(?:\\s*(?:\\.|->)\\s*[A-Za-z_]\\w*)*)(?:\\s*\\|\\|\\s*[$@]?[\\w.]+)?");
    private static final Pattern OWN_OR_SETTING = Pattern.compile(
            "@|self\\.|this\\.|\\$this->|process\\.env\\b|ENV\\b|env\\.|os\\.environ|System\\.|\\$_(?:ENV|SERVER)"
                    + "|(?:config|settings|conf|cfg|secrets|Settings|Configuration)\\s*(?:\\.|->|::)");

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
