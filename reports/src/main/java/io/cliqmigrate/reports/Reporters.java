package io.cliqmigrate.reports;

import java.util.List;
import java.util.Optional;

/** The report formats by id. */
public final class Reporters {
    public static final List<String> FORMATS = List.of("text", "json", "sarif", "markdown", "junit", "html");

    private Reporters() {}

    /** The reporter for a format id with the default options; {@code color} only matters for text. */
    public static Optional<Reporter> forFormat(String id, boolean color) {
        return forFormat(id, ReportOptions.plain(color));
    }

    public static Optional<Reporter> forFormat(String id, ReportOptions options) {
        return switch (id) {
            case "text" -> Optional.of(new TextReporter(options));
            case "json" -> Optional.of(new JsonReporter());
            case "sarif" -> Optional.of(new SarifReporter(options.includeSuppressed(), options.category()));
            case "markdown" -> Optional.of(new MarkdownReporter(options));
            case "junit" -> Optional.of(new JUnitReporter(options.failOn()));
            case "html" -> Optional.of(new HtmlReporter(options));
            default -> Optional.empty();
        };
    }
}
