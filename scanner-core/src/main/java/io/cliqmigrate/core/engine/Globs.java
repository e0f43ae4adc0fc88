package io.cliqmigrate.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * A configuration's {@code include}/{@code exclude} globs (gitignore syntax), matched against paths relative to
 * the folder they are written for. In both lists the last matching rule decides, and a {@code !} rule says the
 * opposite of a plain one. No include means every file.
 */
final class Globs {
    private final List<FastIgnoreRule> include;
    private final List<FastIgnoreRule> exclude;

    Globs(List<String> include, List<String> exclude) {
        this.include = include.stream().map(FastIgnoreRule::new).toList();
        this.exclude = exclude.stream().map(FastIgnoreRule::new).toList();
    }

    /**
     * As git reads a {@code .gitignore}: a path in an excluded folder is excluded (git does not look inside it, so
     * no rule takes its files back); else the last rule matching the path itself decides.
     */
    boolean excluded(String rel, boolean directory) {
        if (exclude.isEmpty()) {
            return false;
        }
        for (String folder : foldersAbove(rel)) {
            if (lastRuleExcludes(folder, true)) {
                return true;
            }
        }
        return lastRuleExcludes(rel, directory);
    }

    /**
     * The last rule matching the file or a folder above it decides: {@code src/} takes every file below it, a
     * later {@code !src/generated/} leaves those out again, and a later {@code src/generated/Keep.java} takes that
     * one back.
     */
    boolean included(String rel) {
        if (include.isEmpty()) {
            return true;
        }
        boolean included = false;
        for (FastIgnoreRule rule : include) {
            if (matchesOrHolds(rule, rel)) {
                included = rule.getResult();
            }
        }
        return included;
    }

    /** Whether the last exclude rule matching {@code path} itself is a plain one (not a {@code !} rule). */
    private boolean lastRuleExcludes(String path, boolean directory) {
        boolean excluded = false;
        for (FastIgnoreRule rule : exclude) {
            if (rule.isMatch(path, directory, true)) {
                excluded = rule.getResult();
            }
        }
        return excluded;
    }

    /** Whether {@code rule} matches the file {@code rel} or one of the folders it lies in. */
    private static boolean matchesOrHolds(FastIgnoreRule rule, String rel) {
        return rule.isMatch(rel, false, true)
                || foldersAbove(rel).stream().anyMatch(folder -> rule.isMatch(folder, true, true));
    }

    /** {@code a/b/C.java}: {@code a}, {@code a/b}. */
    private static List<String> foldersAbove(String rel) {
        List<String> folders = new ArrayList<>();
        for (int slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1)) {
            folders.add(rel.substring(0, slash));
        }
        return folders;
    }
}
