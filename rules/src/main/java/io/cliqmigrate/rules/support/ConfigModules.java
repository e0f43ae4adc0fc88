package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration written as code: a PHP file in a {@code config/} folder that returns an array (Laravel's
 * {@code config/services.php}, CakePHP's {@code config/app.php}), or a JavaScript or TypeScript one that exports an
 * object (Sails' {@code config/zoho.js}: {@code module.exports.zoho = {…}}, {@code export default {…}}). The keys
 * of that array or object are settings, not the fields of a request.
 */
public final class ConfigModules {
    private static final Pattern RETURNED_ARRAY = Pattern.compile("(?m)^[ \\t]*return\\s+(?:\\[|array\\s*\\()");
    private static final Pattern EXPORTED_OBJECT = Pattern.compile(
            "(?m)^[ \\t]*(?:module\\.exports(?:\\.[\\w$]+)?\\s*=|export\\s+default)\\s*\\{");

    private ConfigModules() {}

    /**
     * The arrays or objects such a file returns or exports, from just inside the opening bracket to the closing
     * one; none elsewhere.
     */
    public static List<TextRange> returnedArrays(CodeFacts facts) {
        return facts.answer("config modules", ConfigModules::read);
    }

    private static List<TextRange> read(CodeFacts facts) {
        String path = facts.file().path().replace('\\', '/');
        String language = facts.file().languageId();
        if (!path.startsWith("config/") && !path.contains("/config/")) {
            return List.of();
        }
        return "php".equals(language) ? BracketBlocks.after(facts.file().text(), RETURNED_ARRAY)
                : "javascript".equals(language) || "typescript".equals(language)
                ? BracketBlocks.after(facts.file().text(), EXPORTED_OBJECT) : List.of();
    }

    private static final Pattern SECTION_KEY = Pattern.compile("['\"]([\\w.-]+)['\"]\\s*=>\\s*(?:array\\s*)?$");

    /**
     * The key as the configuration names it, with the keys of the arrays around it: {@code zoho.authtoken} for
     * {@code 'zoho' => ['authtoken' => …]} (Laravel reads it as {@code config('services.zoho.authtoken')}, the
     * file's name first).
     */
    public static String path(CodeFacts facts, TextRange key, String name) {
        String text = facts.file().text();
        StringBuilder path = new StringBuilder(name);
        int depth = 0;
        for (int i = key.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ']' || c == ')') {
                depth++;
            } else if (c == '[' || c == '(') {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                Matcher section = SECTION_KEY.matcher(text.substring(Math.max(0, i - 120), i));
                if (!section.find()) {
                    break;
                }
                path.insert(0, section.group(1) + ".");
            }
        }
        return path.toString();
    }

    /** Whether {@code range} lies in an array a PHP configuration file returns. */
    public static boolean inReturnedArray(CodeFacts facts, TextRange range) {
        return returnedArrays(facts).stream()
                .anyMatch(a -> a.contains(range));
    }
}
