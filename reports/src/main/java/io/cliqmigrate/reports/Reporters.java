package io.cliqmigrate.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report formats by id. A format is one entry here: {@code scan --format}, {@code --report} and {@code report
 * --from} (which renders any of them from a saved JSON report) all look it up by id.
 */
public final class Reporters {
    private static final Map<String, Function<ReportOptions, Reporter>> BY_ID = new LinkedHashMap<>();

    static {
        BY_ID.put("text", TextReporter::new);
        BY_ID.put("json", options -> new JsonReporter());
        BY_ID.put("sarif", options -> new SarifReporter(options.includeSuppressed(), options.category()));
        BY_ID.put("markdown", MarkdownReporter::new);
        BY_ID.put("junit", options -> new JUnitReporter(options.failOn()));
        BY_ID.put("html", HtmlReporter::new);
    }

    public static final List<String> FORMATS = List.copyOf(BY_ID.keySet());

    private Reporters() {}

    /** The reporter for a format id with the default options; {@code color} only matters for text. */
    public static Optional<Reporter> forFormat(String id, boolean color) {
        return forFormat(id, ReportOptions.plain(color));
    }

    public static Optional<Reporter> forFormat(String id, ReportOptions options) {
        return Optional.ofNullable(BY_ID.get(id)).map(make -> make.apply(options));
    }
}
