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
 * each of those findings. {@code fix} then applies the rename everywhere or nowhere.
 */
final class LinkedFixes {
    static final String KEY = "configKey";

    private LinkedFixes() {}

    static List<Finding> merge(List<Finding> findings) {
        Map<String, Set<TextEdit>> groups = new HashMap<>();
        for (Finding f : findings) {
            String group = group(f);
            if (group != null) {
                groups.computeIfAbsent(group, k -> new LinkedHashSet<>()).addAll(first(f).edits());
            }
        }
        if (groups.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String group = group(f);
            if (group == null) {
                out.add(f);
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

    private static String group(Finding f) {
        String key = f.properties().get(KEY);
        Fix fix = first(f);
        return key == null || fix == null || f.suppressed() ? null
                : fix.strategy() + "\u0000" + key.toLowerCase(Locale.ROOT).replaceAll("[._\\-]", "");
    }

    private static Fix first(Finding f) {
        return f.fixes().stream().filter(Fix::automatic).findFirst().orElse(null);
    }
}
