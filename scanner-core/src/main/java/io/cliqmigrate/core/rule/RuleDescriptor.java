package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.model.Severity;
import java.util.List;

/**
 * A rule's metadata as data, for reports and the catalogue. {@code documentation} is the rule's long description in
 * Markdown ({@code rules/<id>.md} on the class path, empty when it has none): reports that carry a rule's help
 * (SARIF) take it from here, since they never see the rules themselves.
 */
public record RuleDescriptor(String id, String summary, Severity severity, List<String> languages,
                             List<String> tags, String helpUri, String documentation, Effort effort) {
    /**
     * The rule's effort figures ({@link RuleMeta#manualMinutes()}, {@link RuleMeta#reviewMinutes()},
     * {@link RuleMeta#safeMinutes()}) and the assumption behind them.
     */
    public record Effort(int manualMinutes, int reviewMinutes, int safeMinutes, String assumption) {
        public static final Effort NONE = new Effort(0, 0, 0, "");

        public Effort {
            assumption = assumption == null ? "" : assumption;
        }

        /** Minutes for one finding, by how its fix is applied. */
        public int minutes(io.cliqmigrate.core.model.Fix.Applicability applied) {
            return switch (applied) {
                case SAFE -> safeMinutes;
                case REVIEW -> reviewMinutes;
                case MANUAL -> manualMinutes;
            };
        }
    }

    /** Where the project lives; rule pages and reports point here. */
    public static final String PROJECT_URI = "https://github.com/cliq-migrate/cliq-migrate";
    public static final String HELP_BASE = PROJECT_URI + "/blob/main/docs/rules/";

    /** Read once per rule class: the engine asks a rule for its descriptor on every file. */
    private static final ClassValue<RuleDescriptor> OF_CLASS = new ClassValue<>() {
        @Override
        protected RuleDescriptor computeValue(Class<?> type) {
            RuleMeta meta = type.getAnnotation(RuleMeta.class);
            if (meta == null) {
                throw new IllegalStateException(type.getName() + " has no @RuleMeta");
            }
            return of(meta).withDocumentation(documentation(type, meta.id()));
        }
    };

    public RuleDescriptor {
        languages = List.copyOf(languages);
        tags = List.copyOf(tags);
        documentation = documentation == null ? "" : documentation;
        effort = effort == null ? Effort.NONE : effort;
    }

    /** Without documentation or effort figures. */
    public RuleDescriptor(String id, String summary, Severity severity, List<String> languages, List<String> tags,
                          String helpUri) {
        this(id, summary, severity, languages, tags, helpUri, "", Effort.NONE);
    }

    /** The metadata of the annotation alone, without documentation. */
    public static RuleDescriptor of(RuleMeta meta) {
        return new RuleDescriptor(meta.id(), meta.summary(), meta.severity(), List.of(meta.languages()),
                List.of(meta.tags()), HELP_BASE + meta.id() + ".md", "", new Effort(meta.manualMinutes(),
                meta.reviewMinutes(), meta.safeMinutes(), meta.effortAssumption()));
    }

    /** The metadata and documentation of a rule class annotated with {@link RuleMeta}. */
    public static RuleDescriptor of(Class<? extends Rule> ruleClass) {
        return OF_CLASS.get(ruleClass);
    }

    public RuleDescriptor withDocumentation(String markdown) {
        return new RuleDescriptor(id, summary, severity, languages, tags, helpUri, markdown, effort);
    }

    public boolean appliesTo(String languageId) {
        return languages.contains("*") || languages.contains(languageId);
    }

    private static String documentation(Class<?> type, String id) {
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (var in = loader.getResourceAsStream("rules/" + id + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
