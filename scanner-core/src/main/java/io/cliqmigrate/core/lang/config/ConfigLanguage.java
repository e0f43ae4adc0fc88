package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.lang.FileNames;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.model.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configuration format read by its own parser into settings with full key paths and exact positions. Each
 * setting becomes a {@link Binding.Kind#CONFIG_KEY} binding whose value is a string, so the same rules read Java,
 * Deluge and configuration. A file its parser rejects is read by the lexical scanner instead.
 */
public final class ConfigLanguage implements Language {
    /** {@code application-prod.properties}, {@code bootstrap-staging.yml}: the Spring profile in a file name. */
    private static final Pattern PROFILE_FILE = Pattern.compile("(?:^|/)(?:application|bootstrap)-([\\w.-]+)\\.\\w+$");

    private final String id;
    private final List<String> fileNames;
    private final ConfigReader reader;
    private final LexicalSyntax lexical;
    /** Recognises a file by its lower-cased name and first bytes. */
    private final java.util.function.BiPredicate<String, byte[]> recognises;

    private ConfigLanguage(String id, ConfigReader reader, LexicalSyntax lexical, String... fileNames) {
        this.id = id;
        this.reader = reader;
        this.lexical = lexical;
        this.fileNames = List.of(fileNames);
        this.recognises = (name, bytes) -> FileNames.matches(this.fileNames, name);
    }

    private ConfigLanguage(String id, ConfigReader reader, LexicalSyntax lexical,
                           java.util.function.BiPredicate<String, byte[]> recognises) {
        this.id = id;
        this.reader = reader;
        this.lexical = lexical;
        this.fileNames = List.of();
        this.recognises = recognises;
    }

    public static ConfigLanguage properties() {
        return new ConfigLanguage("properties", new PropertiesConfigReader(), LexicalSyntax.KEY_VALUE, ".properties");
    }

    public static ConfigLanguage env() {
        return new ConfigLanguage("env", new EnvConfigReader(), LexicalSyntax.KEY_VALUE, ".env", ".env.*");
    }

    public static ConfigLanguage toml() {
        return new ConfigLanguage("toml", new TomlConfigReader(), LexicalSyntax.KEY_VALUE, ".toml");
    }

    public static ConfigLanguage ini() {
        return new ConfigLanguage("ini", new IniConfigReader(), LexicalSyntax.KEY_VALUE, ".ini", ".cfg", ".conf");
    }

    public static ConfigLanguage yaml() {
        return new ConfigLanguage("yaml", new YamlConfigReader(), LexicalSyntax.YAML, ".yml", ".yaml");
    }

    public static ConfigLanguage json() {
        return new ConfigLanguage("json", new JsonConfigReader(), LexicalSyntax.JSON, ".json", ".jsonc");
    }

    /**
     * A run-commands dotfile written as JSON ({@code .testrc}, {@code .myapprc}, read by the {@code rc} module and
     * its like): a dot, a name ending in {@code rc}, no extension, and a brace first.
     */
    public static ConfigLanguage rcJson() {
        return new ConfigLanguage("json", new JsonConfigReader(), LexicalSyntax.JSON,
                (name, bytes) -> isRcDotfile(name) && startsWithBrace(bytes));
    }

    /**
     * A run-commands dotfile written as INI ({@code .zcrmrc}: {@code [crm]} then {@code authtoken = …}), as the
     * {@code rc} module also reads them: a dotfile named like one whose first setting line is a section header.
     */
    public static ConfigLanguage rcIni() {
        return new ConfigLanguage("ini", new IniConfigReader(), LexicalSyntax.KEY_VALUE,
                (name, bytes) -> isRcDotfile(name) && startsWithSection(bytes));
    }

    private static final Pattern SECTION_FIRST = Pattern.compile(
            "\\A(?:\\uFEFF)?(?:\\s*[;#][^\\n]*\\n)*\\s*\\[[\\w .-]+]\\s*(?:\\n|\\z)");

    private static boolean startsWithSection(byte[] bytes) {
        return SECTION_FIRST.matcher(new String(bytes, 0, Math.min(bytes.length, 1024),
                java.nio.charset.StandardCharsets.UTF_8)).find();
    }

    /** A run-commands dotfile's lower-cased name ({@code .testrc}): only its content tells its format. */
    public static boolean isRcDotfile(String name) {
        return RC_FILE.matcher(name).matches();
    }

    private static final Pattern RC_FILE = Pattern.compile("\\.[a-z0-9_-]+rc");

    private static boolean startsWithBrace(byte[] bytes) {
        // a UTF-8 byte order mark before it is no content
        int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return false;
    }

    public static ConfigLanguage xml() {
        return new ConfigLanguage("xml", new XmlConfigReader(), LexicalSyntax.MARKUP, ".xml", ".config",
                // Visual Studio's application settings (Settings.settings), which keep each setting's default value
                ".settings");
    }

    /**
     * An answer of the retired authtoken generator kept as a file ({@code AUTHTOKEN=…} and {@code RESULT=TRUE}
     * lines, saved as a test fixture or a cache), or Zoho OAuth credentials noted down the same way
     * ({@code client_id=1000.…}, {@code refresh_token=1000.…}): a {@code .txt} or extension-less file recognised by
     * its content, read as {@code KEY=value} lines (and notes' {@code Client secret: …} lines).
     */
    public static ConfigLanguage generatorAnswer() {
        return new ConfigLanguage("text", new EnvConfigReader(true), LexicalSyntax.KEY_VALUE,
                (name, bytes) -> (name.endsWith(".txt") || name.indexOf('.') < 0) && (GENERATOR_ANSWER.matcher(
                        new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .find() || notesZohoCredentials(bytes, bytes.length)));
    }

    /**
     * Whether a text file notes down Zoho OAuth credentials ({@code client_id=1000.…}, {@code Client id: 1000.…}): it is read though it names
     * neither Zoho nor an authtoken. Asked of the {@code .txt} and extension-less files the prefilter turns away, so
     * the bytes are searched for {@code 1000.} before any string is made.
     */
    public static boolean notesZohoCredentials(byte[] bytes, int length) {
        int end = Math.min(length, 4096);
        for (int i = 0; i + 5 <= end; i++) {
            if (bytes[i] == '1' && bytes[i + 1] == '0' && bytes[i + 2] == '0' && bytes[i + 3] >= '0'
                    && bytes[i + 3] <= '9' && bytes[i + 4] == '.') {
                return OAUTH_NOTES.matcher(new String(bytes, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .find();
            }
        }
        return false;
    }

    /**
     * Whether a {@code .txt} or extension-less file is a client library's token store ({@code tokenStore()}), or a
     * {@code .json} file named for tokens is one (an app's {@code tmp/token.json} cache): read though it names
     * neither Zoho nor an authtoken, like noted-down credentials.
     */
    public static boolean isTokenStore(String name, byte[] bytes, int length) {
        return (name.endsWith(".txt") || name.indexOf('.') < 0
                || name.endsWith(".json") && name.toLowerCase(java.util.Locale.ROOT).contains("token"))
                && TOKEN_STORE.matcher(
                new String(bytes, 0, Math.min(length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)).find();
    }

    private static final Pattern OAUTH_NOTES = Pattern.compile(
            "(?m)^(?:[\\w.-]{0,40}?(?i:client[ _-]?id)[ \\t]*[=:][ \\t]*[\"']?100\\d\\.[0-9A-Z]{20}"
                    + "|[\\w.-]{0,40}?(?i:refresh[ _-]?token|access[ _-]?token)[ \\t]*[=:][ \\t]*[\"']?100\\d\\.[0-9a-f]{20}"
                    // a request's header noted down: Authorization: Zoho-oauthtoken 1000.…
                    + "|.{0,80}?(?i:zoho-oauthtoken)[ \\t]+100\\d\\.[0-9a-f]{20})");

    private static final Pattern GENERATOR_ANSWER = Pattern.compile("(?m)^AUTHTOKEN=[0-9A-Za-z]");

    /**
     * A Zoho OAuth token store written by a client library as an extension-less or {@code .txt} file
     * ({@code token/tokens}, the Node SDK's {@code zcrm_oauthtokens.txt}: one JSON object whose {@code access_token}
     * or {@code refresh_token}, at its top or in the first object it holds, is a {@code 1000.<hex>.<hex>} token),
     * read as the JSON it is. Only that content counts: another extension-less file starting with a brace is not read.
     */
    public static ConfigLanguage tokenStore() {
        return new ConfigLanguage("json", new JsonConfigReader(), LexicalSyntax.JSON,
                (name, bytes) -> isTokenStore(name, bytes, bytes.length));
    }

    private static final Pattern TOKEN_STORE = Pattern.compile(
            "\\A\\s*\\{(?:[^{}]*\\{)?[^{}]*\"(?:access|refresh)_token\"\\s*:\\s*\"1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}\"");

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean matches(String fileName, byte[] firstBytes) {
        return recognises.test(fileName, firstBytes);
    }

    @Override
    public boolean hasParser() {
        return true;
    }

    @Override
    public Optional<LexicalSyntax> lexicalSyntax() {
        return Optional.of(lexical);
    }

    @Override
    public ParseOutcome parse(SourceFile file) {
        if (lexical == LexicalSyntax.YAML && file.text().contains("{{")) {
            // a Helm or Jinja template is not YAML until rendered: read it as text, which is not an error
            return new ParseOutcome.Parsed(new LexicalScanner(lexical).scan(file, false));
        }
        try {
            return new ParseOutcome.Parsed(facts(file, reader.read(file)));
        } catch (ConfigSyntaxException e) {
            return new ParseOutcome.Failed(List.of(new ParseOutcome.SyntaxProblem(e.line(), e.column(),
                    e.getMessage())));
        }
    }

    /**
     * The settings as read, one a line: key path, the value (quoted as Java would; masked when the path names a
     * secret), where the key and the value are, and the Spring profile. This is what {@code parse --tree} shows for a configuration file.
     */
    @Override
    public Optional<String> tree(SourceFile file) {
        ParseOutcome outcome = parse(file);
        if (!(outcome instanceof ParseOutcome.Parsed parsed) || parsed.facts().fallback()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (Binding binding : parsed.facts().bindings()) {
            // key = "value" first, so the redactor knows a secret's key when it masks the value
            String value = binding.value().literalValue();
            if (io.cliqmigrate.core.model.Redactor.isSecretSetting(binding.name(), value)) {
                value = io.cliqmigrate.core.model.Redactor.mask(value);
            }
            out.append(binding.name()).append(" = ").append(quoted(value))
                    .append("  (key ").append(position(file, binding.nameRange()))
                    .append(", value ").append(position(file, binding.value().range())).append(')');
            if (!binding.profile().isEmpty()) {
                out.append(" [profile ").append(binding.profile()).append(']');
            }
            out.append('\n');
        }
        return Optional.of(out.toString());
    }

    private static String position(SourceFile file, io.cliqmigrate.core.model.TextRange range) {
        return file.lines().line(range.start()) + ":" + file.lines().column(range.start()) + "-"
                + file.lines().line(range.end()) + ":" + file.lines().column(range.end());
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }

    /** A script element of an XML file in JavaScript: WSO2's and Synapse's script mediator, Ant's script task. */
    private static final Pattern SCRIPT = Pattern.compile(
            "(?i)<script\\b[^>]*\\blanguage\\s*=\\s*[\"'](?:js|javascript|nashorn|rhino)[\"'][^>]*>");
    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</script\\s*>");
    private static final String CDATA = "<![CDATA[";

    /**
     * Where each such script's code is, [start, end): its CDATA section, where the code is written as it is (a
     * script without one is left to the XML reader, which unescapes its text). A Mule flow's DataWeave expressions
     * count too: their object literals are written like JavaScript's.
     */
    private static List<int[]> scripts(String text) {
        List<int[]> found = new java.util.ArrayList<>();
        Matcher open = SCRIPT.matcher(text);
        Matcher close = SCRIPT_END.matcher(text);
        int from = 0;
        while (open.find(from) && close.find(open.end())) {
            int cdata = text.indexOf(CDATA, open.end());
            int cdataEnd = cdata < 0 ? -1 : text.lastIndexOf("]]>", close.start());
            if (cdata >= 0 && cdata < close.start() && cdataEnd >= cdata + CDATA.length()) {
                found.add(new int[] {cdata + CDATA.length(), cdataEnd});
            }
            from = close.end();
        }
        // a Mule flow's DataWeave expression (#[…] or a %dw script)
        for (int cdata = text.indexOf(CDATA); cdata >= 0; cdata = text.indexOf(CDATA, cdata + 1)) {
            int start = cdata + CDATA.length();
            int end = text.indexOf("]]>", start);
            int head = start;
            while (head < end && Character.isWhitespace(text.charAt(head))) {
                head++;
            }
            if (end > start && (text.startsWith("#[", head) || text.startsWith("%dw", head))
                    && !inside(found, start, end)) {
                found.add(new int[] {start, end});
            }
        }
        found.sort(java.util.Comparator.comparingInt(r -> r[0]));
        return found;
    }

    private static boolean inside(List<int[]> scripts, int start, int end) {
        return inside(scripts, new io.cliqmigrate.core.model.TextRange(start, end));
    }

    private static boolean inside(List<int[]> scripts, io.cliqmigrate.core.model.TextRange range) {
        for (int[] script : scripts) {
            if (range.start() < script[1] && range.end() > script[0]) {
                return true;
            }
        }
        return false;
    }

    private static CodeFacts facts(SourceFile file, ConfigDocument document) {
        CodeFacts.Builder facts = CodeFacts.builder(file);
        document.comments().forEach(facts::comment);
        Matcher named = PROFILE_FILE.matcher(file.path().replace('\\', '/'));
        String fileProfile = named.find() ? named.group(1) : "";
        List<ConfigEntry> entries = document.entries();
        List<int[]> scripts = "xml".equals(file.languageId()) ? scripts(file.text()) : List.of();
        for (int i = 0; i < entries.size(); i++) {
            ConfigEntry entry = entries.get(i);
            if (inside(scripts, entry.valueRange())) {
                continue; // read as the code it is, below
            }
            StringExpr value = new StringExpr(List.of(new Part.Literal(entry.value(), entry.valueRange(),
                    entry.offsets())), entry.valueRange(), "");
            if (!entry.value().isEmpty()) {
                facts.string(value);
            }
            if (entry.path() != null) {
                String profile = document.profile(i).isEmpty() ? fileProfile : document.profile(i);
                facts.binding(new Binding(entry.path(), Binding.Kind.CONFIG_KEY, value, entry.keyRange(), "",
                        profile));
            }
        }
        for (int[] script : scripts) {
            SourceFile view = SourceFile.of(file.path(), "javascript", file.text().substring(script[0], script[1]));
            facts.embed(new LexicalScanner(LexicalSyntax.C_LIKE_BACKTICK).scan(view, false), at -> script[0] + at);
        }
        // a settings file named for Zoho (zoho-subscriptions.yaml) holds Zoho's settings whatever its keys say
        String name = file.path().substring(file.path().replace('\\', '/').lastIndexOf('/') + 1);
        if (io.cliqmigrate.core.code.ZohoHints.namedForZoho(name)
                || io.cliqmigrate.core.code.ZohoHints.inZohoFolder(file.path())
                || LexicalScanner.hasZohoHint(file.text(), facts.strings(), facts.comments())) {
            facts.zohoHint("");
        }
        return facts.build();
    }
}
