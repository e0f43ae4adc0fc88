package io.cliqmigrate.rules.docs;

import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pages of {@code docs/rules/}: one {@code <id>.md} per rule, which every finding's {@code helpUri} points at,
 * and a {@code README.md} index. They are committed so the links work on the repository host;
 * {@code RuleDocsPagesTest} fails when they differ from what this renders.
 */
public final class RuleDocsPages {
    /** The folder of the pages, relative to the repository root. */
    public static final String DIRECTORY = "docs/rules";
    /** Where each rule's annotated examples live, relative to the repository root. */
    public static final String FIXTURES = "rules/src/test/resources/fixtures";
    public static final String REGENERATE = "mvn -B -q -pl rules -am test -Dtest=RuleDocsPagesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcliq.docs.update=true";

    private static final String UP_TO_ROOT = "../../";

    private RuleDocsPages() {}

    /** File name (in {@link #DIRECTORY}) to content, with LF line ends. */
    public static SortedMap<String, String> render(List<Rule> rules) {
        List<Rule> sorted = rules.stream().sorted(Comparator.comparing(r -> r.descriptor().id())).toList();
        SortedMap<String, String> pages = new TreeMap<>();
        for (Rule rule : sorted) {
            pages.put(pageName(rule.descriptor()), page(rule));
        }
        pages.put("README.md", index(sorted));
        return pages;
    }

    public static String pageName(RuleDescriptor d) {
        return d.id() + ".md";
    }

    private static String page(Rule rule) {
        RuleDescriptor d = rule.descriptor();
        String fixtures = FIXTURES + "/" + d.id() + "/";
        String body = RuleDocs.body(rule);
        return generatedNotice("the rule's @RuleMeta and rules/src/main/resources/rules/" + d.id() + ".md")
                + RuleDocs.header(d) + "\n"
                + "Annotated examples: [`" + fixtures + "`](" + UP_TO_ROOT + fixtures + ") · [All rules](README.md)\n"
                + (body.isEmpty() ? "" : "\n" + body);
    }

    private static String index(List<Rule> rules) {
        StringBuilder out = new StringBuilder(generatedNotice("the rules' @RuleMeta and docs"))
                .append("# Rules\n\n")
                .append("Every finding's `helpUri` points at one of these pages; `cliq-migrate explain <id>` prints the ")
                .append("same text.\n")
                .append("They are generated from each rule's `@RuleMeta` annotation and its documentation in\n")
                .append("`rules/src/main/resources/rules/<id>.md`. Edit those, then regenerate the pages:\n\n")
                .append("```sh\n").append(REGENERATE).append("\n```\n\n")
                .append("`RuleDocsPagesTest` fails while a page is missing, stale or extra.\n\n")
                .append("| id | severity | summary |\n|---|---|---|\n");
        for (Rule rule : rules) {
            RuleDescriptor d = rule.descriptor();
            out.append("| [`").append(d.id()).append("`](").append(pageName(d)).append(") | ")
                    .append(d.severity().id()).append(" | ").append(d.summary().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private static String generatedNotice(String source) {
        return "<!-- Generated from " + source + " by RuleDocsPages; do not edit. Regenerate: " + REGENERATE
                + " -->\n";
    }
}
