package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.RuleDescriptor;
import io.cliqmigrate.core.rule.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule's metadata as a SARIF {@code reportingDescriptor}, shaped for GitHub code scanning: help text always
 * (the rule's documentation), descriptions within GitHub's 1,024 characters, at most 10 tags, and the
 * {@code security} tag, a CWE tag and a {@code security-severity} (a number as a string) on the rules that find
 * secrets, and on no other.
 */
final class SarifRules {
    static final int MAX_DESCRIPTION = 1024;
    /** GitHub shows the first 10 tags of a rule. */
    static final int MAX_TAGS = 10;
    /** CWE-798, use of hard-coded credentials: what a credential rule finds. */
    static final String CWE_HARD_CODED_CREDENTIALS = "external/cwe/cwe-798";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifRules() {}

    static ObjectNode rule(RuleDescriptor d) {
        ObjectNode rule = MAPPER.createObjectNode();
        rule.put("id", d.id());
        rule.put("name", pascalCase(d.id()));
        rule.set("shortDescription", SarifLocations.text(limit(d.summary())));
        rule.set("fullDescription", SarifLocations.text(limit(fullDescription(d))));
        rule.put("helpUri", d.helpUri());
        String doc = d.documentation().replace("\r\n", "\n").strip();
        ObjectNode help = rule.putObject("help");
        // viewers that read no Markdown get the gist and the link: the whole doc twice would double the rules' size
        help.put("text", fullDescription(d) + "\n\nDocumentation: " + d.helpUri());
        if (!doc.isEmpty()) {
            help.put("markdown", doc);
        }
        rule.putObject("defaultConfiguration").put("level", level(d.severity()));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags(d).forEach(tags::add);
        // on held-out real code, 1 false alarm in the first blind run (41 found), none since (README, Accuracy)
        properties.put("precision", "high");
        if (security(d)) {
            properties.put("security-severity", securitySeverity(d.severity()));
        }
        return rule;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A rule that finds secrets written into code or sent with a password. */
    static boolean security(RuleDescriptor d) {
        return d.tags().contains(Tags.CREDENTIAL);
    }

    static List<String> tags(RuleDescriptor d) {
        List<String> tags = new ArrayList<>();
        if (security(d)) {
            tags.add("security");
            tags.add(CWE_HARD_CODED_CREDENTIALS);
        }
        d.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        return tags.size() > MAX_TAGS ? tags.subList(0, MAX_TAGS) : tags;
    }

    /** GitHub's scale: 9.0 and above is critical, 7.0 high, 4.0 medium. A credential in the code is critical. */
    private static String securitySeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "9.0";
            case WARNING -> "6.0";
            case INFO -> "3.0";
        };
    }

    /**
     * The summary and the first paragraph of the documentation (what the rule finds), as one line; the summary
     * alone when the rule has no documentation.
     */
    static String fullDescription(RuleDescriptor d) {
        String paragraph = firstParagraph(d.documentation());
        return paragraph.isEmpty() ? d.summary() : d.summary() + ". " + paragraph;
    }

    private static String firstParagraph(String markdown) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.replace("\r\n", "\n").split("\n")) {
            String text = line.strip();
            if (text.startsWith("#") || text.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            paragraph.append(paragraph.length() > 0 ? " " : "").append(text);
        }
        return paragraph.toString();
    }

    /** At most {@link #MAX_DESCRIPTION} characters, cut after a sentence where one ends in time. */
    static String limit(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        String cut = text.substring(0, MAX_DESCRIPTION - 1);
        int sentence = cut.lastIndexOf(". ");
        return sentence > MAX_DESCRIPTION / 2 ? cut.substring(0, sentence + 1) : cut + "…";
    }

    /** {@code authtoken-query-param} → {@code AuthtokenQueryParam}: SARIF's display name. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder(id.length());
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
