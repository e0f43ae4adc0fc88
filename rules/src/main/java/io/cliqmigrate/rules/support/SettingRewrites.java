package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.rule.DataCentres;
import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rewrites of a legacy authtoken setting, built in one place so that every finding that touches the same
 * setting (the setting itself, its hard-coded value, each reader, a URL that passes it on) proposes identical
 * edits: the engine applies identical edits once and merges the fixes of one setting ({@code configKey}) into
 * one, while different edits of the same text would collide.
 *
 * <p>A setting whose name names Cliq ({@code CLIQ_AUTHTOKEN}, {@code zoho.cliq.authtoken}) authenticates Cliq
 * messages: it becomes the webhook token ({@code CLIQ_WEBHOOK_TOKEN}, {@code zoho.cliq.webhook-token}). Any other
 * becomes the OAuth settings. Only the word {@code authtoken} of a name is replaced, so the rest of the name and
 * its style stay as written.
 */
public final class SettingRewrites {
    /** The strategy of every webhook-token fix; findings of one setting merge only when it is the same. */
    public static final String WEBHOOK = "webhook-token";
    public static final String OAUTH = "oauth-settings";
    /**
     * A call site that sends an OAuth header instead of the token: it changes no setting, so the engine applies it
     * even where the setting's group cannot complete.
     */
    public static final String OAUTH_HEADER = "oauth-header";
    public static final String WEBHOOK_ENV = "CLIQ_WEBHOOK_TOKEN";
    private static final Pattern AUTHTOKEN_WORD = Pattern.compile("(?i)(?<!o)auth[-_.]?token");
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^}:]+)(?::[^}]*)?}$");
    private static final Set<String> REWRITTEN_FORMATS = Set.of("properties", "yaml", "env", "toml", "ini", "json", "xml");
    private static final String[][] OAUTH_SETTINGS = {
            {"client", "id", "ZOHO_CLIENT_ID"}, {"client", "secret", "ZOHO_CLIENT_SECRET"},
            {"refresh", "token", "ZOHO_REFRESH_TOKEN"}, {"accounts", "url", "ZOHO_ACCOUNTS_URL"}};

    public static final String CREATE_WEBHOOK_TOKEN = "Create a webhook token in Cliq (profile → Bots & Tools → "
            + "Webhook Tokens) and set it as " + WEBHOOK_ENV + " in the environment or secret store";
    public static final String REVOKE = "Revoke the old authtoken (accounts.zoho.com → Active Authtokens); a value "
            + "that was committed stays in the version history";

    private SettingRewrites() {}

    /** Whether the legacy setting {@code key} is a Cliq webhook's token: its name names Cliq. */
    public static boolean isWebhookSetting(String key) {
        return key != null && ZohoPatterns.words(key).contains("cliq") && AUTHTOKEN_WORD.matcher(key).find();
    }

    /** The webhook-token name of {@code key} in the key's own style: {@code CLIQ_AUTHTOKEN} → {@code CLIQ_WEBHOOK_TOKEN}. */
    public static String webhookName(String key) {
        Matcher m = AUTHTOKEN_WORD.matcher(key);
        return m.find() ? key.substring(0, m.start()) + webhookWord(m.group(), key, m.start()) + key.substring(m.end())
                : key;
    }

    /**
     * The webhook-token word in the style of the authtoken word and the part of the key it is in (between dots or
     * colons): readers and settings name that part alike ({@code ["authtoken"]} reads {@code zoho.authtoken}), so
     * the key and every reader get the same new name though each is renamed alone. A lone {@code authtoken}
     * becomes {@code webhook-token}, Spring's form, in every format, for that reason.
     */
    private static String webhookWord(String word, String key, int at) {
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return "WEBHOOK_TOKEN";
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return "WebhookToken";
        }
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return "webhookToken";
        }
        String part = key.substring(partStart(key, at), partEnd(key, at));
        return part.contains("_") && !part.contains("-") ? "webhook_token" : "webhook-token";
    }

    private static int partStart(String key, int at) {
        return Math.max(key.lastIndexOf('.', at), key.lastIndexOf(':', at)) + 1;
    }

    private static int partEnd(String key, int at) {
        int end = at;
        while (end < key.length() && key.charAt(end) != '.' && key.charAt(end) != ':') {
            end++;
        }
        return end;
    }

    /**
     * The edit that renames the setting {@code key} where it is written inside {@code range} (a reader's literal,
     * a placeholder, a key): only its authtoken word changes. A reader may write only the key's last part
     * ({@code ["authtoken"]} of {@code zoho.authtoken}) or another separator ({@code Zoho:Cliq:AuthToken}).
     */
    public static Optional<TextEdit> rename(RuleContext ctx, TextRange range, String key) {
        String source = ctx.file().slice(range);
        Matcher m = AUTHTOKEN_WORD.matcher(key);
        if (!m.find()) {
            return Optional.empty();
        }
        String part = key.substring(partStart(key, m.start()));
        int at = source.indexOf(key);
        int word = at < 0 ? -1 : at + m.start();
        if (at < 0 && source.indexOf(part) >= 0) {
            word = source.indexOf(part) + m.start() - partStart(key, m.start());
        }
        if (word < 0) {
            return Optional.empty();
        }
        int start = range.start() + word;
        return Optional.of(ctx.edit(new TextRange(start, start + m.end() - m.start()),
                webhookWord(m.group(), key, m.start())));
    }

    /** The review fix that switches to the webhook token, with its edits; steps say what a person must do. */
    public static Fix webhookFix(String description, List<TextEdit> edits) {
        return Fix.review(WEBHOOK, description, edits, CREATE_WEBHOOK_TOKEN, REVOKE);
    }

    /**
     * The fixes of a legacy setting in a configuration file, in order of preference; none where it stays manual (a
     * format without a rewrite, a setting sharing its line or spread over lines). A webhook setting is renamed and
     * loses its value (or is deleted where the file already has the webhook-token setting); any other, and a
     * webhook setting as the second choice (what {@code fix --strategy oauth} picks), is replaced by the OAuth
     * settings the file lacks. A value is never copied: properties and YAML get environment placeholders, the other
     * formats an empty value to be set from the environment ({@link SettingLine}).
     */
    public static List<Fix> configFixes(RuleContext ctx, CodeFacts facts, Binding binding) {
        String format = ctx.file().languageId();
        SettingLine line = binding.kind() != Binding.Kind.CONFIG_KEY || !REWRITTEN_FORMATS.contains(format) ? null
                : SettingLine.of(format, ctx.file().text(), binding);
        if (line == null) {
            return List.of();
        }
        Fix oauth = oauthFix(ctx, facts, binding, line);
        if (isWebhookSetting(binding.name())) {
            if (defined(facts, binding, webhookName(binding.name()))) {
                return List.of(webhookFix("Remove the authtoken setting; the webhook-token setting is already "
                        + "there", List.of(deleteLine(ctx, line))), oauth);
            }
            return List.of(webhookFix("Turn the authtoken setting into the Cliq webhook-token setting (zapikey)",
                    webhookEdits(ctx, format, binding, line)), oauth);
        }
        return List.of(oauth);
    }

    /**
     * The key renamed and the value made the webhook token's placeholder (a placeholder of the old setting
     * renamed), or left empty with a comment naming the environment variable where the format has no placeholders.
     */
    private static List<TextEdit> webhookEdits(RuleContext ctx, String format, Binding binding, SettingLine line) {
        String value = binding.value().literalValue();
        Matcher placeholder = value == null ? null : PLACEHOLDER.matcher(value.trim());
        boolean renamesPlaceholder = placeholder != null && placeholder.matches();
        if (!line.emptiesSecrets() || format.equals("env")) {
            List<TextEdit> edits = new ArrayList<>();
            rename(ctx, binding.nameRange(), ctx.file().slice(binding.nameRange())).ifPresent(edits::add);
            String source = ctx.file().slice(binding.value().range());
            int open = source.indexOf("${");
            int close = open < 0 ? -1 : source.indexOf('}', open);
            if (renamesPlaceholder && close > open && source.substring(open, close).contains(":")) {
                // ${CLIQ_AUTHTOKEN:9c1d…}: a default is a token written in; it is dropped, never carried on
                edits.add(ctx.edit(new TextRange(binding.value().range().start() + open,
                        binding.value().range().start() + close + 1), "${" + webhookName(placeholder.group(1).trim())
                        + "}"));
            } else if (renamesPlaceholder && AUTHTOKEN_WORD.matcher(placeholder.group(1)).find()) {
                rename(ctx, binding.value().range(), placeholder.group(1)).ifPresent(edits::add);
            } else if (!renamesPlaceholder && binding.value().range().length() > 0) {
                edits.add(ctx.edit(binding.value().range(), format.equals("env") ? "" : "${" + WEBHOOK_ENV + "}"));
            }
            return edits;
        }
        String newValue = !renamesPlaceholder ? "" : "${" + webhookName(placeholder.group(1).trim()) + "}";
        String comment = renamesPlaceholder ? "" : line.comment("set from the " + WEBHOOK_ENV + " environment variable");
        return List.of(ctx.edit(line.range(), comment + line.written(webhookName(line.key()), newValue)));
    }

    /**
     * The setting replaced by the OAuth settings the file lacks (client id, client secret, refresh token as
     * placeholders or empty, the accounts server of the file's data centre written out), in the key's style;
     * accounts hosts of another data centre in the same profile are corrected.
     */
    private static Fix oauthFix(RuleContext ctx, CodeFacts facts, Binding binding, SettingLine line) {
        String format = ctx.file().languageId();
        String text = ctx.file().text();
        String key = line.key();
        int lastPart = partStart(key, key.length() - 1);
        String namePrefix = binding.name().substring(0, partStart(binding.name(), binding.name().length() - 1));
        String accounts = DataCentres.accountsUrl(text);
        List<String> settings = new ArrayList<>();
        List<String> fromEnvironment = new ArrayList<>();
        for (String[] setting : OAUTH_SETTINGS) {
            String name = format.equals("env") ? setting[2]
                    : styled(key.substring(lastPart), setting[0], setting[1], line.style(facts));
            if (defined(facts, binding, format.equals("env") ? name : namePrefix + name)) {
                continue;
            }
            boolean isAccounts = setting[2].equals("ZOHO_ACCOUNTS_URL") && accounts != null;
            String value = isAccounts ? accounts : line.emptiesSecrets() ? "" : "${" + setting[2] + "}";
            if (value.isEmpty()) {
                fromEnvironment.add(setting[2]);
            }
            settings.add(line.written(format.equals("env") ? name : key.substring(0, lastPart) + name, value));
        }
        String comment = fromEnvironment.isEmpty() ? ""
                : line.comment("set from the environment: " + String.join(", ", fromEnvironment));
        List<TextEdit> edits = new ArrayList<>(List.of(settings.isEmpty() ? deleteLine(ctx, line)
                : ctx.edit(line.range(), comment + String.join(line.separator(), settings))));
        String corrected = "";
        for (DataCentres.OtherAccountsHost other : otherAccountsHosts(facts, binding, text, accounts)) {
            edits.add(ctx.edit(other.host(), other.wanted()));
            corrected = "; correct the accounts server '" + other.written() + "' to '" + other.wanted()
                    + "', the data centre of the API host";
        }
        return Fix.review(OAUTH, "Replace the authtoken setting with the OAuth settings (client id, "
                        + "client secret, refresh token, accounts server of the data centre)" + corrected, edits,
                "Create a Self Client in the Zoho API console of this data centre and store its client id, client "
                        + "secret and refresh token as ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET and ZOHO_REFRESH_TOKEN "
                        + "in the environment or secret store",
                "Change the code that read the authtoken to get access tokens from a caching token provider",
                REVOKE);
    }

    /**
     * The accounts hosts of another data centre than the API's, written in a setting of the same profile: a token
     * refreshed there is not valid for the API, so the OAuth fix corrects them rather than add a second accounts
     * server next to them.
     */
    private static List<DataCentres.OtherAccountsHost> otherAccountsHosts(CodeFacts facts, Binding binding,
                                                                          String text, String accounts) {
        if (accounts == null) {
            return List.of();
        }
        return DataCentres.otherAccountsHosts(text, accounts).stream().filter(other -> facts.bindings().stream()
                .anyMatch(b -> b.kind() == Binding.Kind.CONFIG_KEY && b.profile().equals(binding.profile())
                        && b.value() != null && b.value().range().start() <= other.host().start()
                        && other.host().end() <= b.value().range().end())).toList();
    }

    /**
     * {@code client-id}, {@code client_id}, {@code CLIENT_ID}, {@code clientId} or {@code ClientId}, as the replaced
     * key writes its words; a key of one lowercase word shows no style, so {@code fallback} ({@code -}, {@code _}
     * or {@code camel}) decides.
     */
    private static String styled(String like, String first, String second, String fallback) {
        String camel = first + Character.toUpperCase(second.charAt(0)) + second.substring(1);
        if (like.equals(like.toUpperCase(Locale.ROOT))) {
            return (first + "_" + second).toUpperCase(Locale.ROOT);
        }
        if (like.contains("_")) {
            return first + "_" + second;
        }
        if (like.contains("-")) {
            return first + "-" + second;
        }
        if (Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        }
        if (!like.equals(like.toLowerCase(Locale.ROOT))) {
            return camel;
        }
        return fallback.equals("camel") ? camel : first + fallback + second;
    }

    /** Whether the file already sets {@code name} (for the same Spring profile). */
    private static boolean defined(CodeFacts facts, Binding binding, String name) {
        String wanted = normal(name);
        return facts.bindings().stream().anyMatch(b -> b.kind() == Binding.Kind.CONFIG_KEY && b != binding
                && b.profile().equals(binding.profile()) && normal(b.name()).equals(wanted));
    }

    /** A key as settings are linked: case, dots, dashes and underscores aside. */
    static String normal(String key) {
        return io.cliqmigrate.core.code.SettingKeys.relaxed(key);
    }

    private static TextEdit deleteLine(RuleContext ctx, SettingLine line) {
        String text = ctx.file().text();
        int next = line.lineEnd();
        if (next < text.length() && text.charAt(next) == '\r') {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\n') {
            next++;
        }
        int start = line.lineStart();
        if (ctx.file().languageId().equals("json")) {
            // the last member of an object goes with the comma before it: {"a": 1,\n "b": 2} keeps valid JSON
            int after = next;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            boolean last = after >= text.length() || text.charAt(after) == '}' || text.charAt(after) == ']';
            String own = text.substring(line.lineStart(), line.lineEnd()).strip();
            int comma = line.lineStart() - 1;
            while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            if (last && !own.endsWith(",") && comma >= 0 && text.charAt(comma) == ',') {
                return ctx.edit(new TextRange(comma, line.lineEnd()), "");
            }
        }
        return ctx.edit(new TextRange(start, next), "");
    }

    /** Where the line holding {@code from} ends, before its line break. */
    static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }
}
