package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that ran, each with its unsuppressed findings, in the scan's rule order; and what {@code --fail-on}
 * makes of them. Shared by the summaries that count per rule (Markdown, JUnit).
 */
record RuleTally(String id, String helpUri, List<Finding> findings) {

    static List<RuleTally> of(ScanResult result) {
        Map<String, RuleTally> byRule = new LinkedHashMap<>();
        for (RuleDescriptor d : result.rules()) {
            byRule.putIfAbsent(d.id(), new RuleTally(d.id(), d.helpUri(), new ArrayList<>()));
        }
        for (Finding f : result.activeFindings()) {
            // a finding of a rule the result does not describe is still counted, under its own id
            byRule.computeIfAbsent(f.ruleId(), id -> new RuleTally(id, f.helpUri(), new ArrayList<>()))
                    .findings().add(f);
        }
        return List.copyOf(byRule.values());
    }

    /**
     * Whether a finding fails the scan: at or above {@code failOn} and not in the baseline; never when
     * {@code failOn} is {@code null}.
     */
    static boolean fails(Finding f, Severity failOn) {
        return failOn != null && f.gated() && f.severity().atLeast(failOn);
    }

    static long failing(List<Finding> findings, Severity failOn) {
        return findings.stream().filter(f -> fails(f, failOn)).count();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
