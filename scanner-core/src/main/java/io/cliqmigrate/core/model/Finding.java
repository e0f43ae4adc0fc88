package io.cliqmigrate.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * One reported problem. The snippet is already redacted; the fingerprint is stable across line moves (rule,
 * path and normalised code, plus an occurrence number for identical lines).
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String snippet,
                      String fingerprint, boolean suppressed, String suppressionReason,
                      List<RelatedLocation> related, List<Fix> fixes, String helpUri) {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().range().start())
            .thenComparingInt(f -> f.location().range().end())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, message, snippet, fingerprint, suppressed,
                suppressionReason, related, fixes, helpUri);
    }

    public Finding withSuppression(String reason) {
        return new Finding(ruleId, severity, location, message, snippet, fingerprint, true, reason, related,
                fixes, helpUri);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(ruleId, severity, location, message, snippet, newFingerprint, suppressed,
                suppressionReason, related, fixes, helpUri);
    }
}
