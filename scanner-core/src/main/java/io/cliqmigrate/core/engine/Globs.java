package io.cliqmigrate.core.engine;

import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * A configuration's {@code include}/{@code exclude} globs (gitignore syntax), matched against paths relative to
 * the folder they are written for. No include means every file.
 */
final class Globs {
    private final List<FastIgnoreRule> include;
    private final List<FastIgnoreRule> exclude;

    Globs(List<String> include, List<String> exclude) {
        this.include = include.stream().map(FastIgnoreRule::new).toList();
        this.exclude = exclude.stream().map(FastIgnoreRule::new).toList();
    }

    boolean excluded(String rel, boolean directory) {
        for (FastIgnoreRule rule : exclude) {
            if (rule.isMatch(rel, directory)) {
                return true;
            }
        }
        return false;
    }

    boolean included(String rel) {
        if (include.isEmpty()) {
            return true;
        }
        for (FastIgnoreRule rule : include) {
            if (rule.isMatch(rel, false) || matchesUnderDirectory(rule, rel)) {
                return true;
            }
        }
        return false;
    }

    /** {@code src/} as an include means every file below it. */
    private static boolean matchesUnderDirectory(FastIgnoreRule rule, String rel) {
        int slash = rel.indexOf('/');
        while (slash > 0) {
            if (rule.isMatch(rel.substring(0, slash), true)) {
                return true;
            }
            slash = rel.indexOf('/', slash + 1);
        }
        return false;
    }
}
