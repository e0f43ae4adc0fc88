package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client libraries of the authtoken era that took the token as a positional argument: a call of one (with a
 * literal, a placeholder such as {@code "{auth_token}"} or any other value) is a legacy use, as the library sends
 * that token with each request and has no other way to authenticate. A signature counts only in a file that names
 * the library's package (its imports), and an API class only when it is imported from the library's {@code api}
 * package, so another library's {@code initialize(token, id)} or {@code new RestApi(url)} stays quiet. The calls
 * are read from the source text, so a Kotlin, Groovy or Scala caller of a Java SDK is read as a Java one is.
 */
public final class LegacyZohoClients {

    /**
     * One signature: the library, the package its users import, the class whose instance method takes the token
     * ({@code madeBy}: the receiver must be made by that constructor in the file) or empty for a constructor, the
     * called name, how the call is written (for the message), and the positions of the token and of the user's
     * password among the arguments (-1: none), how the library sends the token (for a login that takes no token:
     * where it sends the password), and how many arguments the call has (-1: any), where the library's later OAuth
     * form has the same name. A {@code packageName} written with {@code ::} or a backslash is a Ruby module or a PHP
     * namespace: the call names it itself ({@code Zohax::Api.new(}, {@code new \Zoho\Crm\Client(}), or a PHP
     * {@code use} imports the class by its short name.
     */
    public record Signature(String library, String packageName, String madeBy, Pattern name, String written,
                            int tokenAt, int passwordAt, String sentAs, int arguments) {
        private static final String AS_PARAMETER = "as the authtoken parameter of each request";
        private static final String TO_GENERATOR = "to the authtoken generator to make its token";

        Signature(String library, String packageName, String madeBy, Pattern name, String written) {
            this(library, packageName, madeBy, name, written, 0, -1);
        }

        Signature(String library, String packageName, String madeBy, Pattern name, String written, int tokenAt,
                  int passwordAt) {
            this(library, packageName, madeBy, name, written, tokenAt, passwordAt,
                    tokenAt < 0 ? TO_GENERATOR : AS_PARAMETER, -1);
        }

        /** Where the library sends the user's password. */
        public String passwordSentTo() {
            return tokenAt < 0 ? sentAs : TO_GENERATOR;
        }

        boolean qualified() {
            return packageName.contains("::") || packageName.contains("\\");
        }

        /** A PHP library of one file, which its users {@code require} by name and whose class has no namespace. */
        boolean required() {
            return packageName.endsWith(".php");
        }
    }

    private static final String AS_REPORTS_KEY = "as the authtoken parameter of each request (the Java 2.0 release: "
            + "as the API key of the ticket scheme that came before the authtoken)";
    private static final String TO_LOGIN = "to Zoho's login to make a ticket, the scheme that came before the "
            + "authtoken and is retired with it";

