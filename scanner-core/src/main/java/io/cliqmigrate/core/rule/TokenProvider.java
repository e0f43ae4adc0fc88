package io.cliqmigrate.core.rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class that gives Java code its Zoho OAuth access tokens after a rewrite, as the engine settled it for a scan
 * root: the rules ask ({@link RuleContext#tokenProvider()}), the engine decides, so every rule of the root names
 * the same class.
 *
 * @param packageName         its package; {@code ""} for the default package
 * @param simpleName          its simple name
 * @param path                the report-relative path of its {@code .java} file (forward slashes)
 * @param exists              whether a file declaring the class is already in the scanned tree (then no fix creates
 *                            it again)
 * @param existingAccountsUrl the {@code https://accounts.zoho.<tld>} server written in that existing file, or
 *                            {@code null} (no such file, or it names none)
 * @param environment         the names of the environment variables the class reads, under the keys
 *                            {@link #ENVIRONMENT_KEYS} ({@code clientId}, {@code clientSecret}, {@code refreshToken},
 *                            {@code accountsUrl}), in that order
 * @param projectAccountsUrl  the accounts server of the one data centre whose hosts the root's Java files name (the
 *                            generated class aside), or {@code null} (none, or several): for a call whose own code
 *                            does not tell, the same in every run, as a fix changes no host
 */
public record TokenProvider(String packageName, String simpleName, String path, boolean exists,
                            String existingAccountsUrl, Map<String, String> environment, String projectAccountsUrl) {
    public static final String DEFAULT_SIMPLE_NAME = "ZohoOAuthTokens";
    public static final List<String> ENVIRONMENT_KEYS = List.of("clientId", "clientSecret", "refreshToken",
            "accountsUrl");
    public static final Map<String, String> DEFAULT_ENVIRONMENT = environment(Map.of("clientId", "ZOHO_CLIENT_ID",
            "clientSecret", "ZOHO_CLIENT_SECRET", "refreshToken", "ZOHO_REFRESH_TOKEN",
            "accountsUrl", "ZOHO_ACCOUNTS_URL"));
    /** What a rule sees when no engine settled anything (a test's own context): a new class, default package. */
    public static final TokenProvider DEFAULT = new TokenProvider("", DEFAULT_SIMPLE_NAME,
            "src/main/java/" + DEFAULT_SIMPLE_NAME + ".java", false, null, DEFAULT_ENVIRONMENT, null);

    public TokenProvider {
        java.util.Objects.requireNonNull(packageName, "packageName");
        java.util.Objects.requireNonNull(simpleName, "simpleName");
        java.util.Objects.requireNonNull(path, "path");
        environment = environment(environment);
    }

    public TokenProvider(String packageName, String simpleName, String path, boolean exists,
                         String existingAccountsUrl, Map<String, String> environment) {
        this(packageName, simpleName, path, exists, existingAccountsUrl, environment, null);
    }

    /** {@code packageName.simpleName}, or the simple name in the default package. */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** The names given, the defaults for the keys not given, in the order of {@link #ENVIRONMENT_KEYS}. */
    private static Map<String, String> environment(Map<String, String> given) {
        for (String key : given.keySet()) {
            if (!ENVIRONMENT_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown environment key '" + key + "' (expected one of "
                        + String.join(", ", ENVIRONMENT_KEYS) + ")");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : ENVIRONMENT_KEYS) {
            String name = given.get(key);
            out.put(key, name != null ? name : DEFAULT_ENVIRONMENT.get(key));
        }
        return Collections.unmodifiableMap(out);
    }
}
