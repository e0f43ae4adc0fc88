package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.CallArguments;
import io.cliqmigrate.rules.support.GeneratorCredentials;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.HelperPasswords;
import io.cliqmigrate.rules.support.LegacyZohoClients;
import io.cliqmigrate.rules.support.Lines;
import io.cliqmigrate.rules.support.PostmanPairs;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.TicketLogin;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@RuleMeta(id = "zoho-password-credential", summary = "A Zoho user's password sent to the authtoken generator",
        severity = Severity.ERROR, tags = {Tags.CREDENTIAL, Tags.LEGACY_AUTH},
        manualMinutes = 30, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "Per place the password appears: removing it from the code and configuration and having "
                + "that Zoho user change it; the Self Client that replaces the generator is counted once "
                + "in the setup checklist, and the generator code under authtoken-generation-endpoint.")
public final class ZohoPasswordCredentialRule implements Rule {
    private static final String MESSAGE = "A Zoho user's password is sent to the authtoken generator (PASSWORD with "
            + "EMAIL_ID): the password sits in this code path or its configuration. Remove it, change the password, "
            + "and authenticate with an OAuth Self Client and a stored refresh token";
    private static final String TICKET_MESSAGE = "A Zoho user's password is sent to Zoho's ticket login "
            + "(accounts.zoho.com/login with LOGIN_ID and PASSWORD), the API-key-and-ticket scheme that came before "
            + "the authtoken and is retired with it: the password sits in this code path. Remove it, change the "
            + "password, and authenticate with an OAuth Self Client and a stored refresh token";
    /** Whether the key at {@code at} is only checked for: {@code isset($params['PASSWORD'])} sends nothing. */
    private static boolean existenceCheck(CodeFacts facts, int at) {
        String text = facts.file().text();
        return ZohoPatterns.PRESENCE_CHECK.matcher(text.substring(Math.max(0, at - 60), at)).find();
    }

