package io.cliqmigrate.reports;

import java.util.List;
import java.util.Optional;

/** The report formats by id. */
public final class Reporters {
    public static final List<String> FORMATS = List.of("text", "json");

    private Reporters() {}

    /** The reporter for a format id; {@code color} only matters for text. */
    public static Optional<Reporter> forFormat(String id, boolean color) {
        return switch (id) {
            case "text" -> Optional.of(new TextReporter(color));
            case "json" -> Optional.of(new JsonReporter());
            default -> Optional.empty();
        };
    }
}
