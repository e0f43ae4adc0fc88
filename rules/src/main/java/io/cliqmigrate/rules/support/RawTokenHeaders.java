package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.WebhookRewrites.SettingRead;
import java.util.ArrayList;
import java.util.List;

/**
 * An authtoken sent as the whole {@code Authorization} header of a Zoho request, without the
 * {@code Zoho-authtoken } scheme: still an authtoken, and rejected. The value must be nothing but the read of a
 * setting named like an authtoken ({@code get.setHeader("Authorization", settings.getProperty("zoho.desk.authtoken"))})
 * or a name that says authtoken ({@code headers: {"Authorization": auth_token}}, as Zoho Desk's first API took it);
 * a scheme written before it is another shape ({@code Zoho-oauthtoken }, {@code Bearer }), and the request must go
 * to Zoho.
 */
public final class RawTokenHeaders {

    /** The header's value, and the setting it reads, or else the name that holds the token. */
    public record Use(Calls.Pair header, TokenSources.Setting setting, String name) {}

    private RawTokenHeaders() {}

    public static List<Use> in(RuleContext ctx, CodeFacts facts, List<SettingRead> reads) {
        List<Use> uses = new ArrayList<>();
        for (CallFact call : facts.calls()) {
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                if (pair.keyText() == null || !pair.keyText().trim().equalsIgnoreCase("Authorization")
                        || !onlyUnknown(facts.fold(pair.value())) || !Calls.inZohoContext(facts, call)) {
                    continue;
                }
                java.util.Optional<TokenSources.Setting> setting = reads.isEmpty() ? java.util.Optional.empty()
                        : TokenSources.of(ctx, facts, pair.value().range(), reads).filter(s -> s.at() != null);
                if (setting.isPresent()) {
                    uses.add(new Use(pair, setting.get(), null));
                } else if (!mentionsOtherVendor(facts)) {
                    // a name is weaker evidence than a setting's read: another vendor's file may call its token so
                    TokenSources.authtokenName(ctx, pair.value().range())
                            .ifPresent(name -> uses.add(new Use(pair, null, name)));
                }
            }
        }
        return uses;
    }

    private static boolean mentionsOtherVendor(CodeFacts facts) {
        return facts.answer("mentions another vendor", f -> ZohoPatterns.OTHER_VENDOR.matcher(f.file().text()).find());
    }

    /** No text of its own: the value is what the setting holds. */
    private static boolean onlyUnknown(FoldedString value) {
        return !value.text().isEmpty() && value.text().chars().allMatch(c -> c == FoldedString.HOLE);
    }
}
