package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.model.Severity;
import java.util.List;

/** A rule's metadata as data, for reports and the catalogue. */
public record RuleDescriptor(String id, String summary, Severity severity, List<String> languages,
                             List<String> tags, String helpUri) {
    public static final String HELP_BASE = "https://github.com/cliq-migrate/cliq-migrate/blob/main/docs/rules/";

    public RuleDescriptor {
        languages = List.copyOf(languages);
        tags = List.copyOf(tags);
    }

    public static RuleDescriptor of(RuleMeta meta) {
        return new RuleDescriptor(meta.id(), meta.summary(), meta.severity(), List.of(meta.languages()),
                List.of(meta.tags()), HELP_BASE + meta.id() + ".md");
    }

    public boolean appliesTo(String languageId) {
        return languages.contains("*") || languages.contains(languageId);
    }
}
