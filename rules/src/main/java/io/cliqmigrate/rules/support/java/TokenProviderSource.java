package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.rule.DataCentres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The Java source of the token provider {@code fix} adds to a project on its first OAuth rewrite: a JDK-only class,
 * compilable as Java 8, that refreshes Zoho OAuth access tokens at {@code accountsUrl} with the client id, client
 * secret and refresh token read from the environment variables {@code environment} names, and caches them. Its
 * template is {@code templates/ZohoOAuthTokens.java.tmpl}.
 *
 * @param packageName the class's package, or {@code ""} for the default package
 * @param className   the class's simple name
 * @param environment the names of the environment variables the class reads
 * @param accountsUrl the accounts server of the data centre of the project's API hosts (see {@link DataCentres})
 */
public record TokenProviderSource(String packageName, String className, EnvironmentNames environment,
                                  String accountsUrl) {
    public static final String DEFAULT_CLASS_NAME = "ZohoOAuthTokens";
    private static final String TEMPLATE = "/templates/ZohoOAuthTokens.java.tmpl";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");
    private static final String PACKAGE_LINE = "{{PACKAGE_DECLARATION}}";
    /** The template's indentation unit, replaced by the project's. */
    private static final int TEMPLATE_INDENT = 4;
    private static final Set<String> LINE_SEPARATORS = Set.of("\n", "\r\n", "\r");

    /** The environment variables the generated class reads; {@code accountsUrl} overrides the accounts server. */
    public record EnvironmentNames(String clientId, String clientSecret, String refreshToken, String accountsUrl) {
        // before DEFAULTS, whose construction uses it
        private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        public static final EnvironmentNames DEFAULTS = new EnvironmentNames("ZOHO_CLIENT_ID", "ZOHO_CLIENT_SECRET",
                "ZOHO_REFRESH_TOKEN", "ZOHO_ACCOUNTS_URL");

        public EnvironmentNames {
            List<String> names = List.of(clientId, clientSecret, refreshToken, accountsUrl);
            for (String name : names) {
                // the names go into string literals and Javadoc of the generated class
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("not an environment variable name: " + name);
                }
            }
            if (Set.copyOf(names).size() != names.size()) {
                throw new IllegalArgumentException("two settings share an environment variable: " + names);
            }
        }
    }

    public TokenProviderSource {
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("not a Java package name: " + packageName);
        }
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new IllegalArgumentException("not a Java class name: " + className);
        }
        java.util.Objects.requireNonNull(environment, "environment");
        if (!DataCentres.accountsServers().contains(accountsUrl)) {
            throw new IllegalArgumentException("not the accounts server of a Zoho data centre: " + accountsUrl
                    + " (one of " + String.join(", ", DataCentres.accountsServers()) + ")");
        }
    }

    /** The class {@value #DEFAULT_CLASS_NAME} in {@code packageName}, reading the default environment variables. */
    public static TokenProviderSource withDefaults(String packageName, String accountsUrl) {
        return new TokenProviderSource(packageName, DEFAULT_CLASS_NAME, EnvironmentNames.DEFAULTS, accountsUrl);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }

    /** The file's path below a source root, with forward slashes ({@code com/example/ZohoOAuthTokens.java}). */
    public String relativePath() {
        return qualifiedName().replace('.', '/') + ".java";
    }

    /**
     * The class's source, its lines ended by {@code lineSeparator} ({@code \n}, {@code \r\n} or {@code \r}) and
     * indented by {@code indent} per level (spaces or tabs), as the project's other files are.
     */
    public String render(String lineSeparator, String indent) {
        if (!LINE_SEPARATORS.contains(lineSeparator)) {
            throw new IllegalArgumentException("not a line separator: " + lineSeparator.codePoints().boxed().toList());
        }
        if (!indent.matches(" +|\t+")) {
            throw new IllegalArgumentException("an indent is spaces or tabs, not " + indent.codePoints().boxed().toList());
        }
        StringBuilder out = new StringBuilder();
        for (String line : template().split("\r?\n")) {
            if (!line.equals(PACKAGE_LINE)) {
                out.append(reindent(fill(line), indent)).append(lineSeparator);
            } else if (!packageName.isEmpty()) {
                out.append("package ").append(packageName).append(';').append(lineSeparator).append(lineSeparator);
            }
        }
        return out.toString();
    }

    private String fill(String line) {
        Map<String, String> values = Map.of("CLASS_NAME", className, "ACCOUNTS_URL", accountsUrl,
                "CLIENT_ID_ENV", environment.clientId(), "CLIENT_SECRET_ENV", environment.clientSecret(),
                "REFRESH_TOKEN_ENV", environment.refreshToken(), "ACCOUNTS_URL_ENV", environment.accountsUrl());
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("unknown placeholder in " + TEMPLATE + ": " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String reindent(String line, String indent) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        // what is left over a whole level is alignment (the space before a Javadoc star), kept as spaces
        return indent.repeat(spaces / TEMPLATE_INDENT) + " ".repeat(spaces % TEMPLATE_INDENT) + line.substring(spaces);
    }

    private static String template() {
        try (InputStream in = TokenProviderSource.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
