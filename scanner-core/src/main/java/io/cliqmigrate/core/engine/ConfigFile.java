package io.cliqmigrate.core.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.TokenProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code .cliq-migrate.yml}:
 * <pre>
 * include: [src/**]
 * exclude: [build/**, "**&#47;generated/**"]
 * maxFileSize: 4194304
 * rules:
 *   disable: [cliq-api-inventory]
 *   severity: {crm-v1-endpoint: warning}
 * fix:
 *   connections: {crm: zcrm}
 *   unsafe: false
 *   rules: []
 *   strategy: oauth
 *   tokenProvider: com.acme.zoho.ZohoOAuthTokens
 *   tokenProviderEnvironment: {clientId: ACME_ZOHO_CLIENT_ID}
 * </pre>
 */
public final class ConfigFile {
    public static final String DEFAULT_NAME = ".cliq-migrate.yml";
    private static final Set<String> TOP_KEYS = Set.of("include", "exclude", "maxFileSize", "rules", "fix",
            "deluge");
    private static final Set<String> DELUGE_KEYS = Set.of("host", "hosts");
    private static final Set<String> FIX_KEYS = Set.of("connections", "unsafe", "rules", "tokenProvider",
            "tokenProviderEnvironment", "strategy");
    private static final Set<String> RULE_KEYS = Set.of("disable", "severity");

    /** The settings a config file holds. */
    public record Settings(List<String> include, List<String> exclude, Set<String> disabledRules,
                           Map<String, Severity> severityOverrides, long maxFileSize, FixSettings fix,
                           DelugeHosts deluge) {
        public static final Settings EMPTY = new Settings(List.of(), List.of(), Set.of(), Map.of(), 0,
                FixSettings.NONE);

        public Settings {
            fix = fix == null ? FixSettings.NONE : fix;
            deluge = deluge == null ? DelugeHosts.NONE : deluge;
        }

        public Settings(List<String> include, List<String> exclude, Set<String> disabledRules,
                        Map<String, Severity> severityOverrides, long maxFileSize) {
            this(include, exclude, disabledRules, severityOverrides, maxFileSize, FixSettings.NONE);
        }

        public Settings(List<String> include, List<String> exclude, Set<String> disabledRules,
                        Map<String, Severity> severityOverrides, long maxFileSize, FixSettings fix) {
            this(include, exclude, disabledRules, severityOverrides, maxFileSize, fix, DelugeHosts.NONE);
        }

        public Settings withMaxFileSize(long bytes) {
            return new Settings(include, exclude, disabledRules, severityOverrides, bytes, fix, deluge);
        }

        public Settings withExclude(List<String> globs) {
            return new Settings(include, globs, disabledRules, severityOverrides, maxFileSize, fix, deluge);
        }

        public Settings withFix(FixSettings newFix) {
            return new Settings(include, exclude, disabledRules, severityOverrides, maxFileSize, newFix, deluge);
        }
    }

    /**
     * The {@code fix:} section: Deluge connection link names per service ({@code crm: zcrm}), whether fixes marked
     * "review" are applied too, which rules' fixes to apply (empty: all), the Java token provider class and the
     * environment variables it reads ({@code null} and empty: the engine decides, see {@link TokenProvider}), and
     * which family of fixes comes first ({@code oauth} or {@code webhook}; {@code null}: the rules' order).
     */
    public record FixSettings(Map<String, String> connections, boolean unsafe, Set<String> rules,
                              String tokenProvider, Map<String, String> tokenProviderEnvironment, String strategy) {
        public static final FixSettings NONE = new FixSettings(Map.of(), false, Set.of());

        public FixSettings {
            connections = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(connections));
            rules = java.util.Collections.unmodifiableSet(new TreeSet<>(rules));
            tokenProviderEnvironment = java.util.Collections.unmodifiableMap(
                    new java.util.TreeMap<>(tokenProviderEnvironment));
        }

        public FixSettings(Map<String, String> connections, boolean unsafe, Set<String> rules) {
            this(connections, unsafe, rules, null, Map.of(), null);
        }

        /**
         * These settings with the command line's on top: its connections and environment names win, its rules
         * replace, unsafe adds, its token provider and strategy win when given.
         */
        public FixSettings overriddenBy(FixSettings cli) {
            Map<String, String> merged = new java.util.TreeMap<>(connections);
            merged.putAll(cli.connections);
            Map<String, String> environment = new java.util.TreeMap<>(tokenProviderEnvironment);
            environment.putAll(cli.tokenProviderEnvironment);
            return new FixSettings(merged, unsafe || cli.unsafe, cli.rules.isEmpty() ? rules : cli.rules,
                    cli.tokenProvider != null ? cli.tokenProvider : tokenProvider, environment,
                    cli.strategy != null ? cli.strategy : strategy);
        }
    }

    /** The families of fixes {@code fix.strategy} and {@code --strategy} can put first. */
    public static final List<String> STRATEGIES = List.of("oauth", "webhook");

    /** Names of environment variables as the generated token provider reads them. */
    private static final java.util.regex.Pattern ENVIRONMENT_NAME = java.util.regex.Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*");
    /** Words a class name cannot be, though Java does not count them as keywords. */
    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /** Link names as Zoho accepts them: a lower-case letter, then lower-case letters, digits and {@code _}. */
    public static final java.util.regex.Pattern LINK_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,49}");

    /** A configuration file and what it says. */
    public record Loaded(Path file, Settings settings) {}

    private ConfigFile() {}

    /**
     * The configuration file that governs a scan root: {@value #DEFAULT_NAME} in the root (a file's folder) or,
     * inside a git work tree, in the nearest folder above it up to the top level, as {@code .gitignore} files
     * apply from above. Outside git only the root's own file counts.
     */
    public static Optional<Path> nearest(Path root) {
        Path start = root.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(start) ? start : start.getParent();
        Path top = folder == null ? null : GitTree.containing(folder).map(GitTree::topLevel).orElse(folder);
        for (Path at = folder; at != null && at.startsWith(top); at = at.getParent()) {
            Path candidate = at.resolve(DEFAULT_NAME);
            if (Files.isRegularFile(candidate)) {
                // named as the user would name it, for one-line error messages
                Path cwd = Path.of("").toAbsolutePath();
                return Optional.of(candidate.startsWith(cwd) ? cwd.relativize(candidate) : candidate);
            }
        }
        return Optional.empty();
    }

    public static Settings load(Path path, Set<String> knownRuleIds) throws ConfigException {
        String name = path.toString();
        JsonNode root;
        try {
            // a key given twice is a mistake to point at, not a value to pick silently
            root = new ObjectMapper(new YAMLFactory())
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("Duplicate field '([^']*)'")
                    .matcher(String.valueOf(e.getOriginalMessage()));
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(name + (duplicate.find() ? ": key '" + duplicate.group(1) + "' given twice"
                    : ": not valid YAML") + " (line " + line + ")");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Settings.EMPTY;
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": expected a mapping at the top level");
        }
        checkKeys(root, TOP_KEYS, name, "");
        List<String> include = strings(root.get("include"), name, "include");
        List<String> exclude = strings(root.get("exclude"), name, "exclude");
        long maxFileSize = 0;
        if (root.has("maxFileSize")) {
            if (!root.get("maxFileSize").isIntegralNumber() || root.get("maxFileSize").asLong() <= 0) {
                throw new ConfigException(name + ": maxFileSize must be a positive number of bytes");
            }
            maxFileSize = root.get("maxFileSize").asLong();
        }
        Set<String> disabled = new TreeSet<>();
        Map<String, Severity> overrides = new LinkedHashMap<>();
        JsonNode rules = root.get("rules");
        if (rules != null && !rules.isNull()) {
            if (!rules.isObject()) {
                throw new ConfigException(name + ": rules must be a mapping with disable and severity");
            }
            checkKeys(rules, RULE_KEYS, name, "rules.");
            for (String id : strings(rules.get("disable"), name, "rules.disable")) {
                disabled.add(knownRule(id, knownRuleIds, name));
            }
            JsonNode severity = rules.get("severity");
            if (severity != null && !severity.isNull()) {
                if (!severity.isObject()) {
                    throw new ConfigException(name + ": rules.severity must map rule ids to error, warning or info");
                }
                Iterator<Map.Entry<String, JsonNode>> fields = severity.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    try {
                        overrides.put(knownRule(e.getKey(), knownRuleIds, name), Severity.parse(e.getValue().asText()));
                    } catch (IllegalArgumentException ex) {
                        throw new ConfigException(name + ": rules.severity." + e.getKey() + ": " + ex.getMessage());
                    }
                }
            }
        }
        return new Settings(include, exclude, disabled, overrides, maxFileSize, fixSettings(root.get("fix"),
                knownRuleIds, name), delugeHosts(root.get("deluge"), name));
    }

    /** {@code deluge: {host: crm, hosts: {"functions/creator/**": creator}}}. */
    private static DelugeHosts delugeHosts(JsonNode deluge, String name) throws ConfigException {
        if (deluge == null || deluge.isNull()) {
            return DelugeHosts.NONE;
        }
        if (!deluge.isObject()) {
            throw new ConfigException(name + ": deluge must be a mapping with host and hosts");
        }
        checkKeys(deluge, DELUGE_KEYS, name, "deluge.");
        String host = deluge.has("host") ? product(deluge.get("host"), name, "deluge.host") : null;
        List<Map.Entry<String, String>> paths = new java.util.ArrayList<>();
        JsonNode hosts = deluge.get("hosts");
        if (hosts != null && !hosts.isNull()) {
            if (!hosts.isObject()) {
                throw new ConfigException(name + ": deluge.hosts must map path globs to a product ("
                        + String.join(", ", new TreeSet<>(DelugeHosts.PRODUCTS)) + ")");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = hosts.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                paths.add(Map.entry(e.getKey(), product(e.getValue(), name, "deluge.hosts." + e.getKey())));
            }
        }
        return new DelugeHosts(host, paths);
    }

    private static String product(JsonNode value, String name, String key) throws ConfigException {
        String product = value == null || !value.isTextual() ? null : value.asText().trim().toLowerCase(
                java.util.Locale.ROOT);
        if (product == null || !DelugeHosts.PRODUCTS.contains(product)) {
            throw new ConfigException(name + ": " + key + " must be one of "
                    + String.join(", ", new TreeSet<>(DelugeHosts.PRODUCTS)) + " (got '"
                    + (value == null ? "" : value.asText()) + "')");
        }
        return product;
    }

    private static FixSettings fixSettings(JsonNode fix, Set<String> knownRuleIds, String name)
            throws ConfigException {
        if (fix == null || fix.isNull()) {
            return FixSettings.NONE;
        }
        if (!fix.isObject()) {
            throw new ConfigException(name + ": fix must be a mapping with connections, unsafe, rules, strategy, "
                    + "tokenProvider and tokenProviderEnvironment");
        }
        checkKeys(fix, FIX_KEYS, name, "fix.");
        Map<String, String> connections = new java.util.TreeMap<>();
        JsonNode links = fix.get("connections");
        if (links != null && !links.isNull()) {
            if (!links.isObject()) {
                throw new ConfigException(name + ": fix.connections must map services (crm, cliq, …) to link names");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = links.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (!e.getValue().isTextual()) {
                    throw new ConfigException(name + ": fix.connections." + e.getKey() + ": '" + e.getValue()
                            + "' is not a connection link name (write the link name as text)");
                }
                connections.put(e.getKey(), linkName(e.getKey(), e.getValue().asText(), name + ": fix.connections."));
            }
        }
        JsonNode unsafe = fix.get("unsafe");
        if (unsafe != null && !unsafe.isNull() && !unsafe.isBoolean()) {
            throw new ConfigException(name + ": fix.unsafe must be true or false");
        }
        Set<String> rules = new TreeSet<>();
        for (String id : strings(fix.get("rules"), name, "fix.rules")) {
            rules.add(knownRule(id, knownRuleIds, name));
        }
        JsonNode provider = fix.get("tokenProvider");
        String tokenProvider = null;
        if (provider != null && !provider.isNull()) {
            tokenProvider = className(provider.isTextual() ? provider.asText() : provider.toString(),
                    name + ": fix.tokenProvider");
        }
        JsonNode strategy = fix.get("strategy");
        String family = null;
        if (strategy != null && !strategy.isNull()) {
            family = strategy(strategy.isTextual() ? strategy.asText() : strategy.toString(), name + ": fix.strategy");
        }
        return new FixSettings(connections, unsafe != null && unsafe.asBoolean(), rules, tokenProvider,
                environmentNames(fix.get("tokenProviderEnvironment"), name), family);
    }

    private static Map<String, String> environmentNames(JsonNode node, String name) throws ConfigException {
        Map<String, String> out = new java.util.TreeMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        String where = name + ": fix.tokenProviderEnvironment";
        if (!node.isObject()) {
            throw new ConfigException(where + " must map " + String.join(", ", TokenProvider.ENVIRONMENT_KEYS)
                    + " to environment variable names");
        }
        checkKeys(node, Set.copyOf(TokenProvider.ENVIRONMENT_KEYS), name, "fix.tokenProviderEnvironment.");
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
            if (!ENVIRONMENT_NAME.matcher(value).matches()) {
                throw new ConfigException(where + "." + e.getKey() + ": '" + value + "' is not an environment "
                        + "variable name (letters, digits and _, not starting with a digit)");
            }
            out.put(e.getKey(), value);
        }
        Map<String, String> all = new TokenProvider("", TokenProvider.DEFAULT_SIMPLE_NAME, "", false, null, out)
                .environment();
        if (Set.copyOf(all.values()).size() != all.size()) {
            throw new ConfigException(where + ": two settings share one environment variable " + all.values());
        }
        return out;
    }

    /**
     * Checks a Java class name given for the token provider ({@code com.acme.zoho.ZohoOAuthTokens}; without a
     * package, the default package); {@code where} prefixes the error.
     */
    public static String className(String name, String where) throws ConfigException {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (!javax.lang.model.SourceVersion.isName(name) || RESTRICTED_TYPE_NAMES.contains(simple)) {
            throw new ConfigException(where + ": '" + name + "' is not a Java class name (a qualified name such as "
                    + "com.acme.zoho.ZohoOAuthTokens, no part a Java keyword)");
        }
        return name;
    }

    /** Checks a strategy ({@code oauth} or {@code webhook}); {@code where} prefixes the error. */
    public static String strategy(String value, String where) throws ConfigException {
        if (!STRATEGIES.contains(value)) {
            throw new ConfigException(where + ": '" + value + "' is not a strategy (expected oauth or webhook)");
        }
        return value;
    }

    /**
     * Checks a connection link name for {@code service}; {@code where} prefixes the error ("file: fix.connections."
     * or "--connection ").
     */
    public static String linkName(String service, String link, String where) throws ConfigException {
        if (!io.cliqmigrate.core.rule.Connections.SERVICES.contains(service)) {
            throw new ConfigException(where + service + ": unknown service (expected one of "
                    + String.join(", ", io.cliqmigrate.core.rule.Connections.SERVICES) + ")");
        }
        if (!LINK_NAME.matcher(link).matches()) {
            throw new ConfigException(where + service + ": '" + link + "' is not a connection link name (a lower-case "
                    + "letter, then lower-case letters, digits or _; at most 50)");
        }
        return link;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String name, String prefix)
            throws ConfigException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new ConfigException(name + ": unknown key '" + prefix + key + "' (expected one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String knownRule(String id, Set<String> known, String name) throws ConfigException {
        if (!known.contains(id)) {
            throw new ConfigException(name + ": unknown rule id '" + id + "' (see 'cliq-migrate rules')");
        }
        return id;
    }

    private static List<String> strings(JsonNode node, String name, String key) throws ConfigException {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
            return out;
        }
        if (!node.isArray()) {
            throw new ConfigException(name + ": " + key + " must be a list of globs");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new ConfigException(name + ": " + key + " must be a list of strings");
            }
            out.add(item.asText());
        }
        return out;
    }
}
