package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.ConfigModules;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.Lines;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleMeta(id = "config-authtoken-setting", summary = "Configuration setting that holds a legacy Zoho authtoken",
        severity = Severity.ERROR, languages = {"properties", "env", "ini", "toml", "yaml", "json", "xml", "shell", "ruby",
                "php", "powershell", "batch", "make", "hcl", "javascript", "typescript", "python", "html"},
        tags = {Tags.LEGACY_AUTH, Tags.CONFIG},
        manualMinutes = 20, reviewMinutes = 10, safeMinutes = 0,
        effortAssumption = "Per setting: replacing it with the OAuth settings (client id, client secret, refresh "
                + "token) or a webhook token setting, and setting the new values in each environment that "
                + "uses the file; the code that reads it is counted under authtoken-config-read.")
public final class ConfigAuthtokenSettingRule implements Rule {
    static final String PROPERTY = "configKey";
    private static final Set<String> NOT_LEGACY = Set.of("oauth", "oauthtoken", "refresh", "access", "client",
            "bearer", "registry", "npm", "webhook", "zapikey", "id");
    /** A value that only refers to a setting: {@code ${zoho.cliq.authtoken}} or {@code ${ZOHO_AUTHTOKEN:}}. */
    /** A value that is another setting: Spring's {@code ${key}} (with a default or not), Symfony's {@code %key%}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:\\$\\{([^}:]+)(?::[^}]*)?}|%([\\w.-]+)%)$");
    private static final Fix FIX = Fix.manual("oauth", "Replace the authtoken setting with OAuth settings",
            "Remove the authtoken setting from every configuration file and environment",
            "Add ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET and ZOHO_REFRESH_TOKEN (kept in a secret store) and "
                    + "ZOHO_ACCOUNTS_URL for the data centre, or a Cliq webhook token (CLIQ_WEBHOOK_TOKEN)",
            "Change the code that reads the old setting to get access tokens from a caching token provider");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        if (PLUGIN_LANGUAGES.contains(facts.file().languageId())) {
            for (TextRange key : libraryConfigurationKeys(facts)) {
                String name = facts.file().slice(key);
                ctx.report(key, "Setting '" + name + "' of this library's configuration holds a legacy Zoho "
                        + "authtoken, which Zoho stopped accepting in 2021, so whatever the library sends with it "
                        + "fails. The setting itself must go, with every place that sets it", List.of(),
                        fixes(Optional.empty()), Map.of(PROPERTY, name));
            }
        }
        java.util.Set<TextRange> reported = new java.util.HashSet<>();
        java.util.Set<String> vendorSections = null;
        java.util.Set<String> zohoSections = null;
        // (the arrays a PHP configuration file returns are read below, with the keys around each setting)
        // in JavaScript only a configuration module's exported object holds settings
        String language = facts.file().languageId();
        boolean script = "javascript".equals(language) || "typescript".equals(language);
        // a page's markup holds a form's fields, not settings: only its settings fields (below) count
        List<TextRange> defaults = PLUGIN_LANGUAGES.contains(language)
                ? pluginDefaults(facts.file().text()) : script ? ConfigModules.returnedArrays(facts)
                : "html".equals(language) ? List.of() : null;
        boolean python = "python".equals(language);
        for (Binding binding : facts.bindings()) {
            if (binding.kind() != Binding.Kind.CONFIG_KEY && binding.kind() != Binding.Kind.ASSIGNMENT
                    || !mayConcernToken(binding)
                    || defaults != null && defaults.stream().noneMatch(d -> d.contains(binding.nameRange()))
                    || python && !settingConstant(facts, binding)) {
                continue;
            }
            String profile = binding.profile().isEmpty() ? "" : " (Spring profile '" + binding.profile() + "')";
            boolean zohoSection = false;
            if (binding.kind() == Binding.Kind.CONFIG_KEY && !ZohoHints.isHint(binding.name())) {
                vendorSections = vendorSections != null ? vendorSections : otherVendorSections(facts);
                zohoSections = zohoSections != null ? zohoSections : zohoSections(facts);
                zohoSection = zohoSections.contains(section(binding.name()));
                if (!zohoSection && (vendorSections.contains(section(binding.name()))
                        || notAnAuthtoken(binding))) {
                    continue;
                }
            }
            String setting = hclSetting(facts, binding.name());
            if (oauthShaped(binding)) {
                continue;
            }
            if (isLegacySetting(zohoSection ? setting.substring(setting.lastIndexOf('.') + 1) : setting, facts)) {
                reported.add(binding.nameRange());
                ctx.report(binding.nameRange(), holdsMessage(binding.name() + "'" + profile), List.of(),
                        fixes(SettingRewrites.configFixes(ctx, facts, binding)),
                        properties(binding.name(), binding, facts));
                continue;
            }
            String value = binding.value() == null ? null : binding.value().literalValue();
            Matcher placeholder = value == null ? null : PLACEHOLDER.matcher(value.trim());
            String passed = placeholder == null || !placeholder.matches() ? null
                    : placeholder.group(1) != null ? placeholder.group(1) : placeholder.group(2);
            if (passed != null && isLegacySetting(passed, facts)) {
                // a Symfony parameter is passed on to a service's constructor: no rename or removal is offered
                boolean spring = placeholder.group(1) != null;
                ctx.report(binding.value().range(), "Passes the legacy Zoho authtoken setting '" + passed
                        + "' into this configuration" + profile + ": whatever receives it fails since 2021. Pass "
                        + "OAuth settings instead", List.of(), fixes(spring ? passedOn(ctx, passed, binding)
                                .or(() -> constructorArgument(ctx, binding)) : Optional.empty()),
                        properties(passed, binding));
            }
        }
        // a field named for the token itself, not one about it (generate_new_authtoken, a checkbox)
        for (TextRange field : io.cliqmigrate.rules.support.SettingsFields.in(facts, (name, f) -> holdsToken(name)
                && isLegacySetting(name, f), false)) {
            if (reported.stream().noneMatch(field::overlaps) && reported.add(field)) {
                String name = facts.file().slice(field);
                ctx.report(field, "Settings field '" + name + "' asks for a legacy Zoho authtoken, which Zoho "
                        + "stopped issuing and accepting in 2021: whoever sets this up cannot get one, and a stored one "
                        + "fails. Ask for OAuth settings (client ID, client secret, refresh token) instead", List.of(),
                        fixes(Optional.empty()), Map.of(PROPERTY, name));
            }
        }
        // a PHP configuration file's array sets its keys from the environment (env('ZOHO_AUTHTOKEN')) as often as
        // it writes them
        if (!ConfigModules.returnedArrays(facts).isEmpty()) {
            for (CallFact call : facts.calls()) {
                for (Calls.Pair pair : Calls.pairs(facts, call)) {
                    String key = pair.keyText() == null || !ConfigModules.inReturnedArray(facts, pair.key().range())
                            ? null : ConfigModules.path(facts, pair.key().range(), pair.keyText().trim());
                    if (key != null && isLegacySetting(key, facts) && reported.add(pair.key().range())) {
                        ctx.report(pair.key().range(), holdsMessage(key + "'"), List.of(), fixes(Optional.empty()),
                                Map.of(PROPERTY, key));
                    }
                }
            }
        }
    }

    /**
     * In Terraform a block's attributes are named with its labels ({@code zoho_authtoken.name} of
     * {@code resource "aws_ssm_parameter" "zoho_authtoken" {…}}): the setting that holds the value is the block's
     * {@code default} or {@code value}, named by the block, or an attribute named for the token itself; the block's
     * other attributes (its {@code name}, {@code type}) are not.
     */
    private static String hclSetting(CodeFacts facts, String name) {
        int dot = name.lastIndexOf('.');
        if (!"hcl".equals(facts.file().languageId()) || dot < 0) {
            return name;
        }
        String last = name.substring(dot + 1);
        return last.equals("default") || last.equals("value") ? name.substring(0, dot) : last;
    }

