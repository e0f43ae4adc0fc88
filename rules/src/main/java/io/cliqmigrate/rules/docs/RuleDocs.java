package io.cliqmigrate.rules.docs;

import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;

/**
 * A rule's documentation as Markdown: a header rendered from its {@code @RuleMeta}, then the text of its
 * {@code rules/<id>.md}. The metadata is never written by hand in the doc, so the two cannot disagree.
 * {@code cliq-migrate explain} prints {@link #text}; the pages under {@code docs/rules/} add links around it.
 */
public final class RuleDocs {
    private RuleDocs() {}

    /** The full documentation: {@link #header} and {@link #body}. */
    public static String text(Rule rule) {
        String body = body(rule);
        return header(rule.descriptor()) + (body.isEmpty() ? "" : "\n" + body);
    }

    /** Title, summary, and one line with severity, tags and what the rule reads. */
    public static String header(RuleDescriptor d) {
        return "# " + d.id() + "\n\n"
                + d.summary() + "\n\n"
                + "Severity: " + d.severity().id()
                + " · Tags: " + String.join(", ", d.tags())
                + " · Applies to: " + appliesTo(d) + "\n";
    }

    /** The doc's text after its {@code # <id>} title, with LF line ends; empty when the rule has no doc. */
    public static String body(Rule rule) {
        String doc = rule.documentation().replace("\r\n", "\n");
        String title = "# " + rule.descriptor().id() + "\n";
        if (doc.startsWith(title)) {
            doc = doc.substring(title.length());
        }
        doc = doc.strip();
        return doc.isEmpty() ? "" : doc + "\n";
    }

    private static String appliesTo(RuleDescriptor d) {
        return d.languages().contains("*") ? "all languages and configuration formats"
                : String.join(", ", d.languages());
    }
}
