package io.cliqmigrate.reports;

import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.TextEdit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The text an edit writes, as every report shows it: secret values masked line by line. */
final class MaskedEdits {
    /** The masked text of each created file (a generated class, the same in many fixes). */
    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

    private MaskedEdits() {}

    /**
     * A rewrite may carry on code that holds a secret (the rest of a URL with a webhook token in it); a created file
     * is the same text in every fix that needs it, so it is masked once.
     */
    static String replacement(TextEdit edit) {
        return edit.creates() ? CREATED.computeIfAbsent(edit.replacement(), Redactor::redactLines)
                : Redactor.redactLines(edit.replacement());
    }
}
