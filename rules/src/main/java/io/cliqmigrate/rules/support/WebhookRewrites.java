package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The switch of a Cliq messaging call (post to a channel or a bot, a bot's incoming handler) from the authtoken to
 * a webhook token: {@code ?authtoken=} becomes {@code ?zapikey=} with the value expression kept, and where the
 * token comes from a setting that setting is renamed with {@link SettingRewrites} (the finding carries the
 * setting's {@code configKey}, so the engine joins the rename in the configuration and every reader into this
 * fix). A token written into the URL stays manual: it must be revoked, not sent on under another name.
 */
public final class WebhookRewrites {
    /** The path of a messaging endpoint that accepts a webhook token, right before the query. */
    private static final Pattern MESSAGING_PATH = Pattern.compile(
            "(?i)/api/v2/(?:channelsbyname/[^/?#&]*/message|bots/[^/?#&]*/(?:message|incoming))/?$");
    private static final Pattern AUTHTOKEN_KEY = Pattern.compile("(?i)auth_?token");
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^}:]+)(?::[^}]*)?}$");
    /** An environment read written inside an interpolation or a shell word: {@code {os.environ['X']}}, {@code ${X}}. */
    private static final Pattern ENV_READ = Pattern.compile("(?:environ(?:\\.get)?\\s*[\\[(]|getenv\\s*\\(|Getenv\\s*\\("
            + "|GetEnvironmentVariable\\s*\\(|ENV(?:\\.fetch)?\\s*[\\[(]|process\\.env\\.)\\s*['\"]?([A-Za-z_][\\w.\\-]*)");
    private static final Pattern SHELL_VARIABLE = Pattern.compile("^\\$\\{?([A-Za-z_]\\w*)");
    private static final String DESCRIPTION = "Authenticate the Cliq message with a webhook token (zapikey)";

    /** A place where code reads a setting: the text naming it, and its key. */
    public record SettingRead(TextRange range, String key) {}

    /** A fix and the properties its finding carries. */
    public record Rewrite(Fix fix, Map<String, String> properties) {}

    private WebhookRewrites() {}

    /** Whether the query parameter at {@code paramAt} of {@code url} belongs to a Cliq messaging URL. */
    public static boolean isMessagingUrl(String url, int paramAt) {
        String before = url.substring(0, paramAt);
        int query = before.lastIndexOf('?');
        return MESSAGING_PATH.matcher(query < 0 ? before : before.substring(0, query)).find();
    }

    /** Whether a string of the call's chain (the request it builds) is a Cliq messaging URL. */
    public static boolean isMessagingRequest(CodeFacts facts, CallFact call) {
        for (CallFact c : facts.chainOf(call)) {
            for (StringExpr arg : c.args()) {
                String text = facts.fold(arg).text();
                int query = text.indexOf('?');
                if (isMessagingUrl(text, query < 0 ? text.length() : query)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code ?authtoken=<value>} of a messaging URL, matched in {@code folded} with the value starting at
     * {@code valueAt} and the key written at {@code key}; empty when the value is written out (a token) or comes
     * from a setting that is not Cliq's.
     */
    public static Optional<Rewrite> queryParam(RuleContext ctx, FoldedString folded, int valueAt, TextRange key,
                                               List<SettingRead> reads) {
        if (ctx.file().languageId().equals("deluge")) {
            return Optional.empty();
        }
        String text = folded.text();
        int end = valueAt;
        while (end < text.length() && "&#\"' ".indexOf(text.charAt(end)) < 0 && text.charAt(end) != FoldedString.HOLE) {
            end++;
        }
        String written = text.substring(valueAt, end);
        if (!written.isEmpty()) {
            Matcher placeholder = PLACEHOLDER.matcher(written);
            if (!placeholder.matches()) {
                return Optional.empty();
            }
            String lineRest = ctx.file().text().substring(key.end(), SettingRewrites.lineEnd(ctx.file().text(), key.end()));
            int at = lineRest.indexOf(written);
            return at < 0 ? Optional.empty() : rewrite(ctx, key, placeholder.group(1),
                    new TextRange(key.end() + at, key.end() + at + written.length()));
        }
        FoldedString.Segment value = end < text.length() ? folded.segmentAt(end) : null;
        return value == null ? Optional.empty() : fromValue(ctx, key, value.origin(), reads);
    }

    /** {@code .queryParam("authtoken", token)} and query maps of a messaging request; {@code value} is the token. */
    public static Optional<Rewrite> queryEntry(RuleContext ctx, StringExpr keyArg, StringExpr value,
                                               List<SettingRead> reads) {
        if (value == null || ctx.file().languageId().equals("deluge") || value.literalValue() != null) {
            return Optional.empty();
        }
        return fromValue(ctx, keyArg.range(), value.range(), reads);
    }

    /** The token is an expression: a read of a setting inside it, else the one Cliq setting the file reads. */
    private static Optional<Rewrite> fromValue(RuleContext ctx, TextRange key, TextRange value, List<SettingRead> reads) {
        for (SettingRead read : reads) {
            if (read.range().start() >= value.start() && read.range().end() <= value.end()) {
                return rewrite(ctx, key, read.key(), read.range());
            }
        }
        String source = ctx.file().slice(value);
        Matcher env = ctx.file().languageId().equals("shell") ? SHELL_VARIABLE.matcher(source) : ENV_READ.matcher(source);
        if (env.find() && SettingRewrites.isWebhookSetting(env.group(1))) {
            return rewrite(ctx, key, env.group(1), value);
        }
        List<String> keys = reads.stream().map(r -> r.key().toLowerCase(Locale.ROOT).replaceAll("[._\\-]", ""))
                .distinct().toList();
        if (keys.isEmpty()) {
            return keyOnly(ctx, key).map(edit -> new Rewrite(SettingRewrites.webhookFix(DESCRIPTION, List.of(edit)),
                    Map.of()));
        }
        return keys.size() == 1 ? rewrite(ctx, key, reads.get(0).key(), null) : Optional.empty();
    }

    private static Optional<Rewrite> rewrite(RuleContext ctx, TextRange key, String setting, TextRange settingAt) {
        Optional<TextEdit> keyEdit = keyOnly(ctx, key);
        if (keyEdit.isEmpty() || !SettingRewrites.isWebhookSetting(setting)) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>(List.of(keyEdit.get()));
        if (settingAt != null) {
            SettingRewrites.rename(ctx, settingAt, setting).ifPresent(edits::add);
        }
        return Optional.of(new Rewrite(SettingRewrites.webhookFix(DESCRIPTION + " and rename the setting '"
                + setting + "' to '" + SettingRewrites.webhookName(setting) + "'", edits),
                Map.of("configKey", setting)));
    }

    /** {@code authtoken} → {@code zapikey} where the key is written in {@code range}. */
    private static Optional<TextEdit> keyOnly(RuleContext ctx, TextRange range) {
        Matcher m = AUTHTOKEN_KEY.matcher(ctx.file().slice(range));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(ctx.edit(new TextRange(range.start() + m.start(), range.start() + m.end()), "zapikey"));
    }

    /**
     * {@code scope=InternalAPI} dropped from a messaging URL, with its separator, the rest of the query intact;
     * {@code value} is where {@code InternalAPI} is written.
     */
    public static Optional<Fix> dropScope(RuleContext ctx, FoldedString folded, int paramAt, TextRange value) {
        String text = ctx.file().text();
        int start = value.start() - "scope=".length();
        if (!isMessagingUrl(folded.text(), paramAt) || start < 1
                || !text.regionMatches(true, start, "scope=", 0, "scope=".length())) {
            return Optional.empty();
        }
        int end = value.end();
        if (text.startsWith("&amp;", start - 5)) {
            start -= 5;
        } else if (text.charAt(start - 1) == '&') {
            start--;
        } else if (text.startsWith("&amp;", end)) {
            end += 5;
        } else if (end < text.length() && text.charAt(end) == '&') {
            end++;
        } else {
            start--;
        }
        // a literal that held nothing but the parameter goes with the operator that joined it on
        if (start > 0 && end < text.length() && "\"'".indexOf(text.charAt(end)) >= 0
                && text.charAt(start - 1) == text.charAt(end)) {
            int operator = start - 2;
            while (operator >= 0 && Character.isWhitespace(text.charAt(operator))) {
                operator--;
            }
            int previous = operator - 1;
            while (previous >= 0 && Character.isWhitespace(text.charAt(previous))) {
                previous--;
            }
            if (operator > 0 && (text.charAt(operator) == '+' || text.charAt(operator) == '.')) {
                start = previous + 1;
                end++;
            }
        }
        return Optional.of(Fix.review(SettingRewrites.WEBHOOK, "Drop scope=InternalAPI from the Cliq URL",
                List.of(ctx.edit(new TextRange(start, end), "")),
                "Authenticate the call with a webhook token (zapikey) or an OAuth token with the ZohoCliq scopes"));
    }
}
