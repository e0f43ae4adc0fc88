package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * One use, one finding. Several rules can describe the same piece of code: a key that is both a configured
 * setting and a request's form field, a token that is both written out and read from configuration, a response
 * key that also looks like a setting. Where findings of such rules overlap in one file, one of them stays and
 * takes in the others: their rule ids (property {@value #ALSO_MATCHED}), properties, related locations and fixes
 * of other strategies.
 *
 * <p>The finding that stays is the one of highest severity, then of the most specific rule: it keeps its own
 * severity, so a finding never shows a severity its rule is not configured with. The use is suppressed when any
 * of its findings is (the user suppressed the use, whichever rule the comment names), with that finding's reason.
 * Inventory rules are left out: they list every call, whatever else is reported on it.
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

    /** The order in which findings claim the ones they overlap: the one that stays comes first. */
    private static final Comparator<Finding> STAYS_FIRST = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparingInt(OverlappingFindings::rank)
            .thenComparing(Finding.ORDER);

    private OverlappingFindings() {}

    /** The findings with each overlapping group folded into the finding that stays; order otherwise kept. */
    static List<Finding> merge(List<Finding> findings) {
        Map<String, List<Finding>> byPath = new HashMap<>();
        for (Finding f : findings) {
            if (rank(f) >= 0) {
                byPath.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Finding, List<Finding>> absorbed = new IdentityHashMap<>();
        Map<Finding, Boolean> dropped = new IdentityHashMap<>();
        for (List<Finding> inFile : byPath.values()) {
            inFile.sort(STAYS_FIRST);
            int[] into = claims(inFile, overlaps(inFile));
            for (int i = 0; i < into.length; i++) {
                if (into[i] >= 0) {
                    absorbed.computeIfAbsent(inFile.get(into[i]), k -> new ArrayList<>()).add(inFile.get(i));
                    dropped.put(inFile.get(i), Boolean.TRUE);
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

    /**
     * For each finding (in {@link #STAYS_FIRST} order), the index of the finding it is folded into, or -1 where it
     * stays: the first finding that stays, of another rule, whose span meets its own.
     */
    private static int[] claims(List<Finding> inFile, List<int[]> overlapping) {
        int[] into = new int[inFile.size()];
        for (int i = 0; i < into.length; i++) {
            into[i] = -1;
            for (int other : overlapping.get(i)) {
                if (other < i && into[other] < 0 && (into[i] < 0 || other < into[i])
                        && !inFile.get(other).ruleId().equals(inFile.get(i).ruleId())) {
                    into[i] = other;
                }
            }
        }
        return into;
    }

    /**
     * For each finding, the indexes of the others whose span meets its own: one sweep in order of start offsets,
     * so the cost grows with the findings and the pairs that meet, not with the square of a file's findings.
     */
    private static List<int[]> overlaps(List<Finding> inFile) {
        int n = inFile.size();
        Integer[] byStart = new Integer[n];
        for (int i = 0; i < n; i++) {
            byStart[i] = i;
        }
        Arrays.sort(byStart, Comparator.comparing(i -> range(inFile, i)));
        List<List<Integer>> pairs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pairs.add(new ArrayList<>(1));
        }
        PriorityQueue<Integer> open = new PriorityQueue<>(Comparator.comparingInt(i -> range(inFile, i).end()));
        for (int i : byStart) {
            TextRange span = range(inFile, i);
            // a span that ends where this one starts still meets an empty span there
            while (!open.isEmpty() && range(inFile, open.peek()).end() < span.start()) {
                open.poll();
            }
            for (int other : open) {
                TextRange otherSpan = range(inFile, other);
                if (otherSpan.overlaps(span) || otherSpan.equals(span)) {
                    pairs.get(i).add(other);
                    pairs.get(other).add(i);
                }
            }
            open.add(i);
        }
        return pairs.stream().map(p -> p.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static TextRange range(List<Finding> inFile, int i) {
        return inFile.get(i).location().range();
    }

    /** {@code others} in {@link #STAYS_FIRST} order. */
    private static Finding fold(Finding winner, List<Finding> others) {
        TreeSet<String> ruleIds = new TreeSet<>();
        Map<String, String> properties = new LinkedHashMap<>(winner.properties());
        List<RelatedLocation> related = new ArrayList<>(winner.related());
        List<Fix> fixes = new ArrayList<>(winner.fixes());
        boolean suppressed = winner.suppressed();
        String reason = winner.suppressionReason();
        for (Finding other : others) {
            ruleIds.add(other.ruleId());
            other.properties().forEach(properties::putIfAbsent);
            other.related().stream().filter(r -> !related.contains(r)).forEach(related::add);
            // the winner's fixes come first; another rule's fix adds a strategy or nothing
            other.fixes().stream().filter(x -> fixes.stream().noneMatch(y -> y.strategy().equals(x.strategy())))
                    .forEach(fixes::add);
            if (!suppressed && other.suppressed()) {
                suppressed = true;
                reason = other.suppressionReason();
            }
        }
        properties.put(ALSO_MATCHED, String.join(",", ruleIds));
        return new Finding(winner.ruleId(), winner.severity(), winner.location(), winner.message(), winner.snippet(),
                winner.fingerprint(), suppressed, reason, related, fixes, winner.helpUri(), properties,
                winner.codeHash(), winner.baselineState());
    }
}
