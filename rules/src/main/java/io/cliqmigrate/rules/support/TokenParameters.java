package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments handed to a function of the same file whose parameter it sends as the authtoken: in
 * {@code fun photo(oAuthToken: String) { … "Zoho-authtoken $oAuthToken" … }}, the argument of
 * {@code photo("<32 hex>")} is the token. The reader keeps no link from a parameter to its callers, so both are
 * found in the source: the parameters named right after {@code Zoho-authtoken } or {@code authtoken=}, the functions
 * that declare them, and those functions' calls.
 */
public final class TokenParameters {
    /** A legacy marker at the end of a literal, the token's value coming next: a header or a query parameter. */
    private static final Pattern MARKER = Pattern.compile("(?i)(?:zoho-authtoken\\s+|[?&]auth_?token=)$");
    /** The first field of a form body, {@code "authtoken=" . $this->key . "&scope=crmapi"} (see UrlContext). */
    private static final Pattern FORM_MARKER = Pattern.compile("(?i)^auth_?token=$");
    /**
     * {@code $token}, {@code ${token}}, {@code #{token}}, {@code {$token}}, {@code token}, a field of the object
     * ({@code $this->token} in a PHP string, {@code self.token}, {@code @token}): the identifier alone.
     */
    private static final Pattern INTERPOLATED = Pattern.compile(
            "^[$#]?\\{?\\s*\\$?(?:this->|this\\.|self\\.|@)?([A-Za-z_]\\w*)\\s*}?$");
    /** {@code fun name(…)}, {@code def name(…)}, {@code function name(…)}, {@code func name(…)}. */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:fun|def|function|func|sub)\\s+([A-Za-z_]\\w*)\\s*\\(([^()]*)\\)");
    /** A Java- or C#-like method: {@code Bitmap photo(String token) {}; not {@code if (token) {} and its kin. */
    private static final Pattern METHOD = Pattern.compile(
            "\\b(?!(?:if|while|for|foreach|switch|catch|function|return|using|lock|synchronized)\\b)([A-Za-z_]\\w*)"
                    + "\\s*\\(([^()]*)\\)\\s*(?:throws\\s[^{;]*)?\\{");
    /** A name this short ({@code t} in a minified bundle) names nothing to follow. */
    private static final int SHORTEST_NAME = 3;

    private TokenParameters() {}

    /** The source of each argument passed where a function of this file takes the token it sends. */
    public static List<TextRange> arguments(CodeFacts facts) {
        Set<String> names = sentNames(facts);
        return names.isEmpty() ? List.of() : argumentsTo(facts, names::contains);
    }

    /**
     * The source of each argument passed where a function or constructor of this file declares a parameter whose
     * name {@code parameter} accepts: {@code Site24x7('<32 hex>')} for {@code def __init__(self, authToken)} in
     * {@code class Site24x7}.
     */
    public static List<TextRange> argumentsTo(CodeFacts facts, java.util.function.Predicate<String> parameter) {
        return argumentsTo(facts, (declaration, name) -> parameter.test(name));
    }

    /**
     * The same, for parameters that {@code sends} finds used in the declaring function's own text (up to the next
     * declaration; group 1 the name): {@code archiveDatabase(user, password)} is not {@code tokenFor(login,
     * password)} because both name a {@code password}.
     */
    public static List<TextRange> argumentsToSent(CodeFacts facts, Pattern sends) {
        String text = facts.file().text();
        List<Declaration> all = allDeclarations(facts);
        return argumentsTo(facts, (declaration, name) -> {
            int index = firstAfter(all, declaration.start());
            int next = index < all.size() ? all.get(index).start() : text.length();
            Matcher sent = sends.matcher(text).region(declaration.start(), next);
            while (sent.find()) {
                if (sent.group(1).equals(name)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Whether {@code name} is a parameter of the last function declared before {@code at}, the one a call there is
     * most likely in: {@code cls.fetch_token(email_id, password)} inside {@code def from_email_id(cls, email_id,
     * password)} only passes on what its own caller gave it.
     */
    public static boolean passedThrough(CodeFacts facts, int at, String name) {
        List<Declaration> all = allDeclarations(facts);
        int index = firstAfter(all, at - 1) - 1;
        return index >= 0 && parameterIndex(all.get(index).parameters(), name::equals) >= 0;
    }

    /** The index of the first declaration that starts after {@code offset} in the sorted list. */
    private static int firstAfter(List<Declaration> sorted, int offset) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).start() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A function's declaration: where it starts, the name it is called by, and its parameters as written. */
    private record Declaration(int start, String name, String parameters) {}

    private static List<TextRange> argumentsTo(CodeFacts facts,
                                               java.util.function.BiPredicate<Declaration, String> parameter) {
        List<TextRange> found = new ArrayList<>();
        String text = facts.file().text();
        // each function that takes the token, with the position of that parameter and where it is declared
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        Set<Integer> declarations = new java.util.HashSet<>();
        for (Declaration declaration : declarations(facts, parameter)) {
            int at = parameterIndex(declaration.parameters(), name -> parameter.test(declaration, name));
            positions.putIfAbsent(declaration.name(), at);
            declarations.add(declaration.start());
        }
        if (positions.isEmpty()) {
            return found;
        }
        // their calls, in one pass over the file
        StringBuilder alternatives = new StringBuilder();
        positions.keySet().stream().sorted().forEach(n -> alternatives.append(alternatives.isEmpty() ? "" : "|")
                .append(Pattern.quote(n)));
        Matcher call = Pattern.compile("(?<![\\w$])(" + alternatives + ")\\s*\\(").matcher(text);
        while (call.find()) {
            if (!declarations.contains(call.start(1)) && !Lines.inComment(facts, call.start())
                    && !declaredHere(text, call.start(1))) {
                CallArguments.at(text, call.end(), positions.get(call.group(1))).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The declarations with a parameter that {@code parameter} accepts, in the order they are found. */
    private static List<Declaration> declarations(CodeFacts facts,
                                                  java.util.function.BiPredicate<Declaration, String> parameter) {
        return found(facts).stream()
                .filter(d -> parameterIndex(d.parameters(), n -> parameter.test(d, n)) >= 0).toList();
    }

    /** Every declaration of the file outside comments, by where it starts. */
    private static List<Declaration> allDeclarations(CodeFacts facts) {
        return facts.answer("tokenParameters.declarationsSorted", f -> found(f).stream()
                .sorted(java.util.Comparator.comparingInt(Declaration::start)).toList());
    }

    /** The file's declarations, read once per file. */
    private static List<Declaration> found(CodeFacts facts) {
        return facts.answer("tokenParameters.declarations", TokenParameters::findDeclarations);
    }

    /** Each function, method or constructor declared outside comments, DECLARATION's matches first. */
    private static List<Declaration> findDeclarations(CodeFacts facts) {
        List<Declaration> found = new ArrayList<>();
        String text = facts.file().text();
        for (Pattern declaration : List.of(DECLARATION, METHOD)) {
            Matcher m = declaration.matcher(text);
            while (m.find()) {
                String name = CONSTRUCTORS.contains(m.group(1)) ? enclosingClass(text, m.start()) : m.group(1);
                if (name != null && !Lines.inComment(facts, m.start())) {
                    found.add(new Declaration(m.start(1), name, m.group(2)));
                }
            }
        }
        return found;
    }

    /** The names a constructor is declared under, called by its class's name. */
    private static final Set<String> CONSTRUCTORS = Set.of("__init__", "__construct", "constructor");
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s+([A-Za-z_]\\w*)");

    /** The class a constructor at {@code at} belongs to: the last one declared before it. */
    private static String enclosingClass(String text, int at) {
        Matcher m = CLASS.matcher(text).region(0, at);
        String name = null;
        while (m.find()) {
            name = m.group(1);
        }
        return name;
    }

    /** The word that declares the name after it: {@code class Site24x7(Base):}, {@code function Site24x7(}. */
    private static final Pattern DECLARING_WORD = Pattern.compile("\\b(?:class|def|function|fun|func)[ \\t]+$");

    /** Whether the name at {@code at} is declared there, not called. */
    private static boolean declaredHere(String text, int at) {
        return DECLARING_WORD.matcher(text).region(Math.max(0, at - 20), at).useTransparentBounds(true).find();
    }

    /**
     * The identifiers a legacy header or query takes its token from: {@code token} of
     * {@code "Zoho-authtoken " + token} or {@code "…?authtoken=$token"}.
     */
    public static Set<String> sentNames(CodeFacts facts) {
        return facts.answer("tokenParameters.sentNames", TokenParameters::findSentNames);
    }

    private static Set<String> findSentNames(CodeFacts facts) {
        Set<String> names = new LinkedHashSet<>();
        if (!Guards.mentionsAuthtoken(facts)) {
            return names; // both markers say authtoken
        }
        for (StringExpr expr : facts.strings()) {
            List<Part> parts = expr.parts();
            for (int i = 0; i + 1 < parts.size(); i++) {
                // 'authtoken' => $this->tokenUser, {'authtoken': self.token}: the value of the authtoken's key
                if (parts.get(i) instanceof Part.Literal key && Calls.isAuthtokenKey(key.value())
                        && parts.get(i + 1) instanceof Part.Hole hole) {
                    Matcher value = KEYED_VALUE.matcher(hole.text());
                    if (value.find() && value.group(1).length() >= SHORTEST_NAME) {
                        names.add(value.group(1));
                    }
                }
            }
        }
        names.addAll(namesAfter(facts, MARKER, expr -> true, false));
        names.addAll(namesAfter(facts, FORM_MARKER, expr -> UrlContext.opensTokenFields(facts.fold(expr).text()), true));
        // fmt.Sprintf("?authtoken=%s&…", token, …), sprintf, String.format read lexically: the argument at the verb
        for (io.cliqmigrate.core.code.CallFact call : facts.calls()) {
            // { authtoken: apiKey } read lexically as an entry with a bare key: the entry's value
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                if (pair.keyText() != null && Calls.isAuthtokenKey(pair.keyText())) {
                    addPlainName(facts.file().slice(pair.value().range()), names);
                }
            }
            String template = call.args().isEmpty() || !PRINTF.matcher(call.simpleName()).matches() ? null
                    : call.arg(0).literalValue();
            Matcher verb = template == null ? null : PRINTF_TOKEN.matcher(template);
            if (verb == null || !verb.find()) {
                continue;
            }
            int index = 1 + (int) PRINTF_VERB.matcher(template.substring(0, verb.start(1))).results().count();
            if (index < call.args().size()) {
                addPlainName(facts.file().slice(call.arg(index).range()), names);
            }
        }
        return names;
    }

    /**
     * Whether the file sends the variable or field bound under {@code bindingName} as the authtoken: a binding keeps
     * its sigil or receiver ({@code $zauthtoken}, {@code @token}, {@code self.key}) where the sent name does not.
     */
    public static boolean isSent(CodeFacts facts, String bindingName) {
        Set<String> sent = sentNames(facts);
        return !sent.isEmpty() && (sent.contains(bindingName) || sent.contains(BINDING_SIGIL.matcher(bindingName)
                .replaceFirst("")));
    }

    private static final Pattern BINDING_SIGIL = Pattern.compile("^(?:\\$this->|\\$|@@?|this\\.|self\\.)");

    /**
     * The names the file sends as an OAuth access token ({@code "Zoho-oauthtoken " + ZOHO_AUTH_TOKEN},
     * {@code `Bearer ${token}`}) or as a webhook token ({@code "?zapikey=" + CLIQ_TOKEN}): whatever they are
     * called, they do not hold the legacy authtoken.
     */
    public static Set<String> otherTokenNames(CodeFacts facts) {
        return facts.answer("tokenParameters.otherTokenNames", f -> namesAfter(f, OTHER_TOKEN_MARKER, expr -> true,
                false));
    }

    private static final Pattern OTHER_TOKEN_MARKER = Pattern.compile(
            "(?i)(?:(?:zoho-oauthtoken|bearer)\\s+|[?&]zapikey=)$");

    /** The plain names written right after a literal that {@code marker} ends: {@code "?authtoken=" + token}. */
    private static Set<String> namesAfter(CodeFacts facts, Pattern marker,
                                          java.util.function.Predicate<StringExpr> accept, boolean firstOperand) {
        Set<String> names = new LinkedHashSet<>();
        for (StringExpr expr : facts.strings()) {
            if (!accept.test(expr)) {
                continue;
            }
            List<Part> parts = expr.parts();
            // "…?" + "authtoken=" + TOKEN: literals joined one after the other are read as one
            StringBuilder run = new StringBuilder();
            for (int i = 0; i + 1 < parts.size(); i++) {
                if (!(parts.get(i) instanceof Part.Literal literal)) {
                    run.setLength(0);
                    continue;
                }
                run.append(literal.value());
                if (run.length() > 64) {
                    run.delete(0, run.length() - 64); // the markers are short: a long run's head cannot end one
                }
                if (marker.matcher(run).find()) {
                    Part next = parts.get(i + 1);
                    String written = next instanceof Part.Hole hole ? hole.text()
                            : next instanceof Part.Ref ref ? ref.text() : null;
                    if (written != null) {
                        addPlainName(written, names, firstOperand);
                    }
                }
            }
        }
        return names;
    }

    /** The name {@code written} is, when it is a plain name ({@link #INTERPOLATED}) long enough to trust. */
    private static void addPlainName(String written, Set<String> names) {
        addPlainName(written, names, false);
    }

    /**
     * The same; with {@code firstOperand}, also the first operand of a concatenation: in {@code "authtoken=" .
     * $this->key . $this->option($scope, 'scope') …} read lexically, the hole runs on to the next literal.
     */
    private static void addPlainName(String written, Set<String> names, boolean firstOperand) {
        // PHP's 'Zoho-authtoken ' . $code keeps its concatenation operator in the hole
        // `Zoho-oauthtoken ${token.trim()}`: trimming the value leaves it the same token
        String operand = TRIMMED.matcher(CONCATENATION.matcher(written.strip()).replaceAll("")).replaceFirst("");
        Matcher name = INTERPOLATED.matcher(operand);
        boolean plain = name.matches();
        Matcher first = plain || !firstOperand ? name : FIRST_OPERAND.matcher(operand);
        if ((plain || firstOperand && first.lookingAt()) && first.group(1).length() >= SHORTEST_NAME) {
            names.add(first.group(1));
        }
    }

    /**
     * A plain name followed by a concatenation: {@code +}, PHP's {@code .} after a space or line break, or right
     * before the next PHP variable ({@code $this->key.$this->option(…)}).
     */
    private static final Pattern FIRST_OPERAND = Pattern.compile(
            "\\$?(?:this->|this\\.|self\\.|@)?([A-Za-z_]\\w*)(?:\\s*\\+|\\s+\\.|(?<=^\\$.{0,80})\\.(?=\\s*\\$))");

    private static final Pattern CONCATENATION = Pattern.compile("^[.+&]\\s*|\\s*[.+&,]$");
    private static final Pattern TRIMMED = Pattern.compile("\\.(?:trim|strip|toString)\\(\\)(?=\\s*}?$)");

    /** What follows a key's literal when its value is a plain name: {@code => $this->tokenUser,}. */
    private static final Pattern KEYED_VALUE = Pattern.compile(
            "^\\s*(?:=>|:)\\s*(?:\\$this->|self\\.|this\\.|@|\\$)?([A-Za-z_]\\w*)\\s*(?:[,)}\\]]|$)");

    private static final Pattern PRINTF = Pattern.compile("(?i)s?n?printf|format");
    /** The verb the token fills: {@code authtoken=%s}. */
    private static final Pattern PRINTF_TOKEN = Pattern.compile("(?i)(?:zoho-authtoken\\s+|[?&]auth_?token=)(%[sv])");
    /** A formatting verb, not an escaped percent sign. */
    private static final Pattern PRINTF_VERB = Pattern.compile("%(?!%)[-+# 0-9.]*[a-zA-Z]");

    private static final Pattern WORD = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern RECEIVER = Pattern.compile("\\s*(?:self|cls)\\s*");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*\\$?([A-Za-z_]\\w*)");

    /**
     * The position of the parameter named like one of {@code names}, or -1: Kotlin, Python, PHP and JavaScript
     * write the name first ({@code token: String}, {@code $token = ''}), Java and C# last ({@code String token}).
     */
    private static int parameterIndex(String parameters, java.util.function.Predicate<String> names) {
        String[] each = parameters.split(",");
        // Python's self or cls is not written in the call: obj.send('<token>') for def send(self, token)
        int receiver = each.length > 0 && RECEIVER.matcher(each[0]).matches() ? 1 : 0;
        for (int i = 0; i < each.length; i++) {
            Matcher word = WORD.matcher(each[i].split("[:=]")[0]);
            String last = null;
            while (word.find()) {
                last = word.group();
            }
            Matcher first = LEADING_NAME.matcher(each[i]);
            if (last != null && names.test(last) || first.find() && names.test(first.group(1))) {
                return i - receiver;
            }
        }
        return -1;
    }
}
