package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.WebhookRewrites.SettingRead;
import java.util.ArrayList;
import java.util.List;

/**
 * An authtoken setting sent as the whole {@code Authorization} header of a Zoho request, without the
 * {@code Zoho-authtoken } scheme ({@code get.setHeader("Authorization", settings.getProperty("zoho.desk.authtoken"))}):
 * still an authtoken, and rejected. The value must be the read of a setting named like an authtoken and nothing
 * else (a scheme written before it is another shape: {@code Zoho-oauthtoken }, {@code Bearer }), and the request
 * must go to Zoho.
 */
public final class RawTokenHeaders {

    /** The header's value, and the setting it reads. */
    public record Use(Calls.Pair header, TokenSources.Setting setting) {}

    private RawTokenHeaders() {}

    public static List<Use> in(RuleContext ctx, CodeFacts facts, List<SettingRead> reads) {
        List<Use> uses = new ArrayList<>();
        if (reads.isEmpty()) {
            return uses;
        }
        for (CallFact call : facts.calls()) {
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                if (pair.keyText() == null || !pair.keyText().trim().equalsIgnoreCase("Authorization")
                        || !onlyUnknown(facts.fold(pair.value())) || !Calls.inZohoContext(facts, call)) {
                    continue;
                }
                TokenSources.of(ctx, facts, pair.value().range(), reads).filter(s -> s.at() != null)
                        .ifPresent(setting -> uses.add(new Use(pair, setting)));
            }
        }
        return uses;
    }

    /** No text of its own: the value is what the setting holds. */
    private static boolean onlyUnknown(FoldedString value) {
        return !value.text().isEmpty() && value.text().chars().allMatch(c -> c == FoldedString.HOLE);
    }
}
