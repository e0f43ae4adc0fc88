package io.cliqmigrate.rules.docs;

import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The doc's text after its {@code # <id>} title, with LF line ends, then the {@link #effort} section; empty
     * when the rule has neither.
     */
    public static String body(Rule rule) {
        String doc = rule.documentation().replace("\r\n", "\n");
        String title = "# " + rule.descriptor().id() + "\n";
        if (doc.startsWith(title)) {
            doc = doc.substring(title.length());
        }
        doc = doc.strip();
        String effort = effort(rule.descriptor().effort());
        return doc.isEmpty() ? effort : doc + "\n" + (effort.isEmpty() ? "" : "\n" + effort);
    }

    /**
     * The {@code ## Effort} section, rendered from {@code @RuleMeta} like the header, so the figures a report adds up
     * and the ones the doc shows cannot differ; empty when the rule states no effort.
     */
    public static String effort(RuleDescriptor.Effort effort) {
        if (effort.equals(RuleDescriptor.Effort.NONE)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (effort.manualMinutes() > 0) {
            parts.add(minutes(effort.manualMinutes()) + " when its fix is manual");
        }
        if (effort.reviewMinutes() > 0) {
            parts.add(minutes(effort.reviewMinutes()) + " to read and test a review fix that `cliq-migrate fix` applies");
        }
        if (effort.safeMinutes() > 0) {
            parts.add(minutes(effort.safeMinutes()) + " to read a safe one");
        }
        String figures = parts.isEmpty() ? "None: the migration estimate counts its findings at 0 minutes."
                : "Per finding, in the migration estimate: " + String.join(", ", parts) + ".";
        return "## Effort\n\n" + figures + (effort.assumption().isEmpty() ? "" : " " + effort.assumption()) + "\n";
    }

    private static String minutes(int minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String appliesTo(RuleDescriptor d) {
        return d.languages().contains("*") ? "all languages and configuration formats"
                : String.join(", ", d.languages());
    }
}
