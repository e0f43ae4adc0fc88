package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.SettingRewrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The token provider a Java OAuth fix calls: the project's generated class, or the one this fix generates, and
 * how the fixed file names it.
 */
public final class TokenProviders {
    /** The code that names the provider, the edits that make it visible (import, the class itself), the steps. */
    public record Provider(String simpleName, String code, List<TextEdit> edits, List<String> steps) {
        /** The value of the {@code Authorization} header: {@code Zoho-oauthtoken <access token>}. */
        public String headerCode() {
            return code + ".shared().header()";
        }
    }

    private TokenProviders() {}

    /**
     * The provider for a call to the data centre whose accounts server is {@code accountsUrl}; empty when that is
     * not known (the fix cannot pick the data centre) or when the project's provider serves another one.
     */
    public static Optional<Provider> use(RuleContext ctx, CodeFacts facts, JavaShape shape, String accountsUrl) {
        if (accountsUrl == null) {
            return Optional.empty();
        }
        String qualified = (shape.packageName().isEmpty() ? "" : shape.packageName() + ".")
                + TokenProviderSource.DEFAULT_CLASS_NAME;
        JavaImports.Use use = JavaImports.of(ctx, shape, qualified);
        List<TextEdit> edits = new ArrayList<>();
        use.edit().ifPresent(edits::add);
        String simple = TokenProviderSource.DEFAULT_CLASS_NAME;
        return Optional.of(new Provider(simple, use.name(), edits, List.of(
                "Create a Self Client in the Zoho API console of the data centre of " + accountsUrl + " with the "
                        + "scopes these calls need, generate its refresh token, and set ZOHO_CLIENT_ID, "
                        + "ZOHO_CLIENT_SECRET and ZOHO_REFRESH_TOKEN in the environment (" + simple + " reads them)",
                SettingRewrites.REVOKE)));
    }
}
