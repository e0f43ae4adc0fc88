package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;
import io.cliqmigrate.core.rule.Tags;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Metadata style is checked here, not in review (learning-from-anchors §9.9). */
class RuleMetadataTest {

    @Test
    void everyRuleHasUniqueKebabCaseIdAPlainSummaryKnownTagsAndADoc() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : BuiltinRules.all()) {
            RuleDescriptor d = rule.descriptor();
            assertThat(ids.add(d.id())).as("unique id " + d.id()).isTrue();
            assertThat(d.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(d.summary()).as(d.id()).isNotBlank().doesNotEndWith(".").hasSizeLessThan(100);
            assertThat(Character.isUpperCase(d.summary().charAt(0))).as(d.id() + " summary starts a sentence").isTrue();
            assertThat(Tags.ALL).as(d.id() + " tags").containsAll(d.tags());
            assertThat(rule.documentation()).as("rules/" + d.id() + ".md").startsWith("# " + d.id() + "\n")
                    .contains("## ")
                    .as("rules/" + d.id() + ".md leaves severity, tags and languages to @RuleMeta")
                    .doesNotContainPattern("(?m)^Severity:");
        }
    }

    @Test
    void catalogueIsSortedById() {
        assertThat(BuiltinRules.all()).extracting(r -> r.descriptor().id()).isSorted();
    }
}