    /** The SDKs' own sample code and the community clients met in public code. */
    public static final List<Signature> CATALOGUE = List.of(
            new Signature("Zoho Books Java SDK", "com.zoho.books", "ZohoBooks", Pattern.compile("initialize"),
                    "ZohoBooks.initialize(authToken, organizationId)"),
            new Signature("Zoho Books Java SDK", "com.zoho.books", "", Pattern.compile("[A-Z]\\w*Api"),
                    "new <Name>Api(authToken[, organizationId])"),
            new Signature("Zoho Projects Java SDK", "com.zoho.projects", "ZohoProjects", Pattern.compile("initialize"),
                    "ZohoProjects.initialize(authToken, portalId)"),
            new Signature("Zoho Projects Java SDK", "com.zoho.projects", "", Pattern.compile("[A-Z]\\w*API"),
                    "new <Name>API(authToken[, portalId])"),
            new Signature("zohax Ruby gem", "Zohax::", "", Pattern.compile("Api|Crm"),
                    "Zohax::Api.new(username, password, auth_token)", 2, 1),
            new Signature("zoho_crm Ruby gem", "ZohoCrm::", "", Pattern.compile("Client"),
                    "ZohoCrm::Client.new(email, password)", -1, 1),
            new Signature("zoho-crm-php library (0.x)", "Zoho\\Crm\\", "", Pattern.compile("(?:V1\\\\)?Client"),
                    "new Zoho\\Crm\\Client(authToken)"),
            // Zoho Desk's first PHP sample SDK: the token goes out as the Authorization header of every request
            new Signature("Zoho Desk PHP sample SDK (ZohoDesk_API.php)", "ZohoDesk_API.php", "",
                    Pattern.compile("zohodeskAPI"), "new zohodeskAPI(authToken, orgId)", 0, -1,
                    "as the Authorization header of each request", -1),
            new Signature("pixers/zoho-api PHP library", "Pixers\\ZohoApi\\", "", Pattern.compile("Client"),
                    "new Pixers\\ZohoApi\\Client(authtoken)"),
            // sends the third argument as &authtoken= in every Reports (Analytics) API URL
            new Signature("peppeocchi/zohoreports-sdk PHP library", "ZohoReports\\", "",
                    Pattern.compile("ZohoReports"), "new ZohoReports\\ZohoReports(email, dbName, authtoken)", 2, -1),
            // the module first, then the token: new ZohoCRMClient('Leads', 'yourAuthToken'[, 'com', timeout])
            new Signature("cristianpontes/zoho-crm-client-php library", "CristianPontes\\ZohoCRMClient\\", "",
                    Pattern.compile("ZohoCRMClient"), "new ZohoCRMClient(module, authToken[, domain, timeout])", 1, -1),
            // Zoho Reports' own client libraries: one argument is the authtoken (the Java 2.0 release's API key of
            // the ticket scheme, with a login by password); the OAuth releases take three
            new Signature("Zoho Reports Java client library", "com.adventnet.zoho.client.report", "",
                    Pattern.compile("ReportClient"), "new ReportClient(authtoken)", 0, -1,
                    AS_REPORTS_KEY, 1),
            new Signature("Zoho Reports Java client library", "com.adventnet.zoho.client.report", "ReportClient",
                    Pattern.compile("login"), "reportClient.login(loginEmailId, password)", -1, 1, TO_LOGIN, -1),
            new Signature("Zoho Reports Python client library", "ReportClient", "", Pattern.compile("ReportClient"),
                    "ReportClient(authtoken)", 0, -1, AS_REPORTS_KEY, 1),
            new Signature("Zoho Reports Python client library", "ReportClient", "ReportClient",
                    Pattern.compile("login"), "rc.login(loginEmailId, password)", -1, 1, TO_LOGIN, -1));

    /** {@code receiver.name(} or {@code $receiver->name(}; group 1 the receiver, group 2 the name. */
    private static final Pattern INSTANCE_CALL = Pattern.compile("(?<![\\w$.])\\$?(\\w+)\\s*(?:\\.|->)\\s*(\\w+)\\s*\\(");
    /** {@code new Name(} or Kotlin's {@code Name(}, not a method {@code x.Name(} nor a declaration. */
    private static final Pattern CONSTRUCTOR_CALL = Pattern.compile("(?<![\\w$.>]\\s{0,8})(?:new\\s+)?([A-Z]\\w*)\\s*\\(");

    private static final Pattern NO_VALUE = Pattern.compile("nil|null|NULL|None|undefined|''|\"\"");

    /** The token (or password) argument of a catalogued call. */
    public record Use(Signature signature, TextRange token) {}

    private LegacyZohoClients() {}

    /**
     * Ruby gems of the authtoken era configured in a block, whose token setting is named after no token: the
     * {@code zoho} gem's and {@code rubyzoho}'s {@code config.api_key} is the CRM authtoken, sent as
     * {@code authtoken=}; the Books gem's is {@code config.auth_token}.
     */
    private static final Signature CONFIGURED = new Signature("zoho / rubyzoho Ruby gems", "Zoho", "",
            Pattern.compile("api_key|auth_?token"), "Zoho.configure { |config| config.api_key = authtoken }");
    /** A gem's configuration block: group 1 the gem's module, group 2 or 3 the block's parameter. */
    private static final Pattern CONFIGURE_BLOCK = Pattern.compile(
            "(?<![\\w:.])((?:Ruby)?Zoho\\w*)\\.configure\\s*(?:do\\s*\\|\\s*(\\w+)\\s*\\||\\{\\s*\\|\\s*(\\w+)\\s*\\|)");
    /** A setting's value up to the end of its line, a trailing comment left out. */
    private static final String SETTING_VALUE = "\\s*([^\\s#;][^#;\\n]*?)\\s*(?:#.*)?$";
    /** A gem's token set on its module: {@code ZohoInventory.auth_token = …}; groups: module, setting, value. */
    private static final Pattern MODULE_SETTING = Pattern.compile(
            "(?m)(?<![\\w:.])(Zoho\\w*)\\.(auth_?token)\\s*=(?![=~])" + SETTING_VALUE);
    private static final Pattern TOKEN_SETTING = Pattern.compile("auth_?token");
    /** Words of an OAuth-era gem's configuration: its {@code auth_token} may be an OAuth access token. */
    private static final String[] OAUTH_WORDS = {"oauth", "refresh_token", "client_secret", "client_id",
        "access_token"};
    /** A value that says it is an OAuth token: {@code session_access_token}, {@code oauth.token}. */
    private static final Pattern OAUTH_VALUE = Pattern.compile("(?i)access|oauth|refresh|bearer");

