package io.cliqmigrate.rules.support;

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
    public static final String WEBHOOK_ENV = "CLIQ_WEBHOOK_TOKEN";
    private static final Pattern AUTHTOKEN_WORD = Pattern.compile("(?i)(?<!o)auth[-_.]?token");
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^}:]+)(?::[^}]*)?}$");
    private static final Set<String> REWRITTEN_FORMATS = Set.of("properties", "yaml", "env");
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
        return m.find() ? key.substring(0, m.start()) + webhookWord(m.group(), key) + key.substring(m.end()) : key;
    }

    private static String webhookWord(String word, String key) {
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return "WEBHOOK_TOKEN";
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return "WebhookToken";
        }
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return "webhookToken";
        }
        return key.contains("_") && !key.contains("-") ? "webhook_token" : "webhook-token";
    }

    /**
     * The edit that renames the setting {@code key} where it is written inside {@code range} (a reader's literal,
     * a placeholder, a key): only its authtoken word changes.
     */
    public static Optional<TextEdit> rename(RuleContext ctx, TextRange range, String key) {
        String source = ctx.file().slice(range);
        int at = source.indexOf(key);
        Matcher m = AUTHTOKEN_WORD.matcher(key);
        if (at < 0 || !m.find()) {
            return Optional.empty();
        }
        int start = range.start() + at + m.start();
        return Optional.of(ctx.edit(new TextRange(start, start + m.end() - m.start()), webhookWord(m.group(), key)));
    }

    /** The review fix that switches to the webhook token, with its edits; steps say what a person must do. */
    public static Fix webhookFix(String description, List<TextEdit> edits) {
        return Fix.review(WEBHOOK, description, edits, CREATE_WEBHOOK_TOKEN, REVOKE);
    }

    /**
     * The fix of a legacy setting in a properties, YAML or .env file, empty where it stays manual (another format,
     * or a value spread over lines). A webhook setting is renamed and loses its value (or is deleted where the
     * file already has the webhook-token setting); any other is replaced by the OAuth settings the file lacks.
     * A value is never copied.
     */
    public static Optional<Fix> configFix(RuleContext ctx, CodeFacts facts, Binding binding) {
        String format = ctx.file().languageId();
        if (binding.kind() != Binding.Kind.CONFIG_KEY || !REWRITTEN_FORMATS.contains(format)) {
            return Optional.empty();
        }
        String text = ctx.file().text();
        int end = binding.value() != null ? Math.max(binding.nameRange().end(), binding.value().range().end())
                : binding.nameRange().end();
        int lineStart = text.lastIndexOf('\n', binding.nameRange().start() - 1) + 1;
        int lineEnd = lineEnd(text, end);
        if (text.substring(binding.nameRange().start(), end).contains("\n")
                || !text.substring(end, lineEnd).isBlank()) {
            return Optional.empty();
        }
        String indent = text.substring(lineStart, binding.nameRange().start());
        if (!indent.isBlank()) {
            return Optional.empty();
        }
        if (isWebhookSetting(binding.name())) {
            if (defined(facts, binding, webhookName(binding.name()))) {
                return Optional.of(webhookFix("Remove the authtoken setting; the webhook-token setting is already "
                        + "there", List.of(deleteLine(ctx, text, lineStart, lineEnd))));
            }
            List<TextEdit> edits = new ArrayList<>();
            rename(ctx, binding.nameRange(), ctx.file().slice(binding.nameRange())).ifPresent(edits::add);
            valueEdit(ctx, format, binding).ifPresent(edits::add);
            return edits.isEmpty() ? Optional.empty() : Optional.of(webhookFix(
                    "Turn the authtoken setting into the Cliq webhook-token setting (zapikey)", edits));
        }
        String section = section(binding.name());
        String lastWord = binding.name().substring(section.isEmpty() ? 0 : section.length() + 1);
        String accounts = DataCentres.accountsUrl(text);
        List<String> lines = new ArrayList<>();
        for (String[] setting : OAUTH_SETTINGS) {
            String name = format.equals("env") ? setting[2] : styled(lastWord, setting[0], setting[1]);
            String fullName = format.equals("env") || section.isEmpty() ? name : section + "." + name;
            if (defined(facts, binding, fullName)) {
                continue;
            }
            boolean isAccounts = setting[2].equals("ZOHO_ACCOUNTS_URL") && accounts != null;
            String value = isAccounts ? accounts : format.equals("env") ? "" : "${" + setting[2] + "}";
            String written = format.equals("properties") ? fullName : name;
            lines.add(written + (format.equals("yaml") ? ": " : "=") + value);
        }
        List<TextEdit> edits = new ArrayList<>(List.of(lines.isEmpty() ? deleteLine(ctx, text, lineStart, lineEnd)
                : ctx.edit(new TextRange(binding.nameRange().start(), lineEnd), String.join("\n" + indent, lines))));
        String corrected = "";
        for (DataCentres.OtherAccountsHost other : otherAccountsHosts(facts, binding, text, accounts)) {
            edits.add(ctx.edit(other.host(), other.wanted()));
            corrected = "; correct the accounts server '" + other.written() + "' to '" + other.wanted()
                    + "', the data centre of the API host";
        }
        return Optional.of(Fix.review(OAUTH, "Replace the authtoken setting with the OAuth settings (client id, "
                        + "client secret, refresh token, accounts server of the data centre)" + corrected, edits,
                "Create a Self Client in the Zoho API console of this data centre and store its client id, client "
                        + "secret and refresh token as ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET and ZOHO_REFRESH_TOKEN "
                        + "in the environment or secret store",
                "Change the code that read the authtoken to get access tokens from a caching token provider",
                REVOKE));
    }

    /** The setting's value made an environment placeholder; a placeholder of the old setting is renamed. */
    private static Optional<TextEdit> valueEdit(RuleContext ctx, String format, Binding binding) {
        if (binding.value() == null || binding.value().range().length() == 0) {
            return Optional.empty();
        }
        String value = binding.value().literalValue();
        Matcher placeholder = value == null ? null : PLACEHOLDER.matcher(value.trim());
        if (placeholder != null && placeholder.matches()) {
            return AUTHTOKEN_WORD.matcher(placeholder.group(1)).find()
                    ? rename(ctx, binding.value().range(), placeholder.group(1)) : Optional.empty();
        }
        return Optional.of(ctx.edit(binding.value().range(), format.equals("env") ? "" : "${" + WEBHOOK_ENV + "}"));
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

    /** {@code client-id}, {@code client_id} or {@code clientId}, as the replaced key writes its words. */
    private static String styled(String like, String first, String second) {
        if (like.contains("_")) {
            return like.equals(like.toUpperCase(Locale.ROOT)) ? (first + "_" + second).toUpperCase(Locale.ROOT)
                    : first + "_" + second;
        }
        if (!like.equals(like.toLowerCase(Locale.ROOT))) {
            return first + Character.toUpperCase(second.charAt(0)) + second.substring(1);
        }
        return first + "-" + second;
    }

    /** Whether the file already sets {@code name} (for the same Spring profile). */
    private static boolean defined(CodeFacts facts, Binding binding, String name) {
        String wanted = normal(name);
        return facts.bindings().stream().anyMatch(b -> b.kind() == Binding.Kind.CONFIG_KEY && b != binding
                && b.profile().equals(binding.profile()) && normal(b.name()).equals(wanted));
    }

    /** A key as settings are linked: case, dots, dashes and underscores aside. */
    static String normal(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[._\\-]", "");
    }

    private static TextEdit deleteLine(RuleContext ctx, String text, int lineStart, int lineEnd) {
        int next = lineEnd;
        if (next < text.length() && text.charAt(next) == '\r') {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\n') {
            next++;
        }
        return ctx.edit(new TextRange(lineStart, next), "");
    }

    /** Where the line holding {@code from} ends, before its line break. */
    static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static String section(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
