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

    /**
     * The separator the call writes between its arguments ({@code ", "} or {@code ","}), so an appended argument
     * reads like the ones before it.
     */
    public static String argumentSeparator(CodeFacts facts, io.cliqmigrate.core.code.CallFact call) {
        if (call.args().size() < 2) {
            return ", ";
        }
        String between = facts.sourceText(new TextRange(call.arg(0).range().end(), call.arg(1).range().start()));
        return between.strip().equals(",") && !between.contains(" ") && !between.contains("\t") ? "," : ", ";
    }
}