    /** Words of a field that is about the token rather than holding it: a checkbox to generate a new one. */
    private static final Set<String> ABOUT_TOKEN = Set.of("generate", "regenerate", "new", "renew", "reset", "enable",
            "use", "show", "is", "has", "get", "test", "check", "validate", "link", "url", "help", "label");

    static boolean holdsToken(String name) {
        List<String> words = ZohoPatterns.words(name);
        return !words.isEmpty() && List.of("token", "authtoken").contains(words.get(words.size() - 1))
                && words.stream().noneMatch(ABOUT_TOKEN::contains);
    }

    /** The message of a setting that holds the token; {@code quotedName} is its name and closing quote, and more. */
    private static String holdsMessage(String quotedName) {
        return "Configuration setting '" + quotedName + " holds a legacy Zoho authtoken, which Zoho stopped accepting "
                + "in 2021, so whatever reads it fails. The setting itself must go, whether its value is written here "
                + "or comes from the environment";
    }

    /** The automatic fix, if any, then the manual steps. */
    static List<Fix> fixes(Optional<Fix> automatic) {
        return fixes(automatic.stream().toList());
    }

    /** The automatic fixes in order of preference, then the manual steps. */
    static List<Fix> fixes(List<Fix> automatic) {
        List<Fix> all = new java.util.ArrayList<>(automatic);
        all.add(FIX);
        return all;
    }

