package io.cliqmigrate.core.lang;

import java.util.List;

/** File-name patterns of a language: name endings, or a prefix ending in {@code *} ({@code .env.*}). */
public final class FileNames {
    private FileNames() {
    }

    /** Whether a lower-cased file name matches one of the patterns. */
    public static boolean matches(List<String> patterns, String fileName) {
        // indexed, and no substring: asked for every file a scan walks
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            int last = pattern.length() - 1;
            if (last >= 0 && pattern.charAt(last) == '*' ? fileName.regionMatches(0, pattern, 0, last)
                    : fileName.endsWith(pattern)) {
                return true;
            }
        }
        return false;
    }
}
