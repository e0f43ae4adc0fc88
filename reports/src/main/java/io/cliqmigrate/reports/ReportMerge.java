package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.engine.Shard;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Merges JSON reports of shards of one tree or of many repositories into one report. A report is a set of parts
 * (a repository, or one shard of it) and of findings, each of one repository; merging is a union of both, the first
 * report winning where two name the same part or the same finding, so merging is associative and merging a report
 * with itself changes nothing. The counts are the sum over the parts; the settings are what all reports share.
 *
 * <p>With one repository the report names it once ({@code repository}); with several each finding carries it as
 * its {@code repository} property and {@code parts} lists them.
 */
public final class ReportMerge {
    public static final String REPOSITORY = "repository";

    private static final Comparator<Shard> SHARDS = Comparator.nullsFirst(
            Comparator.comparingInt(Shard::count).thenComparingInt(Shard::index));
    private static final Comparator<ScanResult.Part> PARTS = Comparator.comparing(ScanResult.Part::repository)
            .thenComparing(ScanResult.Part::shard, SHARDS);

    private ReportMerge() {}

    /** A report to merge and the name of its repository when the report itself does not say. */
    public record Input(ScanResult report, String fallbackName) {}

    public static ScanResult merge(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        Map<String, ScanResult.Part> parts = new LinkedHashMap<>();
        Map<List<Object>, Finding> findings = new LinkedHashMap<>();
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        Set<ProcessingError> errors = new LinkedHashSet<>();
        Set<SkippedFile> skipped = new LinkedHashSet<>();
        Set<ScanResult.FileCharset> charsets = new LinkedHashSet<>();
        Set<ScanResult.UnusedSuppression> unused = new LinkedHashSet<>();
        for (Input input : inputs) {
            ScanResult r = input.report();
            String repository = repository(r, input.fallbackName());
            for (ScanResult.Part p : parts(r, repository)) {
                parts.putIfAbsent(p.repository() + "\u0000" + p.shard(), p);
            }
            for (Finding f : r.findings()) {
                String from = f.properties().getOrDefault(REPOSITORY, repository);
                findings.putIfAbsent(List.of(from, f.location().path(), f.ruleId(), f.location().range().start(),
                        f.location().range().end(), f.fingerprint()), withRepository(f, from));
            }
            r.rules().forEach(d -> rules.putIfAbsent(d.id(), d));
            errors.addAll(r.errors());
            skipped.addAll(r.skipped());
            charsets.addAll(r.charsets());
            unused.addAll(r.unusedSuppressions());
        }
        List<ScanResult.Part> sortedParts = parts.values().stream().sorted(PARTS).toList();
        Set<String> repositories = new TreeSet<>();
        sortedParts.forEach(p -> repositories.add(p.repository()));
        boolean several = repositories.size() > 1;
        List<Finding> merged = findings.values().stream()
                .map(f -> several ? f : withRepository(f, null))
                .sorted(Comparator.comparing((Finding f) -> f.properties().getOrDefault(REPOSITORY, ""))
                        .thenComparing(Finding.ORDER).thenComparing(Finding::fingerprint))
                .toList();
        ScanResult first = inputs.get(0).report();
        ScanResult.Origin origin = sortedParts.size() == 1
                ? new ScanResult.Origin(sortedParts.get(0).repository(), sortedParts.get(0).shard(), List.of())
                : new ScanResult.Origin(several ? null : repositories.iterator().next(), null, sortedParts);
        return new ScanResult(first.toolName(), first.toolVersion(), List.copyOf(rules.values()), merged,
                sorted(errors, ProcessingError.ORDER), sorted(skipped, Comparator.comparing(SkippedFile::path)
                        .thenComparing(SkippedFile::reason)),
                stats(sortedParts), sorted(charsets, Comparator.comparing(ScanResult.FileCharset::path)),
                sorted(unused, ScanResult.UnusedSuppression.ORDER),
                common(inputs, ScanResult::git), combined(inputs), origin);
    }

