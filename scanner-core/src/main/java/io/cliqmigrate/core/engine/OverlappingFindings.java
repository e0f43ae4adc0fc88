package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One use, one finding. Several rules can describe the same piece of code: a key that is both a configured
 * setting and a request's form field, a token that is both written out and read from configuration, a response
 * key that also looks like a setting. Where findings of such rules overlap in one file, the most specific rule's
 * finding stays and takes in the others: their rule ids (property {@value #ALSO_MATCHED}), properties, related
 * locations, fixes of other strategies, and the highest severity.
 *
 * <p>Inventory rules are left out: they list every call, whatever else is reported on it. So are findings whose
 * suppression differs, so that a suppressed finding never hides an active one.
 */
final class OverlappingFindings {
    static final String ALSO_MATCHED = "alsoMatched";

    /** Most specific first: what the use is, before how it is configured. */
    private static final List<String> PRECEDENCE = List.of(
            // the value itself is a credential to revoke, whatever code reads it
            "hardcoded-legacy-token",
            "hardcoded-oauth-secret",
            "zoho-password-credential",
            "authtoken-generation-endpoint",
            // AUTHTOKEN= of the generation response is no configuration read
            "authtoken-response-parsing",
            "zoho-authtoken-header",
            // a named query builder or query map says more than a generic put/add/entry
            "authtoken-query-param",
            // a request's form field, even when it is written in a configuration file
            "authtoken-form-param",
            "legacy-authtoken-scope",
            "crm-v1-endpoint",
            "deluge-deprecated-url-task",
            "deluge-invokeurl-without-connection",
            "deluge-task-without-connection",
            "authtoken-config-read",
            "config-authtoken-setting");

    private OverlappingFindings() {}

    /** The findings with each overlapping group folded into its most specific member; order otherwise kept. */
    static List<Finding> merge(List<Finding> findings) {
        Map<String, List<Finding>> byPath = new TreeMap<>();
        for (Finding f : findings) {
            if (rank(f) >= 0) {
                byPath.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Finding, List<Finding>> absorbed = new IdentityHashMap<>();
        Map<Finding, Boolean> dropped = new IdentityHashMap<>();
        Comparator<Finding> bySpecificity = Comparator.comparingInt(OverlappingFindings::rank)
                .thenComparing(Finding.ORDER);
        for (List<Finding> inFile : byPath.values()) {
            inFile.sort(bySpecificity);
            List<Finding> kept = new ArrayList<>();
            for (Finding f : inFile) {
                Finding into = kept.stream().filter(k -> sameUse(k, f)).findFirst().orElse(null);
                if (into == null) {
                    kept.add(f);
                } else {
                    absorbed.computeIfAbsent(into, k -> new ArrayList<>()).add(f);
                    dropped.put(f, Boolean.TRUE);
                }
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!dropped.containsKey(f)) {
                out.add(absorbed.containsKey(f) ? fold(f, absorbed.get(f)) : f);
            }
        }
        return out;
    }

    private static int rank(Finding f) {
        return PRECEDENCE.indexOf(f.ruleId());
    }

    private static boolean sameUse(Finding kept, Finding other) {
        return !kept.ruleId().equals(other.ruleId()) && kept.suppressed() == other.suppressed()
                && (kept.location().range().overlaps(other.location().range())
                || kept.location().range().equals(other.location().range()));
    }

    private static Finding fold(Finding winner, List<Finding> others) {
        TreeSet<String> ruleIds = new TreeSet<>();
        Map<String, String> properties = new LinkedHashMap<>(winner.properties());
        List<RelatedLocation> related = new ArrayList<>(winner.related());
        List<Fix> fixes = new ArrayList<>(winner.fixes());
        Severity severity = winner.severity();
        for (Finding other : others) {
            ruleIds.add(other.ruleId());
            other.properties().forEach(properties::putIfAbsent);
            other.related().stream().filter(r -> !related.contains(r)).forEach(related::add);
            // the winner's fixes come first; another rule's fix adds a strategy or nothing
            other.fixes().stream().filter(x -> fixes.stream().noneMatch(y -> y.strategy().equals(x.strategy())))
                    .forEach(fixes::add);
            severity = other.severity().atLeast(severity) ? other.severity() : severity;
        }
        properties.put(ALSO_MATCHED, String.join(",", ruleIds));
        return new Finding(winner.ruleId(), severity, winner.location(), winner.message(), winner.snippet(),
                winner.fingerprint(), winner.suppressed(), winner.suppressionReason(), related, fixes,
                winner.helpUri(), properties);
    }
}