    /** The token arguments of catalogued calls, and the token settings of catalogued configuration blocks. */
    public static List<Use> in(CodeFacts facts) {
        // two rules ask: the file is read once
        return facts.answer("legacyZohoClients.in", LegacyZohoClients::uses);
    }

    private static List<Use> uses(CodeFacts facts) {
        List<Use> uses = new ArrayList<>();
        if ("ruby".equals(facts.file().languageId())) {
            configured(facts, uses);
        }
        calls(facts, (signature, open) -> {
            if (signature.tokenAt() >= 0) {
                // no token (nil): the library makes one from the password, which is reported instead
                CallArguments.at(facts.file().text(), open, signature.tokenAt())
                        .filter(t -> !passesNothing(facts.file().slice(t)))
                        .ifPresent(t -> uses.add(new Use(signature, t)));
            }
        });
        placeholderTokens(facts, uses);
        return List.copyOf(uses);
    }

    /**
     * A call whose callee path names a class or module starting with {@code Zoho} (any case after it):
     * {@code ZohoService::ApiConnector.new(}, {@code new \\Zoho\\Desk\\Client(}, {@code new ZohoDesk(},
     * {@code zoho.reports(}; group 1 the callee. Not a method of another object ({@code x.ZohoSync(}).
     */
    private static final Pattern NAMED_CALL = Pattern.compile(
            "(?<![\\w$.>:\\\\])(?:new\\s+)?(\\\\?[A-Za-z_]\\w*(?:(?:::|\\\\|\\.|->)\\w+)*)\\s*\\(");
    private static final Pattern ZOHO_SEGMENT = Pattern.compile("(?:^|::|\\\\|\\.|->)\\\\?(?i:zoho)");
    private static final Pattern CAPITALISED_ZOHO_SEGMENT = Pattern.compile("(?:^|::|\\\\|\\.)\\\\?Zoho");
    /** A module object named just {@code zoho}: {@code zoho.reports(}, {@code zoho.support(}. */
    private static final Pattern ZOHO_MODULE = Pattern.compile("(?i)zoho(?:\\.|->)\\w+");
    private static final Pattern DECLARATION = Pattern.compile("(?:class|def|function|fun|func)\\s*$");
    /** How far before a call its declaration keyword is looked for. */
    private static final int DECLARATION_REACH = 40;

    /** What a call named for Zoho is: a class's (a segment {@code Zoho…}), the {@code zoho} module's, or another. */
    public enum NamedCall { CLASS, MODULE, OTHER }

    /** A call named for Zoho: where it starts ({@code new} included), just past its parenthesis, and its kind. */
    public record ZohoCall(int start, int open, NamedCall kind) {}

    /** The calls named for Zoho of a file, outside comments and declarations, found once per file. */
    public static List<ZohoCall> zohoNamedCalls(CodeFacts facts) {
        return facts.answer("legacyZohoClients.named", LegacyZohoClients::findNamedCalls);
    }

    private static List<ZohoCall> findNamedCalls(CodeFacts facts) {
        String text = facts.file().text();
        List<ZohoCall> found = new ArrayList<>();
        if (!Guards.mentionsAny(facts, "zoho")) {
            return found;
        }
        Matcher call = NAMED_CALL.matcher(text);
        while (call.find()) {
            String callee = call.group(1);
            if (!ZOHO_SEGMENT.matcher(callee).find() || Lines.inComment(facts, call.start())
                    || DECLARATION.matcher(text.substring(Lines.startWithin(text, call.start(), DECLARATION_REACH),
                    call.start())).find()) {
                continue;
            }
            NamedCall kind = CAPITALISED_ZOHO_SEGMENT.matcher(callee).find() ? NamedCall.CLASS
                    : ZOHO_MODULE.matcher(callee).matches() ? NamedCall.MODULE : NamedCall.OTHER;
            found.add(new ZohoCall(call.start(), call.end(), kind));
        }
        return found;
    }

