package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleDescriptor;
import io.cliqmigrate.core.rule.TokenProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link RuleContext} for one (rule, file): builds redacted findings (their code frames come later, from
 * {@link CodeFrames}) and applies suppressions.
 */
final class FindingCollector implements RuleContext {
    private final SourceFile file;
    private final RuleDescriptor rule;
    private final Severity severity;
    private final Suppressions suppressions;
    private final List<Finding> sink;
    private final List<Fix> offers;
    private final Set<TextRange> reported = new HashSet<>();
    private final CodeFrames frames;
    private final io.cliqmigrate.core.code.CodeFacts facts;
    private final ConfigFile.FixSettings fix;
    /** The product the file's Deluge script runs in, as the configuration says, or {@code null}. */
    private final String delugeHost;
    private final TokenProvider tokenProvider;
    private final java.util.Map<String, io.cliqmigrate.core.code.CodeFacts> clientInterfaces;

    /**
     * {@code frames}: the file's code frames, which learn the secret values the rule names; the findings are
     * framed once every rule has run on the file. {@code fix}: the root's fix settings (connection names, the
     * strategy that orders fixes); {@code tokenProvider}: the root's, as the engine settled it; {@code offers}: where
     * the fixes {@linkplain #offer offered} go; {@code clientInterfaces}: the files of the scan that declare client
     * interfaces ({@link #clientInterface}).
     */
    FindingCollector(io.cliqmigrate.core.code.CodeFacts facts, RuleDescriptor rule, Severity severity,
                     Suppressions suppressions, List<Finding> sink, CodeFrames frames, ConfigFile.FixSettings fix,
                     TokenProvider tokenProvider, List<Fix> offers,
                     java.util.Map<String, io.cliqmigrate.core.code.CodeFacts> clientInterfaces, String delugeHost) {
        this.delugeHost = delugeHost;
        this.offers = offers;
        this.clientInterfaces = clientInterfaces;
        this.facts = facts;
        this.file = facts.file();
        this.fix = fix;
        this.tokenProvider = tokenProvider;
        this.rule = rule;
        this.severity = severity;
        this.suppressions = suppressions;
        this.sink = sink;
        this.frames = frames;
    }

    @Override
    public SourceFile file() {
        return file;
    }

    @Override
    public java.util.Optional<String> delugeHost() {
        return java.util.Optional.ofNullable(delugeHost);
    }

    @Override
    public io.cliqmigrate.core.rule.Connections.Link connection(String service) {
        return io.cliqmigrate.core.rule.Connections.link(service, fix.connections());
    }

    @Override
    public TokenProvider tokenProvider() {
        return tokenProvider;
    }

    @Override
    public java.util.Optional<io.cliqmigrate.core.code.CodeFacts> clientInterface(String qualifiedName) {
        return java.util.Optional.ofNullable(clientInterfaces.get(qualifiedName));
    }

    @Override
    public void secret(TextRange value) {
        frames.secret(value);
    }

    @Override
    public void report(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes,
                       java.util.Map<String, String> properties) {
        if (!reported.add(range)) {
            return; // one finding per place, however many paths lead a rule to it
        }
        Location location = Location.of(file, range);
        List<Fix> encoded = Fix.preferring(fixes, fix.strategy()).stream().map(this::encoded).toList();
        // everything that leaves the machine goes through the redactor, not only the code frame; messages are the
        // rule's words around quoted source text, and only that text is read as code
        List<RelatedLocation> safeRelated = related.stream()
                .map(r -> new RelatedLocation(r.path(), r.startLine(), Redactor.redactProse(r.message()))).toList();
        java.util.Map<String, String> safeProperties = new java.util.TreeMap<>();
        properties.forEach((k, v) -> safeProperties.put(k, Redactor.redact(v)));
        // the code frame and the fingerprint, which hashes the frame's first line, come later (CodeFrames), when
        // every rule has named the file's secrets
        Finding finding = new Finding(rule.id(), severity, location, Redactor.redactProse(message), null, null,
                false, null, safeRelated, encoded, rule.helpUri(), safeProperties);
        String reason = suppressions.reason(rule.id(), location.startLine());
        sink.add(reason == null ? finding : finding.withSuppression(Redactor.redact(reason)));
    }

    @Override
    public void offer(Fix offered) {
        if (offered.automatic() && !offered.covers().isEmpty()) {
            offers.add(encoded(offered));
        }
    }

    /** The fix with its edits in the file's own form and placed in it. */
    private Fix encoded(Fix f) {
        // a script inside a JSON export is edited in its own text; the file takes it JSON-escaped
        return f.edits().isEmpty() ? f : f.withEdits(f.edits().stream().map(facts::encode)
                .map(e -> e.path().equals(file.path()) ? e.locatedIn(file) : e).toList());
    }
}
