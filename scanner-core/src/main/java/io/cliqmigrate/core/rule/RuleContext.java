package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.List;

/** Where a rule reports. Id, severity and help link are filled in from the rule's metadata. */
public interface RuleContext {

    SourceFile file();

    void report(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes,
                java.util.Map<String, String> properties);

    default void report(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes) {
        report(range, message, related, fixes, java.util.Map.of());
    }

    default void report(TextRange range, String message) {
        report(range, message, List.of(), List.of());
    }

    default void report(TextRange range, String message, Fix... fixes) {
        report(range, message, List.of(), List.of(fixes));
    }
}