    /** The PASSWORD field name, as a key by itself or in a form body. */
    private static final Pattern PASSWORD_KEY = Pattern.compile("(?:^|[?&\\s\\u0000])(PASSWORD)(?:=|$|\\u0000)");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        java.util.Set<Binding> reported = configPasswords(facts, ctx);
        checkUses(facts, ctx, reported);
        // last: where a use above reported the same password, its more specific message is the one kept
        namedPasswords(facts, ctx, reported);
    }

    private void checkUses(CodeFacts facts, RuleContext ctx, java.util.Set<Binding> reported) {
        for (Binding password : GeneratorCredentials.sectionPasswords(facts)) {
            if (reported.add(password)) {
                ctx.reportSecret(password.value().range(), MESSAGE, List.of(),
                        List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
        List<TextRange> arguments = new ArrayList<>(GeneratorCredentials.argumentPasswords(facts));
        for (TextRange password : arguments) {
            ctx.reportSecret(password, MESSAGE, List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
        }
        for (LegacyZohoClients.Use use : LegacyZohoClients.passwords(facts)) {
            List<TextRange> written = writtenPasswords(facts, use);
            String handed = "A Zoho user's password is handed to the " + use.signature().library() + " ("
                    + use.signature().written() + "), which sends it " + use.signature().passwordSentTo();
            for (TextRange password : written) {
                arguments.add(password);
                ctx.reportSecret(password, handed + ": the password sits in this code. Remove it, change the "
                        + "password, and authenticate with an OAuth Self Client and a stored refresh token",
                        List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
            }
            if (written.isEmpty() && !LegacyZohoClients.passesNothing(facts.file().slice(use.token()))
                    && CallArguments.literalInside(facts.file().text(), use.token()).isEmpty()) {
                // read from the configuration or the environment: this call is still where the password is sent
                arguments.add(use.token());
                ctx.report(use.token(), handed + ": the password comes from the configuration or the environment. "
                        + "Remove it from there, change the password, and authenticate with an OAuth Self Client "
                        + "and a stored refresh token", List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
        settingsFields(facts, ctx);
        handedToZohoTokenMaker(facts, ctx, arguments);
        filledGeneratorTemplates(facts, ctx, arguments);
        if (!Guards.mentionsExactly(facts, "EMAIL_ID", "LOGIN_ID") && !loginFormId(facts)) {
            return;
        }
        keywordKeys(facts, ctx);
        boolean ticket = !generatorContext(facts);
        if (ticket && !TicketLogin.inFile(facts)) {
            return;
        }
        String message = ticket ? TICKET_MESSAGE : MESSAGE;
        for (TextRange password : HelperPasswords.in(facts)) {
            if (isWrittenOut(facts.file().slice(password)) && arguments.stream().noneMatch(password::overlaps)) {
                arguments.add(password);
                ctx.reportSecret(password, message, List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
        for (TextRange password : HelperPasswords.namedArguments(facts)) {
            if (arguments.stream().noneMatch(password::overlaps) && !Lines.inComment(facts, password.start())) {
                arguments.add(password);
                ctx.report(password, message, List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
        // PASSWORD as a key: its value, when written out, is masked by the engine wherever it is shown
        List<TextRange> keys = new ArrayList<>();
        // a Postman request's {"key": "PASSWORD", "value": "…"}: the password is the value, on its own line
        List<TextRange> postmanKeys = new ArrayList<>();
        PostmanPairs postman = PostmanPairs.of(facts);
        for (Binding binding : facts.bindings()) {
            if ("PASSWORD".equals(PostmanPairs.keyName(binding))) {
                postman.valueOf(binding).filter(value -> value.value() != null).ifPresent(value -> {
                    postmanKeys.add(binding.value().range());
                    keys.add(value.value().range());
                    ctx.reportSecret(value.value().range(), message, List.of(),
                            List.of(AuthtokenGenerationEndpointRule.FIX));
                });
            }
        }
        // a variable that holds the whole generator URL (logged, then sent) is reported where it is built
        StringMatches.each(facts, PASSWORD_KEY, 1, v -> v.text().contains("PASSWORD="),
                (expr, folded, m) -> postmanKeys.stream().noneMatch(expr.range()::overlaps)
                        && !existenceCheck(facts, expr.range().start()), (expr, folded, m, p) -> {
                    keys.add(p.range());
                    ctx.report(p.range(), message, p.related(), List.of(AuthtokenGenerationEndpointRule.FIX));
                });
        // a bare keyword key: post_form(GENERATOR, EMAIL_ID: e, PASSWORD: p)
        for (var call : facts.calls()) {
            if (!call.args().isEmpty() && "PASSWORD".equals(call.arg(0).literalValue())
                    && !facts.file().slice(call.arg(0).range()).startsWith("\"")
                    && !facts.file().slice(call.arg(0).range()).startsWith("'")) {
                keys.add(call.arg(0).range());
                ctx.report(call.arg(0).range(), message, List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
        for (Binding binding : facts.bindings()) {
            if (binding.kind() == Binding.Kind.CONFIG_KEY && binding.name().equals("PASSWORD")) {
                ctx.report(binding.nameRange(), message, List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
            } else if (binding.kind() != Binding.Kind.CONFIG_KEY && isPasswordName(binding.name())
                    && isWrittenOut(binding) && !reported.contains(binding)
                    && keys.stream().noneMatch(key -> key.overlaps(binding.nameRange()))
                    && arguments.stream().noneMatch(argument -> argument.overlaps(binding.value().range()))) {
                // the password itself, written next to the generator call (settings: configPasswords decides);
                // a map entry whose PASSWORD key is reported above is the same use, reported once
                ctx.reportSecret(binding.value().range(), message, List.of(),
                        List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
    }

    /** A keyword written as a map's key: Clojure's {@code {:EMAIL_ID e :PASSWORD p}}, Ruby's {@code :PASSWORD =>}. */
    private static final Pattern PASSWORD_KEYWORD = Pattern.compile("(?<![\\w:]):(PASSWORD)\\b");

    /** The generator's form built as a map of keywords, in a file that names the generator. */
    private static void keywordKeys(CodeFacts facts, RuleContext ctx) {
        String text = facts.file().text();
        if (!text.contains(":PASSWORD") || facts.strings().stream().noneMatch(expr ->
                ZohoPatterns.GENERATION_ENDPOINT.matcher(facts.fold(expr).text()).find())) {
            return;
        }
        java.util.regex.Matcher m = PASSWORD_KEYWORD.matcher(text);
        while (m.find()) {
            if (!Lines.inComment(facts, m.start())) {
                ctx.report(new TextRange(m.start(1), m.end(1)), MESSAGE, List.of(),
                        List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
    }

    /** A mail relay's password (Zoho Mail's SMTP or IMAP login) is the account's, but no authtoken's. */
    private static final java.util.Set<String> MAIL_LOGIN = java.util.Set.of("smtp", "imap", "pop", "mail", "email");

    /**
     * A settings page's field for the Zoho user's password ({@code $form['zoho_crm_pass'] = array('#type' =>
     * 'password', …)}), named for Zoho or on a page that talks to the generator: only the generator ever needed it.
     */
    private static void settingsFields(CodeFacts facts, RuleContext ctx) {
        if (!Guards.mentionsAny(facts, "pass", "pwd")) {
            return;
        }
        boolean smtp = Guards.mentionsAny(facts, "smtp", "imap");
        for (TextRange field : io.cliqmigrate.rules.support.SettingsFields.in(facts, (name, f) -> {
            List<String> words = ZohoPatterns.words(name);
            boolean password = isPasswordName(name) || words.contains("pass");
            boolean zoho = words.contains("zoho") && !smtp && words.stream().noneMatch(MAIL_LOGIN::contains);
            return password && (zoho || f.answer("calls the generator", ZohoPasswordCredentialRule::generatorContext));
        }, true)) {
            ctx.report(field, "Settings field '" + facts.file().slice(field) + "' asks for a Zoho user's password, "
                    + "which only the authtoken generator needed (retired with the authtoken in 2021): it keeps a "
                    + "live credential for nothing. Remove the field, have that user change the password, and "
                    + "authenticate with an OAuth Self Client and a stored refresh token", List.of(),
                    List.of(AuthtokenGenerationEndpointRule.FIX));
        }
    }

    /**
     * A password written out under a name that says it is the Zoho user's ({@code ZohoApiPassword} in
     * {@code appSettings}, {@code $config['zoho_pwd']}, {@code baihui_PASSWORD}): nothing of Zoho's API takes the
     * account password since the authtoken, so it is a live credential kept for the generator. A mail login's
     * (SMTP, IMAP) is not this rule's; a settings field that asks for it is {@link #settingsFields}'.
     */
    private static void namedPasswords(CodeFacts facts, RuleContext ctx, java.util.Set<Binding> reported) {
        if (!Guards.mentionsAny(facts, "pass", "pwd") || Guards.mentionsAny(facts, "smtp", "imap", "mailer")) {
            return;
        }
        List<Binding> named = new ArrayList<>();
        boolean api = false;
        for (Binding binding : facts.bindings()) {
            if (binding.kind() == Binding.Kind.FIELD || binding.kind() == Binding.Kind.LOCAL) {
                continue;
            }
            // a configuration key's own name, and the section it is in: zoho.password, not zoho.sdk.options.password
            String[] path = binding.name().split("[./:]");
            String name = path.length == 0 ? "" : path[path.length - 1];
            String section = path.length > 1 ? path[path.length - 2] : "";
            if (!io.cliqmigrate.core.code.ZohoHints.isHint(name + "." + section)) {
                continue;
            }
            List<String> words = ZohoPatterns.words(name);
            api |= words.stream().anyMatch(API_WORDS::contains);
            if (!words.isEmpty() && PASSWORD_WORDS.contains(words.get(words.size() - 1))
                    && ZohoPatterns.words(binding.name()).stream().noneMatch(MAIL_LOGIN::contains)
                    && isWrittenOut(binding) && !namesAPassword(binding.value().literalValue())
                    && !io.cliqmigrate.core.model.Redactor.isPlaceholder(binding.value().literalValue().trim())) {
                named.add(binding);
            }
        }
        // ZOHO_EMAIL and ZOHO_PASSWORD alone are most often a mailer's login kept for another file: the password
        // counts beside a setting of Zoho's API (ZohoApiKey, zoho_api_key, CRM_TOKEN) or in code that speaks of it
        if (!api && !Guards.mentionsAny(facts, "authtoken", "EMAIL_ID", "crmapi", "token")) {
            return;
        }
        for (Binding binding : named) {
            if (reported.add(binding)) {
                ctx.reportSecret(binding.value().range(), "A Zoho user's password is written out under '"
                        + binding.name() + "': only the authtoken generator and the ticket login before it took the "
                        + "account password, and both are retired. Remove it, change the password, and "
                        + "authenticate with an OAuth Self Client and a stored refresh token", List.of(),
                        List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
    }

    /** A password passed by name or as a variable so named: {@code password=password}, {@code (email, password)}. */
    private static final Pattern PASSWORD_ARGUMENT = Pattern.compile("(?i)(?<![\\w.$])(?:password|passwd|pwd)\\s*=\\s*"
            + "([A-Za-z_$][\\w.$]*)|[(,]\\s*\\$?((?:this->|\\w+\\.)?(?:password|passwd|pwd))\\s*(?=[,)])");

    /** A call of a method that makes an authtoken: {@code create_auth_token(}, {@code generateAuthToken(}. */
    /** How far around a call its line is read. */
    private static final int LINE_WINDOW = 300;
    private static final Pattern TOKEN_MAKER_CALL = Pattern.compile("(?i)(?<![\\w$])(?:[a-z0-9]+_)?(?:create|generate|get"
            + "|new|make|request)_?(?:auth_?)?token\\s*\\(");

    /**
     * A user's password handed to a Zoho client that makes an authtoken from it, in one line:
     * {@code zoho.ZohoApi(username=username, password=password).create_auth_token()} of a login backend, where the
     * password each user types is sent on to the generator, or {@code ZohoCrm.getAuthToken(email, password)}. The
     * password is a variable, so the call is where it is reported.
     */
    private static void handedToZohoTokenMaker(CodeFacts facts, RuleContext ctx, List<TextRange> arguments) {
        if (!Guards.mentionsAny(facts, "pass", "pwd") || !Guards.mentionsAny(facts, "token")) {
            return;
        }
        String text = facts.file().text();
        java.util.regex.Matcher call = TOKEN_MAKER_CALL.matcher(text);
        while (call.find()) {
            handedOver(facts, ctx, arguments, text, call, call.group().replaceAll("\\s*\\($", ""), true);
        }
        // CRM(username=u, password=p, authtoken=t, scope="crmapi"): a v1 client that logs in with the password
        boolean zohoFile = io.cliqmigrate.core.code.ZohoHints.isHint(text);
        java.util.regex.Matcher client = LEGACY_CLIENT_CALL.matcher(text);
        while (client.find()) {
            if (zohoFile || ZohoPatterns.LEGACY_SCOPE_PARAM.matcher(client.group().replaceAll("[\\s\"']", "")).find()) {
                handedOver(facts, ctx, arguments, text, client,
                        client.group().substring(0, client.group().indexOf('(')).strip(), false);
            }
        }
    }

    /** A call given both a password and an authtoken by keyword: {@code CRM(…, password=p, authtoken=t, …)}. */
    private static final String CLIENT_ARGUMENTS = "(?:[^()]|\\([^()]{0,200}\\)){0,400}";
    private static final Pattern LEGACY_CLIENT_CALL = Pattern.compile("(?<![\\w$.])[A-Za-z_][\\w.]*\\s*\\("
            + "(?=" + CLIENT_ARGUMENTS + "?\\bpassword\\s*=[^=])(?=" + CLIENT_ARGUMENTS + "?\\bauth_?token\\s*=[^=])"
            + CLIENT_ARGUMENTS + "\\)");

    private static void handedOver(CodeFacts facts, RuleContext ctx, List<TextRange> arguments, String text,
                                   java.util.regex.Matcher call, String callee, boolean hintOnLine) {
        // the call's line, cut to a window around it: a minified bundle is one line
        int lineStart = Lines.startWithin(text, call.start(), LINE_WINDOW);
        int lineEnd = text.indexOf('\n', call.end());
        lineEnd = Math.min(lineEnd < 0 ? text.length() : lineEnd, call.end() + LINE_WINDOW);
        String line = text.substring(lineStart, lineEnd);
        java.util.regex.Matcher password = PASSWORD_ARGUMENT.matcher(line);
        boolean onLine = password.find();
        // get_auth_token(email = …,\n password = '…',\n display_name = …): keywords on lines of their own
        java.util.Optional<TextRange> keyword = onLine || !hintOnLine ? java.util.Optional.empty()
                : passwordKeyword(text, call.end());
        if (!onLine && keyword.isEmpty() || hintOnLine && !io.cliqmigrate.core.code.ZohoHints.isHint(line)
                && !madeByZohoClass(text, lineStart, call.start()) || Lines.inComment(facts, call.start())) {
            return;
        }
        TextRange at;
        if (onLine) {
            int group = password.group(1) != null ? 1 : 2;
            at = zohoPasswordRead(text, password.group(group)).orElse(
                    new TextRange(lineStart + password.start(group), lineStart + password.end(group)));
        } else {
            at = keyword.get();
        }
        if (arguments.stream().noneMatch(at::overlaps)) {
            arguments.add(at);
            ctx.report(at, "A Zoho user's password is handed to a Zoho client that makes an authtoken from it ("
                    + callee + "): the generator that took it was retired with the authtoken in 2021. Stop asking "
                    + "for the password, and authenticate with an OAuth Self Client and a stored refresh token",
                    List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
        }
    }

    /**
     * A keyword argument passing a password, on a line of its own: a literal, a name or a read
     * ({@code password = '…'}, {@code password=os.environ['APP_PASSWORD']}).
     */
    private static final Pattern PASSWORD_KEYWORD_ARGUMENT = Pattern.compile(
            "(?im)^[ \\t]*(?:password|passwd|pwd)\\s*=(?!=)\\s*(['\"][^'\"\\n]*['\"]|[A-Za-z_$][^\\n]*?)[ \\t]*$");
    /** How many of a call's arguments are read for its password keyword. */
    private static final int KEYWORD_ARGUMENTS = 8;

    /** The value of the call's password keyword argument, wherever it is written in the argument list. */
    private static java.util.Optional<TextRange> passwordKeyword(String text, int open) {
        for (TextRange argument : CallArguments.first(text, open, KEYWORD_ARGUMENTS)) {
            java.util.regex.Matcher keyword = PASSWORD_KEYWORD_ARGUMENT.matcher(
                    text.substring(argument.start(), argument.end()));
            if (keyword.find()) {
                return java.util.Optional.of(new TextRange(argument.start() + keyword.start(1),
                        argument.start() + keyword.end(1)));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * {@code auth.get_auth_token(…)} where the receiver's nearest assignment above the call makes it with a class
     * named for Zoho ({@code auth = ZohoAuth()}): the token maker is that class's. The same name given another
     * client elsewhere in the file ({@code client = hvac.Client(…)} in another function) is that client.
     */
    private static boolean madeByZohoClass(String text, int lineStart, int call) {
        java.util.regex.Matcher receiver = RECEIVER.matcher(text.substring(lineStart, call));
        if (!receiver.find()) {
            return false;
        }
        java.util.regex.Matcher assigned = Pattern.compile("(?<![\\w$.])\\$?" + Pattern.quote(receiver.group(1))
                + "\\s*=(?![=>])\\s*([^\\n;]*)").matcher(text).region(0, lineStart);
        String nearest = null;
        while (assigned.find()) {
            nearest = assigned.group(1);
        }
        return nearest != null && ZOHO_CONSTRUCTION.matcher(nearest).lookingAt();
    }

    /** A value made by a class named for Zoho: {@code ZohoAuth()}, {@code new \\Zoho\\Docs\\Auth(}. */
    private static final Pattern ZOHO_CONSTRUCTION = Pattern.compile(
            "(?:new\\s+)?[\\w.\\\\:]*\\bZoho\\w*(?:(?:\\.|::|\\\\)\\w+)*\\s*\\(");

    private static final Pattern RECEIVER = Pattern.compile("(?<![\\w$.])\\$?(\\w+)\\s*(?:\\.|->)\\s*$");

    /**
     * Where the variable handed over is given a Zoho-named password field's value ({@code $this->password =
     * Auth::user()->zoho_password;}): the password comes from there.
     */
    private static java.util.Optional<TextRange> zohoPasswordRead(String text, String variable) {
        java.util.regex.Matcher assigned = Pattern.compile("(?m)(?<![\\w>.])\\$?" + Pattern.quote(variable)
                + "\\s*=\\s*([^;=\\n][^;\\n]*?)\\s*(?:;|$)").matcher(text);
        while (assigned.find()) {
            String value = assigned.group(1);
            if (io.cliqmigrate.core.code.ZohoHints.isHint(value) && ZohoPatterns.words(value).stream()
                    .anyMatch(PASSWORD_WORDS::contains)) {
                return java.util.Optional.of(new TextRange(assigned.start(1), assigned.end(1)));
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code token_url.format(}: group 1 the template, a name or a string literal's closing quote. */
    private static final Pattern FORMAT_CALL = Pattern.compile(
            "(?:(?<![\\w.])([A-Za-z_][\\w.]*)|['\"])\\s*\\.\\s*format\\s*\\(");
    /** The generator's password field left as a named placeholder: {@code PASSWORD={password}}. */
    private static final Pattern PASSWORD_PLACEHOLDER = Pattern.compile("PASSWORD=\\{(\\w+)}");

    /**
     * The generator's URL kept as a template and filled with the password by name ({@code token_url.format(
     * user=self.user, password=self.password)}): the password goes where the template's placeholder is filled.
     */
    private static void filledGeneratorTemplates(CodeFacts facts, RuleContext ctx, List<TextRange> arguments) {
        if (!Guards.mentionsExactly(facts, "PASSWORD={") || !Guards.mentionsAny(facts, "apiauthtoken")) {
            return;
        }
        String text = facts.file().text();
        java.util.regex.Matcher call = FORMAT_CALL.matcher(text);
        while (call.find()) {
            String template = call.group(1) == null ? lineOf(text, call.start())
                    : templateOf(facts, call.group(1).replaceFirst("^(?:self|this)\\.", ""));
            java.util.regex.Matcher placeholder = template == null
                    || !ZohoPatterns.GENERATION_ENDPOINT.matcher(template).find() ? null
                    : PASSWORD_PLACEHOLDER.matcher(template);
            if (placeholder == null || !placeholder.find() || Lines.inComment(facts, call.start())) {
                continue;
            }
            // the argument as written, after any comment line above it
            Pattern named = Pattern.compile("(?m)^\\s*" + Pattern.quote(placeholder.group(1)) + "\\s*=\\s*(?!=)");
            for (int index = 0; ; index++) {
                java.util.Optional<TextRange> argument = CallArguments.at(text, call.end(), index);
                if (argument.isEmpty()) {
                    break;
                }
                java.util.regex.Matcher name = named.matcher(facts.file().slice(argument.get()));
                if (name.find()) {
                    TextRange value = new TextRange(argument.get().start() + name.end(), argument.get().end());
                    if (arguments.stream().noneMatch(value::overlaps)) {
                        arguments.add(value);
                        java.util.Optional<TextRange> literal = CallArguments.literalInside(facts.file().text(), value);
                        if (literal.isPresent() && isWrittenOut(facts.file().slice(literal.get()))) {
                            ctx.reportSecret(literal.get(), MESSAGE, List.of(),
                                    List.of(AuthtokenGenerationEndpointRule.FIX));
                        } else {
                            ctx.report(value, MESSAGE, List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
                        }
                    }
                }
            }
        }
    }

    /** The value the file gives {@code name}, folded, or null. */
    private static String templateOf(CodeFacts facts, String name) {
        return facts.bindings().stream().filter(b -> b.value() != null && (b.name().equals(name)
                        || b.name().endsWith("." + name))).map(b -> facts.fold(b.value()).text()).findFirst()
                .orElseGet(() -> {
                    // a file read lexically keeps no binding of a value written over several lines: the text after
                    // the name's assignment, up to its first blank line
                    String text = facts.file().text();
                    java.util.regex.Matcher assigned = Pattern.compile("(?<![\\w.])" + Pattern.quote(name)
                            + "\\s*=(?!=)").matcher(text);
                    if (!assigned.find()) {
                        return null;
                    }
                    int end = Math.min(text.length(), assigned.end() + 600);
                    java.util.regex.Matcher blank = BLANK_LINE.matcher(text).region(assigned.end(), end);
                    return text.substring(assigned.end(), blank.find() ? blank.start() : end);
                });
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R");

    private static String lineOf(String text, int at) {
        int start = Lines.startOf(text, at);
        return text.substring(start, at);
    }

    /** A field's name or label ({@code "zoho_password"}, {@code "Zoho Password"}) or a placeholder for one. */
    private static boolean namesAPassword(String value) {
        List<String> words = ZohoPatterns.words(value);
        return words.contains("password") || words.contains("pwd") || words.contains("passwd")
                || DUMMY_PASSWORDS.contains(value.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> PASSWORD_WORDS = java.util.Set.of("password", "passwd", "pwd", "pw",
            "pass");
    /** Name words of a Zoho API's own settings, beside which a Zoho password is the generator's. */
    private static final java.util.Set<String> API_WORDS = java.util.Set.of("api", "apikey", "token", "authtoken",
            "crm", "scope");
    private static final java.util.Set<String> DUMMY_PASSWORDS = java.util.Set.of("changeme", "dummy", "test",
            "secret", "example", "sample");

    /**
     * The password handed to a client library that makes its authtoken itself ({@code Zohax::Crm.new(user,
     * "secret", token)}): the literal, or the value written into the variable passed ({@code @password =
     * "secret"}); a password read from the environment is not written here.
     */
    private static List<TextRange> writtenPasswords(CodeFacts facts, LegacyZohoClients.Use use) {
        TextRange argument = use.token();
        String written = facts.file().slice(argument);
        java.util.Optional<TextRange> literal = CallArguments.literalInside(facts.file().text(), argument);
        if (literal.isPresent()) {
            return isWrittenOut(facts.file().slice(literal.get())) ? List.of(literal.get()) : List.of();
        }
        return facts.bindings().stream().filter(b -> b.kind() == Binding.Kind.ASSIGNMENT && b.name().equals(written)
                && isWrittenOut(b)).map(b -> b.value().range()).toList();
    }

    /**
     * A configuration section that holds the generator's URL and a password ({@code zoho.auth.url} and
     * {@code zoho.auth.password}): the password is the Zoho user's, whatever the e-mail key is called.
     */
    private static java.util.Set<Binding> configPasswords(CodeFacts facts, RuleContext ctx) {
        java.util.Set<String> sections = new java.util.HashSet<>();
        java.util.Set<Binding> reported = new java.util.HashSet<>();
        for (Binding binding : facts.bindings()) {
            String value = binding.kind() == Binding.Kind.CONFIG_KEY && binding.value() != null
                    ? binding.value().literalValue() : null;
            if (value != null && ZohoPatterns.GENERATION_ENDPOINT.matcher(value).find()) {
                sections.add(section(binding.name()));
            }
        }
        if (sections.isEmpty()) {
            return reported;
        }
        for (Binding binding : facts.bindings()) {
            String section = section(binding.name());
            if (binding.kind() != Binding.Kind.CONFIG_KEY || !sections.contains(section)) {
                continue;
            }
            // a flat file (.env, top-level keys) is one section for everything: there the key must name Zoho
            boolean ownSection = !section.isEmpty() || ZohoPatterns.words(binding.name()).stream()
                    .anyMatch(w -> w.equals("zoho") || w.equals("cliq"));
            if (binding.kind() == Binding.Kind.CONFIG_KEY && sections.contains(section) && ownSection
                    && isPasswordName(binding.name()) && !binding.name().equals("PASSWORD")
                    && isWrittenOut(binding)) {
                ctx.reportSecret(binding.value().range(), MESSAGE, List.of(),
                        List.of(AuthtokenGenerationEndpointRule.FIX));
                reported.add(binding);
            }
        }
        return reported;
    }

    private static String section(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** A password written out, not a placeholder for one ({@code ${ZOHO_PASSWORD}}, {@code <password>}). */
    private static boolean isWrittenOut(Binding binding) {
        return binding.value() != null && isWrittenOut(binding.value().literalValue());
    }

    /**
     * A value that could be the password itself: not a placeholder, and not the field's name
     * ({@code PASSWORD = "password"} names the key the password is sent under).
     */
    private static boolean isWrittenOut(String value) {
        return value != null && !value.isBlank() && !value.matches("[A-Z_]+|\\$\\{.*|\\{\\{.*|%.*%|<.*>")
                && !value.matches("(?i)pass(?:word|wd)?|pwd|pw")
                // a switch (post_password: '0', a notification setting), not a password
                && !value.trim().matches("(?i)[01]|true|false|yes|no|on|off|null|nil|none");
    }

    private static boolean isPasswordName(String name) {
        return HelperPasswords.isPasswordName(name);
    }

    /**
     * The accounts sign-in form's own field names, {@code lid} (and {@code pwd}), posted with the browser-mode
     * generator ({@code apiauthtoken/create}) in place of EMAIL_ID and PASSWORD.
     */
    private static boolean loginFormId(CodeFacts facts) {
        // lid alone is as often a lead's or a list's id
        return facts.bindings().stream().anyMatch(b -> b.name().equals("lid"))
                && facts.bindings().stream().anyMatch(b -> b.name().equals("pwd"))
                && facts.strings().stream().anyMatch(expr -> ZohoPatterns.GENERATION_ENDPOINT.matcher(
                        facts.fold(expr).text()).find());
    }

    /** The generator's form fields, {@code EMAIL_ID=…&PASSWORD=…}, as fields of a body (not {@code ZOHO_EMAIL_ID=}). */
    private static final Pattern GENERATOR_BODY = Pattern.compile(
            "(?:^|[?&\u0000])EMAIL_ID=[^&]{0,200}[&\u0000]PASSWORD=");

    /** EMAIL_ID (or the sign-in form's lid) appears, and the file talks to the generator or names a legacy SCOPE. */
    private static boolean generatorContext(CodeFacts facts) {
        boolean email = loginFormId(facts) || facts.bindings().stream().anyMatch(b -> b.name().equals("EMAIL_ID"))
                || facts.calls().stream().anyMatch(c -> !c.args().isEmpty()
                        && "EMAIL_ID".equals(c.arg(0).literalValue()));
        boolean generator = false;
        for (var expr : facts.strings()) {
            String text = facts.fold(expr).text();
            email |= text.contains("EMAIL_ID");
            generator |= ZohoPatterns.GENERATION_ENDPOINT.matcher(text).find()
                    || ZohoPatterns.LEGACY_SCOPE.matcher(text).find()
                    // the generator's body built here and posted to an address kept in another class
                    || GENERATOR_BODY.matcher(text).find() && !text.contains("://")
                    && facts.hasZohoContext(expr.scope()) && !Guards.mentionsAny(facts, "smtp", "imap");
        }
        return email && generator;
    }
}