    /**
     * {@code <constructor-arg value="${zoho.cliq.authtoken}"/>}: the argument goes, where the class's constructor loses
     * the parameter in the same fix (the field it filled is unread once the class sends OAuth headers).
     */
    private static Optional<Fix> constructorArgument(RuleContext ctx, Binding binding) {
        if (!"xml".equals(ctx.file().languageId())) {
            return Optional.empty();
        }
        String text = ctx.file().text();
        return io.cliqmigrate.rules.support.SpringBeans.constructorArgAt(text, binding.value().range().start())
                .map(arg -> {
                    String key = Fix.constructorKey(arg.className(), arg.count(), arg.index());
                    return Fix.review(io.cliqmigrate.rules.support.SettingRewrites.OAUTH_HEADER, "Remove this "
                                    + "argument: " + arg.className().substring(arg.className().lastIndexOf('.') + 1)
                                    + " no longer takes the authtoken (its constructor loses the parameter in the same "
                                    + "fix)", List.of(ctx.edit(Lines.alone(text, arg.start(), arg.end())
                                    .orElse(new TextRange(arg.start(), arg.end())), "")),
                            io.cliqmigrate.rules.support.SettingRewrites.REVOKE)
                            .needing(List.of(key)).covering(List.of(key));
                });
    }

    /**
     * {@code ${zoho.cliq.authtoken}} passed on: renamed with the setting, where it is Cliq's webhook token; not where
     * a Spring bean gets it ({@code <constructor-arg value="${…}"/>}), as its class may send it as an authtoken.
     */
    private static Optional<Fix> passedOn(RuleContext ctx, String key, Binding binding) {
        boolean toCode = "xml".equals(ctx.file().languageId())
                && io.cliqmigrate.rules.support.SpringBeans.injectsAt(ctx.file().text(), binding.value().range().start());
        return SettingRewrites.isWebhookSetting(key) && !toCode ? SettingRewrites.rename(ctx, binding.value().range(), key)
                .map(edit -> SettingRewrites.webhookFix("Pass the Cliq webhook-token setting on instead",
                        List.of(edit))) : Optional.empty();
    }

    /**
     * The configuration sections about another vendor ({@code sms: {provider: twilio, authToken: …}}): a bare
     * {@code authToken} there is that vendor's, even in a file that also talks to Zoho.
     */
    private static java.util.Set<String> otherVendorSections(CodeFacts facts) {
        return sectionsHolding(facts, value -> ZohoPatterns.OTHER_VENDOR.matcher(value).find()
                && !ZohoHints.isHint(value));
    }

