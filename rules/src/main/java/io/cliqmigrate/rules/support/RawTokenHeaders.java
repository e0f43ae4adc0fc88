package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.WebhookRewrites.SettingRead;
import java.util.ArrayList;
import java.util.List;

/**
 * An authtoken sent as the whole {@code Authorization} header of a Zoho request, without the
 * {@code Zoho-authtoken } scheme: still an authtoken, and rejected. The value must be nothing but the read of a
 * setting named like an authtoken ({@code get.setHeader("Authorization", settings.getProperty("zoho.desk.authtoken"))})
 * or a name that says authtoken ({@code headers: {"Authorization": auth_token}}, as Zoho Desk's first API took it;
 * also a header line {@code "Authorization: $auth_token"} and C#'s {@code Headers["Authorization"] = auth_token});
 * a scheme written before it is another shape ({@code Zoho-oauthtoken }, {@code Bearer }), and the request must go
 * to Zoho.
 */
public final class RawTokenHeaders {

    /** Where the header's value is written, and the setting it reads, or else the name that holds the token. */
    public record Use(TextRange value, TokenSources.Setting setting, String name) {}

    /** A header line that is nothing but {@code Authorization: } and a value: {@code "Authorization: $auth_token"}. */
    private static final java.util.regex.Pattern HEADER_LINE = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\u0000)\\s*authorization\\s*:\\s*(\\u0000)\\s*(?=$|\\u0000)");
    /** C#'s {@code request.Headers["Authorization"] = auth_token;}; group 1 the value. */
    private static final java.util.regex.Pattern INDEXER = java.util.regex.Pattern.compile(
            "Headers\\s*\\[\\s*\"Authorization\"\\s*]\\s*=\\s*([A-Za-z_][\\w.]*)\\s*;");

    private RawTokenHeaders() {}

    public static List<Use> in(RuleContext ctx, CodeFacts facts, List<SettingRead> reads) {
        List<Use> uses = new ArrayList<>();
        for (CallFact call : facts.calls()) {
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                if (pair.keyText() == null || !pair.keyText().trim().equalsIgnoreCase("Authorization")
                        || !Calls.inZohoContext(facts, call)) {
                    continue;
                }
                if (!onlyUnknown(facts.fold(pair.value()))) {
                    // a field of the file holding an authtoken's shape, sent as it is: "<32 hex>" in authToken
                    KeyConstants.named(facts, pair.value()).map(c -> c.value().literalValue())
                            .filter(v -> v != null && ZohoPatterns.GENERATED_TOKEN.matcher(v.trim()).matches())
                            .ifPresent(v -> uses.add(new Use(pair.value().range(), null,
                                    facts.file().slice(pair.value().range()).trim())));
                    continue;
                }
                if (SCHEME_WRITTEN.matcher(facts.file().slice(pair.value().range())).lookingAt()) {
                    // f'Bearer {settings.ZOHO_AUTH_TOKEN}' read as one unknown value: the scheme is written there
                    continue;
                }
                java.util.Optional<TokenSources.Setting> setting = reads.isEmpty() ? java.util.Optional.empty()
                        : TokenSources.of(ctx, facts, pair.value().range(), reads).filter(s -> s.at() != null);
                if (setting.isPresent()) {
                    uses.add(new Use(pair.value().range(), setting.get(), null));
                } else if (!mentionsOtherVendor(facts)) {
                    // a name is weaker evidence than a setting's read: another vendor's file may call its token so
                    TokenSources.authtokenName(ctx, pair.value().range()).filter(name -> !holdsScheme(facts, name))
                            .ifPresent(name -> uses.add(new Use(pair.value().range(), null, name)));
                }
            }
        }
        boolean otherVendor = mentionsOtherVendor(facts);
        // the header written as a line ("Authorization: $auth_token") or set by index (Headers["Authorization"] = …),
        // read from an authtoken setting or named like an authtoken, in a file that talks to Zoho
        StringMatches.each(facts, HEADER_LINE, 1, v -> false, (expr, folded, m) -> facts.hasZohoContext(expr.scope())
                        && !UrlContext.toOtherHost(facts, folded, expr.range()),
                (expr, folded, m, place) -> {
                    TextRange hole = withoutClosingQuote(facts.file().text(), folded.segmentAt(m.start(1)).origin());
                    java.util.Optional<TokenSources.Setting> setting = reads.isEmpty() ? java.util.Optional.empty()
                            : TokenSources.of(ctx, facts, hole, reads).filter(s -> s.at() != null);
                    if (setting.isPresent()) {
                        uses.add(new Use(hole, setting.get(), null));
                    } else if (!otherVendor) {
                        TokenSources.authtokenName(ctx, hole).filter(name -> !holdsScheme(facts, name))
                                .ifPresent(name -> uses.add(new Use(hole, null, name)));
                    }
                });
        if (otherVendor) {
            return uses;
        }
        java.util.regex.Matcher indexer = INDEXER.matcher(facts.file().text());
        while (indexer.find()) {
            TextRange value = new TextRange(indexer.start(1), indexer.end(1));
            if (facts.hasZohoContext("") && !Lines.inComment(facts, indexer.start())) {
                TokenSources.authtokenName(ctx, value).filter(name -> !holdsScheme(facts, name))
                        .ifPresent(name -> uses.add(new Use(value, null, name)));
            }
        }
        return uses;
    }

    /**
     * Whether the file gives the name a value that already starts with a scheme ({@code auth_token = 'Zoho-authtoken '
     * + token}): the header is whole, and the scheme's own finding is where its value is built.
     */
    private static boolean holdsScheme(CodeFacts facts, String name) {
        return facts.bindings().stream().anyMatch(b -> b.name().equals(name) && b.value() != null
                && SCHEME_FIRST.matcher(facts.fold(b.value()).text()).lookingAt())
                // a file read lexically has no bindings of locals: the assignment as written
                || java.util.regex.Pattern.compile("(?<![\\w.$])" + java.util.regex.Pattern.quote(name)
                        + "\\s*=\\s*[fbr]?[\"'`]" + SCHEME_FIRST.pattern()).matcher(facts.file().text()).find();
    }

    /** A value whose source starts with a scheme inside its quotes: {@code f'Bearer {…}'}, {@code `Zoho-oauthtoken ${…}`}. */
    private static final java.util.regex.Pattern SCHEME_WRITTEN = java.util.regex.Pattern.compile(
            "[fFrRbB$@]*[\"'`]\\s*(?i:" + ZohoPatterns.OTHER_SCHEMES + ")\\s");

    private static final java.util.regex.Pattern SCHEME_FIRST = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:zoho-authtoken|" + ZohoPatterns.OTHER_SCHEMES + ")\\s");

    /** An interpolation that ends its literal is held up to the literal's closing quote: the name stops before it. */
    private static TextRange withoutClosingQuote(String text, TextRange hole) {
        int end = hole.end();
        while (end > hole.start() && "\"'`".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new TextRange(hole.start(), end);
    }

    /** Another vendor named in the code, not only in a comment ("thanks to https://github.com/…"). */
    private static boolean mentionsOtherVendor(CodeFacts facts) {
        return facts.answer("mentions another vendor", f -> {
            java.util.regex.Matcher vendor = ZohoPatterns.OTHER_VENDOR.matcher(f.file().text());
            while (vendor.find()) {
                if (!Lines.inComment(f, vendor.start())) {
                    return true;
                }
            }
            return false;
        });
    }

    /** No text of its own: the value is what the setting holds. */
    private static boolean onlyUnknown(FoldedString value) {
        return !value.text().isEmpty() && value.text().chars().allMatch(c -> c == FoldedString.HOLE);
    }
}