    /**
     * The repository a report is of: the name it was given ({@code scan --repo-name}), else the last part of its git
     * remote's URL, else its project folder's name, else {@code fallback}.
     */
    public static String repository(ScanResult report, String fallback) {
        if (report.origin().repository() != null) {
            return report.origin().repository();
        }
        if (report.git() != null && report.git().repositoryUri() != null) {
            String name = lastSegment(report.git().repositoryUri());
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (report.configuration() != null && report.configuration().project() != null
                && !report.configuration().project().isEmpty()) {
            return report.configuration().project();
        }
        return fallback;
    }

    /** {@code https://github.com/acme/billing.git} and {@code git@github.com:acme/billing} → {@code billing}. */
    static String lastSegment(String uri) {
        String path = uri.replaceAll("[/\\\\]+$", "");
        path = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
        return path.endsWith(".git") ? path.substring(0, path.length() - 4) : path;
    }

    /** The repositories of a report, sorted; one for a single scan. */
    public static List<String> repositories(ScanResult report, String fallback) {
        Set<String> names = new TreeSet<>();
        parts(report, repository(report, fallback)).forEach(p -> names.add(p.repository()));
        report.findings().forEach(f -> names.add(f.properties().getOrDefault(REPOSITORY, repository(report,
                fallback))));
        return List.copyOf(names);
    }

    private static List<ScanResult.Part> parts(ScanResult r, String repository) {
        if (!r.origin().parts().isEmpty()) {
            return r.origin().parts();
        }
        return List.of(new ScanResult.Part(repository, r.origin().shard(), r.git() == null ? null : r.git().commit(),
                r.stats()));
    }

    private static Finding withRepository(Finding f, String repository) {
        Map<String, String> properties = new TreeMap<>(f.properties());
        if (repository == null) {
            properties.remove(REPOSITORY);
        } else {
            properties.put(REPOSITORY, repository);
        }
        return new Finding(f.ruleId(), f.severity(), f.location(), f.message(), f.snippet(), f.fingerprint(),
                f.suppressed(), f.suppressionReason(), f.related(), f.fixes(), f.helpUri(), properties);
    }

    private static ScanResult.Stats stats(List<ScanResult.Part> parts) {
        return new ScanResult.Stats(parts.stream().mapToInt(p -> p.stats().filesScanned()).sum(),
                parts.stream().mapToInt(p -> p.stats().filesCandidates()).sum(),
                parts.stream().mapToInt(p -> p.stats().filesParsed()).sum(),
                parts.stream().mapToInt(p -> p.stats().ignored()).sum());
    }

    private static <T> List<T> sorted(Set<T> items, Comparator<T> order) {
        List<T> out = new ArrayList<>(items);
        out.sort(order);
        return out;
    }

    /** The value every report has, or {@code null} when they differ. */
    private static <T> T common(List<Input> inputs, Function<ScanResult, T> value) {
        T first = value.apply(inputs.get(0).report());
        return inputs.stream().allMatch(i -> Objects.equals(value.apply(i.report()), first)) ? first : null;
    }

    /**
     * The settings the reports share: the strictest fail level, the rules every report turned off, the severity
     * changes every report made, the project when all name the same, every root and configuration file, and the
     * earliest start. Each is associative and idempotent, so the order and grouping of merges does not matter.
     */
    private static ScanResult.Configuration combined(List<Input> inputs) {
        List<ScanResult.Configuration> all = inputs.stream().map(i -> i.report().configuration()).toList();
        if (all.stream().allMatch(Objects::isNull)) {
            return null;
        }
        return all.stream().map(c -> c == null ? new ScanResult.Configuration("none", List.of(), Map.of()) : c)
                .reduce(combine()).orElseThrow();
    }

    private static BinaryOperator<ScanResult.Configuration> combine() {
        return (a, b) -> {
            Set<String> disabled = new TreeSet<>(a.disabledRules());
            disabled.retainAll(b.disabledRules());
            Map<String, String> overrides = new TreeMap<>(a.severityOverrides());
            overrides.entrySet().removeIf(e -> !e.getValue().equals(b.severityOverrides().get(e.getKey())));
            Set<String> roots = new TreeSet<>(a.roots());
            roots.addAll(b.roots());
            Set<String> configFiles = new TreeSet<>(a.configFiles());
            configFiles.addAll(b.configFiles());
            return new ScanResult.Configuration(stricter(a.failOn(), b.failOn()), List.copyOf(disabled), overrides,
                    Objects.equals(a.project(), b.project()) ? a.project() : null, List.copyOf(roots),
                    List.copyOf(configFiles), earlier(a.startedAt(), b.startedAt()));
        };
    }

    private static String stricter(String a, String b) {
        return rank(a) <= rank(b) ? a : b;
    }

    /** info before warning before error before none (or unknown). */
    private static int rank(String failOn) {
        for (Severity s : Severity.values()) {
            if (s.id().equals(failOn)) {
                return s.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String earlier(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }
}