    /**
     * The configuration sections that hold an authtoken-era scope or a Zoho host next to their keys
     * ({@code aws: {scope: creatorapi, zc_ownername: …, authtoken: …}}): whatever the section is called, a bare
     * {@code authtoken} there is Zoho's.
     */
    private static java.util.Set<String> zohoSections(CodeFacts facts) {
        return sectionsHolding(facts, value -> ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value).matches()
                || ZohoPatterns.LEGACY_SCOPE.matcher(value).find() || ZohoHints.isLiteralHint(value));
    }

    /** The sections with a setting whose written value {@code says} what the section is about. */
    private static java.util.Set<String> sectionsHolding(CodeFacts facts, java.util.function.Predicate<String> says) {
        java.util.Set<String> sections = new java.util.HashSet<>();
        for (Binding binding : facts.bindings()) {
            String value = binding.kind() == Binding.Kind.CONFIG_KEY && binding.value() != null
                    ? binding.value().literalValue() : null;
            String section = section(binding.name());
            if (value != null && !section.isEmpty() && says.test(value)) {
                sections.add(section);
            }
        }
        return sections;
    }

    /**
     * A value written out that cannot be an authtoken: the generator issued 32 hex digits, so a longer or shorter
     * run of them under a bare {@code authtoken} key (Africa's Talking's 64) is another vendor's token.
     */
    private static boolean notAnAuthtoken(Binding binding) {
        String value = binding.value() == null ? null : binding.value().literalValue();
        return value != null && value.length() >= 20 && value.length() != 32 && HEX.matcher(value).matches();
    }

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    /**
     * A setting whose value is written in OAuth's shape ({@code ZOHO_TOKEN="1000.…"}, also masked by its poster):
     * an access or refresh token, a grant code or a client id, whatever the name says; the authtoken had no dots.
     */
    private static boolean oauthShaped(Binding binding) {
        String value = binding.value() == null ? null : binding.value().literalValue();
        return value != null && OAUTH_VALUE.matcher(value.trim()).lookingAt();
    }

    private static final Pattern OAUTH_VALUE = Pattern.compile("100\\d\\.(?:[0-9A-Za-z]{4}|[.*\u2026]+)");

    /** A Python settings class ({@code class Config:}, Flask's {@code class ProductionConfig(Config):}). */
    private static final Pattern SETTINGS_CLASS = Pattern.compile("^[ \\t]*class\\s+\\w*(?:Config|Configuration|Settings)\\b");

    /**
     * In Python, settings are module constants (Django's {@code settings.py}, a {@code zoho.py.default} template)
     * or the constants of a settings class, written in capitals with a value of their own:
     * {@code AUTHTOKEN = 'ZOHO AUTHENTICATION TOKEN'}. A constant holding the parameter's name
     * ({@code AUTHTOKEN = 'authtoken'}) is a key, and a read of the environment is reported where it is read.
     */
    private static boolean settingConstant(CodeFacts facts, Binding binding) {
        String value = binding.value() == null ? null : binding.value().literalValue();
        return binding.kind() == Binding.Kind.ASSIGNMENT && binding.name().matches("[A-Z][A-Z0-9_]*")
                && value != null && !Calls.isAuthtokenKey(value.trim())
                && moduleOrSettingsClass(facts.file().text(), binding.nameRange().start());
    }

    /** Written at the module's top level, or right in the body of a settings class (not in a function). */
    private static boolean moduleOrSettingsClass(String text, int at) {
        int lineStart = Lines.startOf(text, at);
        int indent = at - lineStart;
        if (indent == 0) {
            return true;
        }
        // the nearest line before, indented less, is what the constant is written in
        for (int end = lineStart - 1; end > 0; ) {
            int start = Lines.startOf(text, end);
            String line = text.substring(start, end);
            int own = line.length() - line.stripLeading().length();
            if (!line.isBlank() && own < indent && !line.stripLeading().startsWith("#")) {
                return SETTINGS_CLASS.matcher(line).find();
            }
            end = start - 1;
        }
        return false;
    }

    /** Code languages whose plugins declare their settings with defaults in code. */
    private static final Set<String> PLUGIN_LANGUAGES = Set.of("ruby", "php");
    /**
     * A plugin's settings declared with their defaults in code: Redmine's {@code settings default: {…}} (also
     * {@code :default => {…}}) and WordPress's {@code add_option('my_plugin', [...])}; the opening bracket ends it.
     */
    private static final Pattern PLUGIN_DEFAULTS = Pattern.compile("\\bsettings\\s*\\(?\\s*(?:default:|:default\\s*=>)\\s*\\{"
            + "|\\badd_(?:site_)?option\\s*\\(\\s*['\"][\\w-]+['\"]\\s*,\\s*(?:array\\s*\\(|\\[)");

    /** A Ruby configuration class: {@code class Configuration}, {@code class Config}, {@code class Settings}. */
    private static final Pattern CONFIGURATION_CLASS = Pattern.compile(
            "(?m)^[ \\t]*class\\s+(?:\\w+::)*(?:\\w*Config(?:uration)?|\\w*Settings|\\w*Options)\\b");
    private static final Pattern ANY_CLASS = Pattern.compile("(?m)^[ \\t]*class\\s.*$");
    private static final Pattern ACCESSORS = Pattern.compile("(?m)^[ \\t]*attr_(?:accessor|writer)\\s+(.+)$");
    private static final Pattern SYMBOL = Pattern.compile(":(\\w+)");
    /** A Symfony bundle's configuration tree: {@code ->scalarNode('auth_token')}. */
    private static final Pattern TREE_NODE = Pattern.compile("->\\s*scalarNode\\s*\\(\\s*['\"]([\\w.-]+)['\"]\\s*\\)");

    /**
     * The settings a client library declares as its configuration, the one place it defines them: a Ruby gem's
     * {@code class Configuration} with {@code attr_accessor :auth_token}, and a Symfony bundle's configuration tree
     * ({@code ->scalarNode('auth_token')} under a {@code TreeBuilder}); the key's name, where a legacy authtoken
     * setting's. An accessor of another class (a client's) is where the token is used, not configured.
     */
    private static List<TextRange> libraryConfigurationKeys(CodeFacts facts) {
        List<TextRange> keys = new java.util.ArrayList<>();
        String text = facts.file().text();
        boolean ruby = facts.file().languageId().equals("ruby");
        if (ruby ? !text.contains("attr_") : !text.contains("TreeBuilder")) {
            return keys;
        }
        Matcher m = (ruby ? ACCESSORS : TREE_NODE).matcher(text);
        while (m.find()) {
            if (Lines.inComment(facts, m.start())) {
                continue;
            }
            if (ruby) {
                // the accessor belongs to the class declared last before it
                Matcher classes = ANY_CLASS.matcher(text).region(0, m.start());
                String owner = null;
                while (classes.find()) {
                    owner = classes.group();
                }
                if (owner == null || !CONFIGURATION_CLASS.matcher(owner).find()) {
                    continue;
                }
                Matcher symbol = SYMBOL.matcher(m.group(1));
                while (symbol.find()) {
                    if (isLegacySetting(symbol.group(1), facts)) {
                        keys.add(new TextRange(m.start(1) + symbol.start(1),
                                m.start(1) + symbol.end(1)));
                    }
                }
            } else if (isLegacySetting(m.group(1), facts)) {
                keys.add(new TextRange(m.start(1), m.end(1)));
            }
        }
        return keys;
    }

    /** Where a Ruby or PHP file declares its plugin's settings: only those keys are settings there. */
    private static List<TextRange> pluginDefaults(String text) {
        return io.cliqmigrate.rules.support.BracketBlocks.after(text, PLUGIN_DEFAULTS);
    }

    /** Cheap first: a key that names a token, or a value that passes a setting on ({@code ${…}}, {@code %…%}). */
    private static boolean mayConcernToken(Binding binding) {
        String value = binding.value() == null ? null : binding.value().literalValue();
        return binding.name().toLowerCase(java.util.Locale.ROOT).contains("token")
                || value != null && (value.trim().startsWith("${") || value.trim().startsWith("%"));
    }

    private static String section(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The setting's key (the engine links it to the code that reads it) and, where there is one, its profile. */
    static Map<String, String> properties(String key, Binding binding) {
        return binding.profile().isEmpty() ? Map.of(PROPERTY, key)
                : Map.of(PROPERTY, key, "profile", binding.profile());
    }

    /**
     * As {@link #properties(String, Binding)}, plus the other setting the value passes on ({@code uses}:
     * {@code zoho.crm.authtoken=${zoho.cliq.authtoken}} uses {@code zoho.cliq.authtoken}), so that setting is not
     * renamed while this line still names it.
     */
    static Map<String, String> properties(String key, Binding binding, CodeFacts facts) {
        Map<String, String> out = new java.util.TreeMap<>(properties(key, binding));
        if (binding.value() != null) {
            Matcher ref = REFERENCE.matcher(facts.sourceText(binding.value().range()));
            if (ref.find() && !ref.group(1).equals(key)) {
                out.put(USES, ref.group(1));
            }
        }
        return out;
    }

    /** The property naming the setting a value passes on; the engine holds its rename back while this one stays. */
    static final String USES = "usesSetting";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z0-9_.\\-]+)\\s*(?::[^}]*)?}");

    /**
     * {@code zoho.cliq.authtoken}, {@code CLIQ_AUTHTOKEN}, {@code ZOHO_TOKEN}, {@code zoho.authentication.token},
     * or a bare {@code authtoken} in a file that talks to Zoho; not OAuth settings, npm's {@code _authToken} or another vendor's token.
     */
    /**
     * A package named in a manifest or lock file, not a setting: {@code "@octokit/auth-token": "^6.0.0"} under
     * {@code dependencies} (npm's {@code requires} in older lock files), or any key that is a scoped package's name.
     */
    private static final Pattern PACKAGE_NAME = Pattern.compile(
            "(?i)(?:^|\\.)(?:(?:dev|peer|optional|bundle)?dependencies|requires)\\.|(?:^|\\.)@[\\w.-]+/[^.]*$");

    static boolean isLegacySetting(String key, CodeFacts facts) {
        if (PACKAGE_NAME.matcher(key).find()) {
            return false;
        }
        // a numbered copy is the same setting: ZOHO_AUTH_TOKEN2, authtoken_2
        List<String> words = ZohoPatterns.words(key).stream().map(w -> w.replaceFirst("(?<=[a-z])\\d+$", ""))
                .filter(w -> !w.isEmpty() && !w.chars().allMatch(Character::isDigit)).toList();
        if (words.stream().anyMatch(NOT_LEGACY::contains) || ZohoPatterns.OTHER_VENDOR.matcher(key).find()) {
            return false;
        }
        int last = words.size() - 1;
        boolean authtoken = words.contains("authtoken") || last > 0 && words.get(last).equals("token")
                && words.get(last - 1).equals("auth");
        boolean zohoToken = last > 0 && words.get(last).equals("token")
                && (words.get(last - 1).equals("zoho") || words.get(last - 1).equals("cliq"));
        // Zoho's pages called the authtoken the "authentication token"; elsewhere (Devise) it is another thing
        boolean authenticationToken = last > 0 && words.get(last).equals("token")
                && words.get(last - 1).equals("authentication");
        if (zohoToken) {
            // the Zoho token of a file that speaks of OAuth's grant token (Zoho's SDK configuration: its token is
            // a grant, refresh or access token as auth_flow_type says); a file midway through the migration
            // (ZOHO_TOKEN beside ZOHO_REFRESH_TOKEN) still has the old one
            return !Guards.mentionsAny(facts, "granttoken", "grant_token");
        }
        if (authenticationToken && ZohoHints.isHint(key)) {
            return true;
        }
        return authtoken && (ZohoHints.isHint(key) || facts.hasZohoContext(""));
    }
}
