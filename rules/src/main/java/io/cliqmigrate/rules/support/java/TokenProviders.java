package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.rule.DataCentres;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.TokenProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The token provider a Java OAuth fix calls: the project's class, where the engine placed it ({@link
 * RuleContext#tokenProvider()}), created by the fix when it is not there yet, and how the fixed file names it.
 * Every fix that needs the class creates it with the same text, so the engine writes it once.
 */
public final class TokenProviders {
    /** The indentation of the generated class: one text for every fix, so their creations are the same edit. */
    private static final String INDENT = "    ";
    /** Each class's text, rendered once: every fix of a project that needs the class creates it with this text. */
    private static final Map<TokenProviderSource, String> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();
    /** The accounts server of the US data centre, where most organisations are. */
    private static final String DEFAULT_ACCOUNTS = "https://accounts.zoho.com";

    /** The code that names the provider, the edits that make it visible (import, the class itself), the steps. */
    public record Provider(String simpleName, String code, List<TextEdit> edits, List<String> steps) {
        /** The value of the {@code Authorization} header: {@code Zoho-oauthtoken <access token>}. */
        public String headerCode() {
            return code + ".shared().header()";
        }
    }

    private TokenProviders() {}

    /**
     * The provider for a call to the data centre whose accounts server is {@code accountsUrl} ({@code null}: not
     * told by the code); empty when the class does not exist and the data centre is not known, or when the
     * project's class serves another data centre.
     */
    public static Optional<Provider> use(RuleContext ctx, CodeFacts facts, JavaShape shape, String accountsUrl) {
        TokenProvider placed = ctx.tokenProvider();
        // where the code does not tell, the project's one data centre, else the US one the class can be told
        // away from: the same on every run, whether or not a run created the class since (the class's own data
        // centre would make a second run fix more)
        String serves = accountsUrl != null ? accountsUrl : placed.projectAccountsUrl();
        boolean guessed = serves == null;
        if (guessed) {
            serves = DEFAULT_ACCOUNTS;
        }
        if (!placed.exists() && shape.names().values().stream().anyMatch(n -> n.contains(placed.simpleName()))) {
            // the file already names another class so (a wildcard import, a class of its own package): the new one
            // would take its place
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        if (placed.exists()) {
            String existing = placed.existingAccountsUrl();
            if (existing != null && !existing.equalsIgnoreCase(serves)) {
                // a class of another data centre would be refused every token
                return Optional.empty();
            }
        } else {
            Map<String, String> env = placed.environment();
            TokenProviderSource source = new TokenProviderSource(placed.packageName(), placed.simpleName(),
                    new TokenProviderSource.EnvironmentNames(env.get("clientId"), env.get("clientSecret"),
                            env.get("refreshToken"), env.get("accountsUrl")), serves);
            edits.add(TextEdit.create(placed.path(), RENDERED.computeIfAbsent(source, s -> s.render("\n", INDENT))));
        }
        JavaImports.Use use = JavaImports.of(ctx, shape, placed.qualifiedName());
        use.edit().ifPresent(edits::add);
        Map<String, String> env = placed.environment();
        List<String> steps = new ArrayList<>();
        if (guessed) {
            steps.add("The code does not name its data centre: " + placed.qualifiedName() + " uses " + serves
                    + "; if your organisation is in another data centre, set " + env.get("accountsUrl") + " to its "
                    + "accounts server (one of " + String.join(", ", DataCentres.accountsServers()) + ")");
        }
        steps.add("Create a Self Client in the Zoho API console of the data centre of " + serves + " with the scopes "
                + "these calls need, generate its refresh token, and set " + env.get("clientId") + ", "
                + env.get("clientSecret") + " and " + env.get("refreshToken") + " in the environment ("
                + placed.qualifiedName() + " reads them)");
        steps.add("Revoke the old authtoken (" + serves.replace("https://", "") + " → Active Authtokens); a value "
                + "that was committed stays in the version history");
        return Optional.of(new Provider(placed.simpleName(), use.name(), edits, steps));
    }
}