    /** A call's argument at {@code index} and the string literal it is. */
    public record LiteralArgument(int index, TextRange argument, TextRange literal) {}

    /** The string literals among the first {@code max} arguments of the call opened just before {@code open}. */
    public static List<LiteralArgument> literalArguments(String text, int open, int max) {
        List<LiteralArgument> literals = new ArrayList<>();
        List<TextRange> arguments = CallArguments.first(text, open, max);
        for (int n = 0; n < arguments.size(); n++) {
            int index = n;
            CallArguments.literalInside(text, arguments.get(n))
                    .ifPresent(literal -> literals.add(new LiteralArgument(index, arguments.get(index), literal)));
        }
        return literals;
    }

    private static final String TOKEN_WORDS = "(?:zoho[_ -]?)?(?:api[_ -]?)?auth[_ -]?token";
    /**
     * A placeholder that names the authtoken and says it is one: wrapped ({@code "{auth_token}"}, {@code <authtoken>}),
     * or with {@code your}/{@code my} before it or {@code here} after it ({@code 'YOUR_AUTH_TOKEN'},
     * {@code 'authtoken_here'}). The bare word {@code 'authtoken'} is a parameter's name, not a placeholder.
     */
    private static final Pattern TOKEN_PLACEHOLDER = Pattern.compile("(?i)[{<\\[%#$]+\\s*(?:(?:your|my|the)[_ -]?)?"
            + TOKEN_WORDS + "\\s*[}>\\]%#]*|(?:your|my|the)[_ -]?" + TOKEN_WORDS + "(?:[_ -]?(?:goes[_ -]?)?here)?"
            + "|" + TOKEN_WORDS + "[_ -]?(?:goes[_ -]?)?here");
    /** How many arguments of a call named for Zoho are looked at. */
    public static final int NAMED_ARGUMENTS = 6;

    /**
     * A placeholder naming the authtoken passed to a class named for Zoho, or to the {@code zoho} module, that the
     * catalogue does not list ({@code ZohoProject.new("{auth_token}", "{portal_id}")},
     * {@code new ZohoBooks('YOUR_AUTH_TOKEN', …)}, {@code zoho.reports(email, 'authtoken_here', …)}): the example
     * its library gave for the token it took.
     */
    private static void placeholderTokens(CodeFacts facts, List<Use> uses) {
        String text = facts.file().text();
        for (ZohoCall call : zohoNamedCalls(facts)) {
            if (call.kind() == NamedCall.OTHER) {
                continue;
            }
            for (LiteralArgument literal : literalArguments(text, call.open(), NAMED_ARGUMENTS)) {
                if (TOKEN_PLACEHOLDER.matcher(facts.file().slice(literal.literal())).matches()
                        && uses.stream().noneMatch(u -> u.token().overlaps(literal.argument()))) {
                    String callee = text.substring(call.start(), call.open() - 1).strip().replaceAll("\\s+", " ");
                    uses.add(new Use(new Signature("client library named for Zoho", "", "", Pattern.compile(""),
                            callee + "(…)", literal.index(), -1, "as the authtoken of each request", -1),
                            literal.argument()));
                }
            }
        }
    }

    /** {@code nil}, {@code null}, {@code ''}: an argument that passes nothing. */
    public static boolean passesNothing(String argument) {
        return NO_VALUE.matcher(argument).matches();
    }

