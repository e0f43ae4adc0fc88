package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.docs.RuleDocs;
import java.util.HashSet;
import java.util.List;
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
    void everyErrorAndWarningRuleStatesWhatOneFindingCostsAndWhy() {
        for (Rule rule : BuiltinRules.all()) {
            RuleDescriptor d = rule.descriptor();
            if (d.severity() == Severity.INFO) {
                continue;
            }
            RuleDescriptor.Effort effort = d.effort();
            assertThat(effort.manualMinutes()).as(d.id() + " manualMinutes").isPositive();
            assertThat(effort.reviewMinutes()).as(d.id() + " a review fix costs no more than the manual work")
                    .isBetween(0, effort.manualMinutes());
            assertThat(effort.safeMinutes()).as(d.id() + " a safe fix costs no more than a review one")
                    .isBetween(0, Math.max(effort.reviewMinutes(), effort.manualMinutes()));
            assertThat(effort.assumption()).as(d.id() + " effortAssumption says what the minutes include")
                    .startsWith("Per ").endsWith(".");
        }
    }

    @Test
    void inventoryRulesAskForNoChangeSoTheirFindingsCostNothing() {
        List<Rule> inventory = BuiltinRules.all().stream()
                .filter(r -> r.descriptor().tags().contains(Tags.INVENTORY)).toList();
        assertThat(inventory).extracting(r -> r.descriptor().id())
                .containsExactly("cliq-api-inventory", "deluge-integration-inventory");
        for (Rule rule : inventory) {
            RuleDescriptor d = rule.descriptor();
            assertThat(d.severity()).as(d.id()).isEqualTo(Severity.INFO);
            assertThat(d.effort()).as(d.id())
                    .returns(0, RuleDescriptor.Effort::manualMinutes)
                    .returns(0, RuleDescriptor.Effort::reviewMinutes)
                    .returns(0, RuleDescriptor.Effort::safeMinutes);
            assertThat(d.effort().assumption()).as(d.id()).contains("asks for no change");
        }
    }

    @Test
    void theEffortSectionOfADocComesFromTheAnnotation() {
        Rule query = BuiltinRules.all().stream()
                .filter(r -> r.descriptor().id().equals("authtoken-query-param")).findFirst().orElseThrow();
        assertThat(RuleDocs.text(query)).endsWith("## Effort\n\nPer finding, in the migration estimate: 30 minutes "
                + "when its fix is manual, 10 minutes to read and test a review fix that `cliq-migrate fix` applies, "
                + "2 minutes to read a safe one. " + query.descriptor().effort().assumption() + "\n");
        for (Rule rule : BuiltinRules.all()) {
            assertThat(rule.documentation()).as("rules/" + rule.descriptor().id() + ".md leaves ## Effort to @RuleMeta")
                    .doesNotContain("## Effort");
            assertThat(RuleDocs.text(rule)).as(rule.descriptor().id()).containsOnlyOnce("\n## Effort\n");
        }
    }

    @Test
    void catalogueIsSortedById() {
        assertThat(BuiltinRules.all()).extracting(r -> r.descriptor().id()).isSorted();
    }
}
