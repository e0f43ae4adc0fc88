package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
        Map<String, Set<TextEdit>> groups = new HashMap<>();
        Map<String, Set<String>> offered = new HashMap<>();
        // settings whose groups pass another one on: renaming them renames that one's use too
        Map<String, Set<String>> passesOn = new HashMap<>();
        for (Finding f : findings) {
            String key = normalised(f.properties().get(KEY));
            // a finding with no fix at all still names a use (a binding the rules cannot rewrite), unless it is
            // inventory
            if (key != null && (!f.fixes().isEmpty() || f.severity() != io.cliqmigrate.core.model.Severity.INFO)) {
                Fix fix = first(f);
                // a use the user suppressed is a use fix must not touch
                offered.computeIfAbsent(key, k -> new java.util.HashSet<>())
                        .add(f.suppressed() ? "\u0000suppressed" : fix == null ? "" : fix.strategy());
            }
            String uses = normalised(f.properties().get(USES));
            // a setting that passes on itself under another spelling (cliq.authtoken=${CLIQ_AUTHTOKEN}) is one use
            if (uses != null && !uses.equals(key)) {
                // a setting whose value names another one: that one cannot be renamed under it
                offered.computeIfAbsent(uses, k -> new java.util.HashSet<>()).add("\u0000uses " + f.ruleId());
                if (key != null) {
                    passesOn.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(uses);
                }
            }
            String group = group(f);
            if (group != null) {
                groups.computeIfAbsent(group, k -> new LinkedHashSet<>()).addAll(first(f).edits());
            }
        }
        if (groups.isEmpty()) {
            return findings;
        }
        Set<String> withdrawn = withdrawn(offered, passesOn);
        Map<String, String> spelled = new HashMap<>();
        Map<String, Set<TextEdit>> editsByKey = new HashMap<>();
        for (Finding f : findings) {
            String group = group(f);
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
        withdrawn = withdrawn(withdrawn, passesOn);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String group = group(f);
            if (group == null) {
                out.add(f);
                continue;
            }
            if (partial || withdrawn.contains(key(f))) {
                // some use of the setting cannot follow the rename: leave them all to a person
                out.add(f.withFixes(f.fixes().stream().filter(x -> !x.automatic()).toList()));
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

    private static String group(Finding f) {
        String key = key(f);
        Fix fix = first(f);
        return key == null || fix == null ? null : fix.strategy() + "\u0000" + key;
    }

    /** The setting a finding names, as settings are matched; {@code null} for none or a suppressed finding. */
    private static String key(Finding f) {
        return f.suppressed() ? null : normalised(f.properties().get(KEY));
    }

    private static String normalised(String key) {
        return key == null ? null : key.toLowerCase(Locale.ROOT).replaceAll("[._\\-]", "");
    }

    private static Fix first(Finding f) {
        return f.fixes().stream().filter(Fix::automatic).findFirst().orElse(null);
    }
}
