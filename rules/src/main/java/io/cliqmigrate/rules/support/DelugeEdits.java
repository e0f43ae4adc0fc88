package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.rule.Connections;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.Optional;

/** Edits Deluge fixes share: the note above a statement that names a placeholder connection. */
public final class DelugeEdits {
    private DelugeEdits() {}

    /**
     * The {@code // TODO(cliq-migrate): create connection …} line above the line holding {@code offset}, indented
     * like it; nothing when the user configured the link name.
     */
    public static Optional<TextEdit> todoAbove(CodeFacts facts, RuleContext ctx, int offset,
                                              Connections.Link link) {
        if (link.configured()) {
            return Optional.empty();
        }
        int lineStart = facts.lineStart(offset);
        return Optional.of(ctx.edit(new TextRange(lineStart, lineStart),
                facts.indentation(offset) + link.todo() + "\n"));
    }
}
