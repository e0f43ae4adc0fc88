package io.cliqmigrate.core.lang;

import java.util.List;

/** File-name patterns of a language: name endings, or a prefix ending in {@code *} ({@code .env.*}). */
public final class FileNames {
    private FileNames() {
    }

    /** Whether a lower-cased file name matches one of the patterns. */
    public static boolean matches(List<String> patterns, String fileName) {
        for (String pattern : patterns) {
            if (pattern.endsWith("*") ? fileName.startsWith(pattern.substring(0, pattern.length() - 1))
                    : fileName.endsWith(pattern)) {
                return true;
            }
        }
        return false;
    }
}
