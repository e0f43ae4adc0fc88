package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The switch of a Cliq messaging call (post to a channel or a bot, a bot's incoming handler) from the authtoken to
 * a webhook token: {@code ?authtoken=} becomes {@code ?zapikey=} with the value expression kept, and where the
 * token comes from a setting that setting is renamed with {@link SettingRewrites} (the finding carries the
 * setting's {@code configKey}, so the engine joins the rename in the configuration and every reader into this
 * fix). Only a token read from a setting the same fix renames is switched ({@link TokenSources}): a token
 * written into the code, directly or through a constant, must be revoked, not sent on under another name, and a
 * token of unknown origin may be anything; both stay manual.
 */
public final class WebhookRewrites {
    /** The path of a messaging endpoint that accepts a webhook token, right before the query. */
    private static final Pattern MESSAGING_PATH = Pattern.compile(
            "(?i)/api/v2/(?:channelsbyname/[^/?#&]*/message|bots/[^/?#&]*/(?:message|incoming))/?$");
    private static final Pattern AUTHTOKEN_KEY = Pattern.compile("(?i)auth_?token");
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^}:]+)(?::[^}]*)?}$");
    /** A slot of a format string the lexical read does not fill: Python's {@code %s}, {@code {}}, {@code {0}}. */
    private static final Pattern FORMAT_SLOT = Pattern.compile("%s|%\\(\\w+\\)s|\\{\\d*}");
    private static final String DESCRIPTION = "Authenticate the Cliq message with a webhook token (zapikey)";

    /** A place where code reads a setting: the text naming it, and its key. */
    public record SettingRead(TextRange range, String key) {}

    /** The webhook fix of a token's use, where there is one, and the properties its finding carries. */
    public record Rewrite(Optional<Fix> fix, Map<String, String> properties) {
        static final Rewrite NONE = new Rewrite(Optional.empty(), Map.of());

        /** The webhook fix first, then {@code manual}. */
        public List<Fix> fixes(Fix manual) {
            return fix.map(f -> List.of(f, manual)).orElse(List.of(manual));
        }
    }

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
     * {@code ?authtoken=<value>} matched in {@code folded} with the value starting at {@code valueAt} and the key
     * written at {@code key}: the setting the value reads, and on a messaging URL ({@code messaging}) the switch to
     * the webhook token where that setting is Cliq's. A value written out (a token) names no setting.
     */
    public static Rewrite queryParam(RuleContext ctx, CodeFacts facts, FoldedString folded, int valueAt,
                                     TextRange key, List<SettingRead> reads, boolean messaging) {
        Optional<TokenSources.Setting> source = readSetting(ctx, facts, folded, valueAt, key.end(), reads);
        return source.isEmpty() ? Rewrite.NONE : rewrite(ctx, key, source, messaging);
    }

    /**
     * The setting the token starting at {@code valueAt} of {@code folded} reads: an expression after a literal
     * ({@code "…authtoken=" + getenv("CLIQ_AUTHTOKEN")}, {@code "Zoho-authtoken %s" % TOKEN}) or a placeholder
     * written in it ({@code ${CLIQ_AUTHTOKEN}}, found on the line after {@code after}); empty for a value written
     * out (a token) or of unknown origin, and in Deluge.
     */
    public static Optional<TokenSources.Setting> readSetting(RuleContext ctx, CodeFacts facts, FoldedString folded,
                                                             int valueAt, int after, List<SettingRead> reads) {
        if (ctx.file().languageId().equals("deluge")) {
            return Optional.empty();
        }
        String text = folded.text();
        int end = valueAt;
        while (end < text.length() && "&#\"' ".indexOf(text.charAt(end)) < 0 && text.charAt(end) != FoldedString.HOLE) {
            end++;
        }
        String written = text.substring(valueAt, end);
        if (FORMAT_SLOT.matcher(written).matches() && text.indexOf(FoldedString.HOLE, end) >= 0) {
            // "…?authtoken=%s" % TOKEN: the value is the argument after the format string
            written = "";
            end = text.indexOf(FoldedString.HOLE, end);
        }
        if (!written.isEmpty()) {
            Matcher placeholder = PLACEHOLDER.matcher(written);
            if (!placeholder.matches()) {
                return Optional.empty();
            }
            String lineRest = ctx.file().text().substring(after, SettingRewrites.lineEnd(ctx.file().text(), after));
            int at = lineRest.indexOf(written);
            return at < 0 ? Optional.empty() : Optional.of(new TokenSources.Setting(placeholder.group(1),
                    new TextRange(after + at, after + at + written.length())));
        }
        TextRange value = valueAt(ctx, folded, end);
        return value == null ? Optional.empty() : TokenSources.of(ctx, facts, value, reads);
    }

    /**
     * Where the expression whose value starts at {@code at} of {@code folded} is written: its segment, and the
     * argument after it where it opens a call the lexical read split ({@code . getenv(} + {@code 'CLIQ_AUTHTOKEN'}).
     */
    private static TextRange valueAt(RuleContext ctx, FoldedString folded, int at) {
        if (at >= folded.text().length()) {
            return null;
        }
        List<FoldedString.Segment> segments = folded.segments();
        int index = segments.indexOf(folded.segmentAt(at));
        TextRange range = segments.get(index).origin();
        while (index + 1 < segments.size() && range != null && ctx.file().slice(range).stripTrailing().matches(
                "(?s).*[(\\[]")) {
            TextRange next = segments.get(++index).origin();
            range = next == null || next.end() < range.end() ? null : new TextRange(range.start(), next.end());
        }
        return range;
    }

    /**
     * {@code .queryParam("authtoken", token)} and query maps; {@code value} is the token, {@code messaging} whether
     * the request is a Cliq messaging call.
     */
    public static Rewrite queryEntry(RuleContext ctx, CodeFacts facts, StringExpr keyArg, StringExpr value,
                                     List<SettingRead> reads, boolean messaging) {
        if (value == null || ctx.file().languageId().equals("deluge") || value.literalValue() != null) {
            return Rewrite.NONE;
        }
        return rewrite(ctx, keyArg.range(), TokenSources.of(ctx, facts, value.range(), reads), messaging);
    }

    /**
     * The finding names the setting its token reads (so a rename of that setting is applied only where every use
     * of it goes along); the key becomes zapikey only on a messaging call, with the Cliq setting renamed in the
     * same fix.
     */
    private static Rewrite rewrite(RuleContext ctx, TextRange key, Optional<TokenSources.Setting> source,
                                   boolean messaging) {
        if (source.isEmpty()) {
            return Rewrite.NONE;
        }
        String setting = source.get().key();
        Map<String, String> properties = TokenSources.properties(source);
        // only a token this file is seen to read from the setting (at) is switched along with its rename
        Optional<TextEdit> keyEdit = messaging && source.get().at() != null && SettingRewrites.isWebhookSetting(setting)
                ? keyOnly(ctx, key) : Optional.empty();
        Optional<TextEdit> rename = keyEdit.isEmpty() ? Optional.empty()
                : SettingRewrites.rename(ctx, source.get().at(), setting);
        if (rename.isEmpty()) {
            return new Rewrite(Optional.empty(), properties);
        }
        List<TextEdit> edits = List.of(keyEdit.get(), rename.get());
        return new Rewrite(Optional.of(SettingRewrites.webhookFix(DESCRIPTION + " and rename the setting '"
                + setting + "' to '" + SettingRewrites.webhookName(setting) + "'", edits)), properties);
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
