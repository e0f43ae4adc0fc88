package io.cliqmigrate.reports;

import java.util.Locale;
import java.util.Set;

/**
 * The inline suppression comment for a finding, written in its file's comment syntax
 * ({@code // cliq-migrate:ignore[rule-id] reason}), as the README's "Inline suppressions" shows it.
 */
final class SuppressionComments {
    static final String REASON = "<why this use may stay>";
    private static final Set<String> HASH = Set.of("properties", "yaml", "yml", "sh", "bash", "toml", "env", "py",
            "rb", "conf", "cfg", "ini", "pl", "r", "ps1", "dockerfile", "mk", "tf");
    private static final Set<String> MARKUP = Set.of("xml", "html", "htm", "xhtml", "jsp", "vue", "svg", "pom");
    private static final Set<String> NO_COMMENTS = Set.of("json");

    private SuppressionComments() {}

    /** The comment for a finding of {@code ruleId} in the file at {@code path}; {@code null} when it has none. */
    static String of(String path, String ruleId) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        String marker = "cliq-migrate:ignore[" + ruleId + "] " + REASON;
        if (NO_COMMENTS.contains(ext)) {
            return null;
        }
        if (MARKUP.contains(ext)) {
            return "<!-- " + marker + " -->";
        }
        return (HASH.contains(ext) || name.startsWith(".env") ? "# " : "// ") + marker;
    }
}
