package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A setting renamed in a configuration file and in every reader of it is one fix, though each rule sees one file:
 * the automatic fixes of findings that name the same setting (property {@value #KEY}, matched as settings are
 * linked: case, dots, dashes and underscores aside) and share a strategy become one fix with all their edits, on
 * each of those findings. {@code fix} then applies the rename everywhere or nowhere. A group is complete only when
 * every finding that names the setting and has a fix at all offers that strategy: if one reader of the setting (a
 * shell script, a call whose URL is not a webhook) cannot be rewritten, renaming the setting would break it, so the
 * group's automatic fixes are withdrawn and its findings keep their manual steps.
 */
final class LinkedFixes {
    static final String KEY = "configKey";
    /**
     * A fix that stops using the setting at one place without changing the setting (a request that sends an OAuth
     * header instead of the token it read): safe by itself, so it neither holds a group back nor goes when the group
     * cannot complete, and where the group completes its edits are applied with the group's.
     */
    static final String STANDALONE = "oauth-header";
    /** The rewrite that replaces a setting by the OAuth settings (and removes its readers), value and all. */
    static final String REPLACES = "oauth-settings";
    /** Another setting a finding's value passes on ({@code a=${b}}): a use of that setting too. */
    static final String USES = "usesSetting";

    private LinkedFixes() {}

    static List<Finding> merge(List<Finding> findings) {
        return merge(findings, false);
    }

    /**
     * @param partial whether the scan covers only part of a repository: a setting may then be used where the scan
     *                did not look, so no setting is renamed
     */
    static List<Finding> merge(List<Finding> findings, boolean partial) {
        return merge(findings, partial, (key, edits) -> false);
    }

    /**
     * @param strayUse whether the code uses a setting (its original spelling) somewhere no finding names, outside
     *                 the given edits: a read the rules do not see (an attribute read {@code settings.zoho.cliq.
     *                 authtoken}, a bound property), which a rename would leave behind
     */
    static List<Finding> merge(List<Finding> findings, boolean partial,
                               java.util.function.BiPredicate<String, Set<TextEdit>> strayUse) {
        // a group that cannot complete gives up its rewrites of the setting; the findings then offer their next
        // fix (an OAuth header instead of a webhook rename), which may complete another group, so settle in rounds
        List<Finding> current = findings;
        for (int round = 0; round < 4; round++) {
            Set<String> withdrawn = new java.util.HashSet<>();
            List<Finding> merged = mergeOnce(current, partial, strayUse, withdrawn);
            List<Finding> next = new ArrayList<>(current.size());
            boolean changed = false;
            for (Finding f : current) {
                Fix first = first(f);
                if ((partial || withdrawn.contains(key(f))) && key(f) != null && first != null && !first.strategy().equals(STANDALONE)
                        && f.fixes().stream().filter(Fix::automatic).count() > 1) {
                    List<Fix> fixes = new ArrayList<>(f.fixes());
                    fixes.remove(first);
                    next.add(f.withFixes(fixes));
                    changed = true;
                } else {
                    next.add(f);
                }
            }
            if (!changed) {
                return merged;
            }
            current = next;
        }
        return mergeOnce(current, partial, strayUse, new java.util.HashSet<>());
    }

    private static List<Finding> mergeOnce(List<Finding> findings, boolean partial,
                                           java.util.function.BiPredicate<String, Set<TextEdit>> strayUse,
                                           Set<String> withdrawnOut) {
        Map<String, Set<TextEdit>> groups = new HashMap<>();
        Map<String, Set<String>> offered = new HashMap<>();
        Map<String, String> joined = joinedStrategies(findings);
        Set<TextEdit> replacing = new java.util.HashSet<>();
        // settings whose groups pass another one on: renaming them renames that one's use too
        Map<String, Set<String>> passesOn = new HashMap<>();
        // settings named in the value of a setting the OAuth settings replace, and those settings
        Map<String, Set<String>> replacedBy = new HashMap<>();
        for (Finding f : findings) {
            String key = normalised(f.properties().get(KEY));
            // a finding with no fix at all still names a use (a binding the rules cannot rewrite), unless it is
            // inventory
            if (key != null && (!f.fixes().isEmpty() || f.severity() != io.cliqmigrate.core.model.Severity.INFO)) {
                Fix fix = first(f);
                // a use the user suppressed is a use fix must not touch; a use that stops using the setting by
                // itself goes along with whatever the others do
                if (f.suppressed() || fix == null || !fix.strategy().equals(STANDALONE)) {
                    offered.computeIfAbsent(key, k -> new java.util.HashSet<>())
                            .add(f.suppressed() ? "\u0000suppressed" : fix == null ? "" : fix.strategy());
                }
            }
            String uses = normalised(f.properties().get(USES));
            // a setting that passes on itself under another spelling (cliq.authtoken=${CLIQ_AUTHTOKEN}) is one use
            if (uses != null && !uses.equals(key)) {
                if (key != null && REPLACES.equals(joined.get(key))) {
                    // its value goes with it, if its own group completes (settled below)
                    replacedBy.computeIfAbsent(uses, k -> new java.util.HashSet<>()).add(key);
                } else {
                    // a setting whose value names another one: that one cannot be renamed under it
                    offered.computeIfAbsent(uses, k -> new java.util.HashSet<>()).add("\u0000uses " + f.ruleId());
                }
                if (key != null) {
                    passesOn.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(uses);
                }
            }
            String group = group(f, joined);
            if (group != null) {
                groups.computeIfAbsent(group, k -> new LinkedHashSet<>()).addAll(first(f).edits());
                if (first(f).strategy().equals(STANDALONE)) {
                    replacing.addAll(first(f).edits().stream().filter(e -> e.range().length() > 0).toList());
                }
            }
        }
        // an edit inside code a standalone fix replaces (the setting's name renamed in the header value that now
        // comes from the token provider) has nothing left to edit
        groups.values().forEach(edits -> edits.removeIf(e -> replacing.stream().anyMatch(r -> r != e
                && r.path().equals(e.path()) && r.range().start() <= e.range().start()
                && e.range().end() <= r.range().end() && !r.sameChange(e))));
        if (groups.isEmpty()) {
            return findings;
        }
        // a setting replaced by the OAuth settings loses its value, and the setting that value named with it: it
        // need not wait for that one's rename
        passesOn.keySet().removeIf(key -> REPLACES.equals(joined.get(key)));
        Set<String> withdrawn = withdrawn(offered, passesOn);
        Map<String, String> spelled = new HashMap<>();
        Map<String, Set<TextEdit>> editsByKey = new HashMap<>();
        for (Finding f : findings) {
            String group = group(f, joined);
            if (group != null) {
                spelled.putIfAbsent(key(f), f.properties().get(KEY));
                editsByKey.computeIfAbsent(key(f), k -> new java.util.HashSet<>()).addAll(groups.get(group));
            }
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(spelled).entrySet()) {
            if (!withdrawn.contains(e.getKey()) && strayUse.test(e.getValue(), editsByKey.get(e.getKey()))) {
                withdrawn.add(e.getKey());
            }
        }
        // a setting named in the value of one that stays (its replacement withdrawn) is still used there
        Map<String, Set<String>> heldBy = new HashMap<>(passesOn);
        replacedBy.forEach((key, by) -> heldBy.merge(key, by, (a, b) -> {
            Set<String> both = new java.util.HashSet<>(a);
            both.addAll(b);
            return both;
        }));
        withdrawn = withdrawn(withdrawn, heldBy);
        withdrawnOut.addAll(withdrawn);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String group = group(f, joined);
            if (group == null) {
                out.add(f);
                continue;
            }
            if (partial || withdrawn.contains(key(f))) {
                // some use of the setting cannot follow the rename: leave them all to a person, but a fix that
                // only stops using the setting here still stands
                out.add(f.withFixes(f.fixes().stream().filter(x -> !x.automatic()
                        || x == first(f) && x.strategy().equals(STANDALONE)).toList()));
                continue;
            }
            List<TextEdit> edits = new ArrayList<>(groups.get(group));
            edits.sort(Comparator.comparing(TextEdit::path).thenComparing(TextEdit::range));
            Fix merged = first(f).withEdits(edits);
            List<Fix> fixes = new ArrayList<>(f.fixes());
            fixes.set(fixes.indexOf(first(f)), merged);
            out.add(f.withFixes(fixes));
        }
        return out;
    }

    /**
     * The settings whose rename must not go ahead: some use of them offers no fix of the same kind, or they pass on
     * a setting that is itself withdrawn (renaming {@code a: ${B}} to {@code a2: ${B2}} needs {@code B} renamed too).
     */
    private static Set<String> withdrawn(Map<String, Set<String>> offered, Map<String, Set<String>> passesOn) {
        Set<String> out = new java.util.HashSet<>();
        offered.forEach((key, strategies) -> {
            if (strategies.size() > 1) {
                out.add(key);
            }
        });
        return withdrawn(out, passesOn);
    }

    /** {@code withdrawn} and every setting that passes on one of them, directly or not. */
    private static Set<String> withdrawn(Set<String> withdrawn, Map<String, Set<String>> passesOn) {
        Set<String> out = new java.util.HashSet<>(withdrawn);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> e : passesOn.entrySet()) {
                if (!out.contains(e.getKey()) && e.getValue().stream().anyMatch(out::contains)) {
                    out.add(e.getKey());
                    grew = true;
                }
            }
        }
        return out;
    }

    /**
     * The group of a finding's first automatic fix: its strategy and setting. A standalone fix joins the group the
     * setting's other uses form (its edits then go in with theirs, all or none), and is alone where there is none.
     */
    private static String group(Finding f, Map<String, String> joined) {
        String key = key(f);
        Fix fix = first(f);
        if (key == null || fix == null) {
            return null;
        }
        String strategy = fix.strategy().equals(STANDALONE) ? joined.get(key) : fix.strategy();
        return strategy == null ? null : strategy + "\u0000" + key;
    }

    /** For each setting, the one strategy the first fixes of its uses share, standalone fixes aside. */
    private static Map<String, String> joinedStrategies(List<Finding> findings) {
        Map<String, Set<String>> strategies = new HashMap<>();
        for (Finding f : findings) {
            Fix fix = first(f);
            if (key(f) != null && fix != null && !fix.strategy().equals(STANDALONE)) {
                strategies.computeIfAbsent(key(f), k -> new java.util.HashSet<>()).add(fix.strategy());
            }
        }
        Map<String, String> out = new HashMap<>();
        strategies.forEach((key, set) -> {
            if (set.size() == 1) {
                out.put(key, set.iterator().next());
            }
        });
        return out;
    }

    /** The setting a finding names, as settings are matched; {@code null} for none or a suppressed finding. */
    private static String key(Finding f) {
        return f.suppressed() ? null : normalised(f.properties().get(KEY));
    }

    private static String normalised(String key) {
        return key == null ? null : io.cliqmigrate.core.code.SettingKeys.relaxed(key);
    }

    private static Fix first(Finding f) {
        return f.fixes().stream().filter(Fix::automatic).findFirst().orElse(null);
    }
}
