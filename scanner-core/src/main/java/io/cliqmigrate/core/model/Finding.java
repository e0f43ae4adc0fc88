package io.cliqmigrate.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One reported problem. The snippet is already redacted; the fingerprint is stable across line moves (rule,
 * path and normalised code, plus an occurrence number for identical lines). {@code properties} carry facts for
 * manifests (the connection a Deluge task uses, the scope a Cliq call needs). {@code codeHash} hashes what the
 * fingerprint hashes but the path, so a baseline finds a finding again in a moved file; it is not in the reports
 * ({@code null} in a finding read back from one). {@code baselineState}: whether a scan with a baseline found the
 * finding in it ({@code null} without a baseline, and for suppressed findings).
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String snippet,
                      String fingerprint, boolean suppressed, String suppressionReason,
                      List<RelatedLocation> related, List<Fix> fixes, String helpUri, Map<String, String> properties,
                      String codeHash, BaselineState baselineState) {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().range().start())
            .thenComparingInt(f -> f.location().range().end())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
        properties = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(properties));
    }

    public Finding(String ruleId, Severity severity, Location location, String message, String snippet,
                   String fingerprint, boolean suppressed, String suppressionReason, List<RelatedLocation> related,
                   List<Fix> fixes, String helpUri, Map<String, String> properties) {
        this(ruleId, severity, location, message, snippet, fingerprint, suppressed, suppressionReason, related, fixes,
                helpUri, properties, null, null);
    }

    public Finding(String ruleId, Severity severity, Location location, String message, String snippet,
                   String fingerprint, boolean suppressed, String suppressionReason, List<RelatedLocation> related,
                   List<Fix> fixes, String helpUri) {
        this(ruleId, severity, location, message, snippet, fingerprint, suppressed, suppressionReason, related, fixes,
                helpUri, Map.of());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, message, snippet, fingerprint, suppressed,
                suppressionReason, related, fixes, helpUri, properties, codeHash, baselineState);
    }

    public Finding withSuppression(String reason) {
        return new Finding(ruleId, severity, location, message, snippet, fingerprint, true, reason, related,
                fixes, helpUri, properties, codeHash, baselineState);
    }

    public Finding withRelated(List<RelatedLocation> moreRelated) {
        java.util.Set<RelatedLocation> all = new java.util.LinkedHashSet<>(related);
        all.addAll(moreRelated);
        return new Finding(ruleId, severity, location, message, snippet, fingerprint, suppressed,
                suppressionReason, List.copyOf(all), fixes, helpUri, properties, codeHash, baselineState);
    }

    public Finding withFixes(List<Fix> newFixes) {
        return new Finding(ruleId, severity, location, message, snippet, fingerprint, suppressed,
                suppressionReason, related, newFixes, helpUri, properties, codeHash, baselineState);
    }

    public Finding withSnippet(String newSnippet) {
        return new Finding(ruleId, severity, location, message, newSnippet, fingerprint, suppressed,
                suppressionReason, related, fixes, helpUri, properties, codeHash, baselineState);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(ruleId, severity, location, message, snippet, newFingerprint, suppressed,
                suppressionReason, related, fixes, helpUri, properties, codeHash, baselineState);
    }

    public Finding withFingerprint(String newFingerprint, String newCodeHash) {
        return new Finding(ruleId, severity, location, message, snippet, newFingerprint, suppressed,
                suppressionReason, related, fixes, helpUri, properties, newCodeHash, baselineState);
    }

    public Finding withBaselineState(BaselineState state) {
        return new Finding(ruleId, severity, location, message, snippet, fingerprint, suppressed,
                suppressionReason, related, fixes, helpUri, properties, codeHash, state);
    }

    /** Whether {@code --fail-on} counts it: any unsuppressed finding, but one a baseline already has. */
    public boolean gated() {
        return !suppressed && baselineState != BaselineState.UNCHANGED;
    }
}