    /**
     * {@code Zoho.configure do |config| config.api_key = '…' end}: the value set, up to the block's end. Any other
     * gem named for Zoho that is configured with an {@code auth_token} ({@code ZohoReports.configure}, or
     * {@code ZohoInventory.auth_token = …} on its module) took the authtoken too, unless the file also configures
     * OAuth, where its {@code auth_token} may be an access token.
     */
    private static void configured(CodeFacts facts, List<Use> uses) {
        String text = facts.file().text();
        boolean oauth = Guards.mentionsAny(facts, OAUTH_WORDS);
        Matcher block = CONFIGURE_BLOCK.matcher(text);
        while (block.find()) {
            String module = block.group(1);
            boolean catalogued = module.equals("Zoho") || module.equals("RubyZoho");
            if (!catalogued && oauth) {
                continue;
            }
            String receiver = block.group(2) != null ? block.group(2) : block.group(3);
            Matcher end = Pattern.compile("(?m)^[ \\t]*(?:end\\b|})").matcher(text);
            int until = end.find(block.end()) ? end.start() : text.length();
            Signature signature = catalogued ? CONFIGURED : gem(module, module + ".configure { |config| config."
                    + "auth_token = authtoken }");
            Matcher setting = Pattern.compile("(?m)\\b" + Pattern.quote(receiver) + "\\.(?:" + signature.name().pattern()
                    + ")\\s*=" + SETTING_VALUE).matcher(text).region(block.end(), until);
            while (setting.find()) {
                if (!Lines.inComment(facts, setting.start()) && !NO_VALUE.matcher(setting.group(1)).matches()
                        && (catalogued || !OAUTH_VALUE.matcher(setting.group(1)).find())) {
                    uses.add(new Use(signature, new TextRange(setting.start(1), setting.end(1))));
                }
            }
        }
        Matcher set = MODULE_SETTING.matcher(text);
        while (!oauth && set.find()) {
            if (!Lines.inComment(facts, set.start()) && !NO_VALUE.matcher(set.group(3)).matches()
                    && !OAUTH_VALUE.matcher(set.group(3)).find()) {
                uses.add(new Use(gem(set.group(1), set.group(1) + "." + set.group(2) + " = authtoken"),
                        new TextRange(set.start(3), set.end(3))));
            }
        }
    }

    /** A Ruby gem named for Zoho that the catalogue does not list, known by its module. */
    private static Signature gem(String module, String written) {
        return new Signature(module + " Ruby gem", module, "", TOKEN_SETTING, written, 0, -1,
                "as the authtoken of each request", -1);
    }

    /** Whether the signature is one of the catalogue's, whose library is known to have no OAuth mode. */
    public static boolean catalogued(Signature signature) {
        return signature == CONFIGURED || CATALOGUE.contains(signature);
    }

    /**
     * The password arguments of catalogued calls that take the user's password to make a token themselves
     * ({@code Zohax::Crm.new(user, password, token)}), as written in the call.
     */
    public static List<Use> passwords(CodeFacts facts) {
        List<Use> passwords = new ArrayList<>();
        calls(facts, (signature, open) -> {
            if (signature.passwordAt() >= 0) {
                CallArguments.at(facts.file().text(), open, signature.passwordAt())
                        .ifPresent(p -> passwords.add(new Use(signature, p)));
            }
        });
        return passwords;
    }

    /** Each catalogued call, with the offset just past its opening parenthesis. */
    private static void calls(CodeFacts facts, java.util.function.ObjIntConsumer<Signature> each) {
        // three rules ask: the file is searched once
        for (Call call : facts.answer("legacyZohoClients.calls", LegacyZohoClients::findCalls)) {
            each.accept(call.signature(), call.open());
        }
    }

    /** A catalogued call and the offset just past its opening parenthesis. */
    private record Call(Signature signature, int open) {}

