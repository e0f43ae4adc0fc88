package io.cliqmigrate.core.model;

import java.util.List;

/** One way to resolve a finding: automatic edits, or manual steps for a person. */
public record Fix(String strategy, String description, Applicability applicability, List<TextEdit> edits,
                  List<String> steps) {
    public enum Applicability { AUTO, MANUAL }

    public Fix {
        edits = List.copyOf(edits);
        steps = List.copyOf(steps);
    }

    public static Fix manual(String strategy, String description, String... steps) {
        return new Fix(strategy, description, Applicability.MANUAL, List.of(), List.of(steps));
    }
}