    private static List<Call> findCalls(CodeFacts facts) {
        List<Call> found = new ArrayList<>();
        java.util.function.ObjIntConsumer<Signature> each = (signature, open) -> found.add(new Call(signature, open));
        String text = facts.file().text();
        for (Signature signature : CATALOGUE) {
            if (!Guards.mentionsAny(facts, signature.packageName().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (signature.qualified() || signature.required()) {
                Matcher m = qualifiedCall(text, signature).matcher(text);
                while (m.find()) {
                    if (!Lines.inComment(facts, m.start())) {
                        each.accept(signature, m.end());
                    }
                }
                continue;
            }
            Matcher m = (signature.madeBy().isEmpty() ? CONSTRUCTOR_CALL : INSTANCE_CALL).matcher(text);
            while (m.find()) {
                String name = m.group(m.groupCount());
                boolean instance = !signature.madeBy().isEmpty();
                if (!signature.name().matcher(name).matches() || Lines.inComment(facts, m.start())
                        || instance && (!madeBy(text, m.group(1), signature.madeBy())
                        || !packageImported(text, signature.packageName()))
                        || !instance && (declares(text, m.start()) || !imported(text, signature, name))
                        || signature.arguments() >= 0 && arity(text, m.end()) != signature.arguments()) {
                    continue;
                }
                each.accept(signature, m.end());
            }
        }
        return found;
    }

    /**
     * {@code Zohax::Api.new(} (Ruby), {@code new \Zoho\Crm\Client(} (PHP), or {@code new Client(} where a PHP
     * {@code use Zoho\Crm\Client;} imports that class.
     */
    private static Pattern qualifiedCall(String text, Signature signature) {
        String module = Pattern.quote(signature.packageName());
        String name = "(?:" + signature.name().pattern() + ")";
        if (signature.required()) {
            // the class comes from the file the caller requires (or includes)
            return Pattern.compile("\\b(?:require|include)(?:_once)?\\b[^;\\n]*['\"][^'\"]*" + module + "['\"]").matcher(text)
                    .find() ? Pattern.compile("\\bnew\\s+" + name + "\\s*\\(") : Pattern.compile("(?!)");
        }
        if (signature.packageName().contains("::")) {
            return Pattern.compile("(?<![\\w:])" + module + name + "\\s*\\.\\s*new\\s*\\(");
        }
        Matcher use = Pattern.compile("(?m)^[ \\t]*use\\s+\\\\?" + module + "(" + name + ")(?:\\s+as\\s+(\\w+))?\\s*;")
                .matcher(text);
        // use Vendor\Client; or use Vendor\Client as Crm;
        StringBuilder shortName = new StringBuilder();
        while (use.find()) {
            shortName.append('|').append(Pattern.quote(use.group(2) != null ? use.group(2)
                    : use.group(1).substring(use.group(1).lastIndexOf('\\') + 1)));
        }
        return Pattern.compile("\\bnew\\s+(?:\\\\?" + module + name + shortName + ")\\s*\\(");
    }

    /** {@code service = new ZohoBooks()}, {@code val p = ZohoProjects()}: the receiver is the library's object. */
    private static boolean madeBy(String text, String receiver, String type) {
        return Pattern.compile("(?<![\\w$])\\$?" + Pattern.quote(receiver) + "\\s*(?::\\s*\\w+\\s*)?=\\s*(?:new\\s+)?"
                + Pattern.quote(type) + "\\s*\\(").matcher(text).find();
    }

    /**
     * The class comes from the library: {@code import com.zoho.books.api.ContactsApi}, the library's API package
     * ({@code com.zoho.books.api.*}), the class in the library's own package
     * ({@code import com.adventnet.zoho.client.report.ReportClient}), or a Python module of that name
     * ({@code from ReportClient import ReportClient}).
     */
    private static boolean imported(String text, Signature signature, String name) {
        String api = signature.packageName() + ".api.";
        String own = signature.packageName() + ".";
        return text.contains(api + name) || text.contains(api + "*") || text.contains(api + "_")
                || text.contains(api + "{")
                || Pattern.compile(Pattern.quote(own) + "(?:" + Pattern.quote(name) + "(?!\\w)|\\*)").matcher(text).find()
                || Pattern.compile("(?m)^[ \\t]*from\\s+" + Pattern.quote(signature.packageName())
                + "\\s+import\\s[^\\n]*\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    /**
     * The file imports from the library: {@code import com.zoho.books.…}, or Python's {@code from ReportClient
     * import …} and {@code import ReportClient}; a class of the same name from elsewhere is not the library's.
     */
    private static boolean packageImported(String text, String packageName) {
        return packageName.contains(".") ? text.contains("import " + packageName + ".")
                : Pattern.compile("(?m)^[ \\t]*(?:from\\s+" + Pattern.quote(packageName) + "\\s+import\\b|import\\s+"
                + Pattern.quote(packageName) + "\\b)").matcher(text).find();
    }

    /** How many arguments the call whose opening parenthesis ends just before {@code open} has. */
    private static int arity(String text, int open) {
        int count = 0;
        while (CallArguments.at(text, open, count).isPresent()) {
            count++;
        }
        return count;
    }

    /** {@code class OrganizationsApi(} (Kotlin, Scala) or {@code OrganizationsApi(String token) {} } is no call. */
    private static boolean declares(String text, int at) {
        int lineStart = Lines.startOf(text, at);
        String before = text.substring(lineStart, at).strip();
        return before.endsWith("class") || before.endsWith("fun") || before.endsWith("def")
                || before.isEmpty() && text.indexOf('{', at) >= 0 && text.substring(at, text.indexOf('{', at))
                .matches("(?s)[A-Z]\\w*\\s*\\([^()]*\\)\\s*(?:throws[^{]*)?");
    }
}
