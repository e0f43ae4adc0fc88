package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.DelugeTasks;
import java.util.List;

@RuleMeta(id = "deluge-task-without-connection",
        summary = "Deluge zoho.cliq or zoho.crm task called without its connection argument",
        severity = Severity.WARNING, languages = {"deluge"}, tags = {Tags.DELUGE, Tags.LEGACY_AUTH})
public final class DelugeTaskWithoutConnectionRule implements Rule {

    /**
     * A Cliq task called with its two arguments: the connection goes after them. Safe: the call keeps its
     * arguments and its result, and only the identity it runs as changes to the connection's.
     */
    private static java.util.Optional<Fix> appendConnection(CodeFacts facts, RuleContext ctx, CallFact call) {
        if (!DelugeTasks.isCliqTask(call) || call.args().size() != 2
                || ctx.file().text().charAt(call.range().end() - 1) != ')') {
            return java.util.Optional.empty();
        }
        io.cliqmigrate.core.rule.Connections.Link link = ctx.connection("cliq");
        List<io.cliqmigrate.core.model.TextEdit> edits = new java.util.ArrayList<>();
        io.cliqmigrate.rules.support.DelugeEdits.todoAbove(facts, ctx, call.range().start(), link).ifPresent(edits::add);
        edits.add(ctx.edit(new io.cliqmigrate.core.model.TextRange(call.range().end() - 1, call.range().end() - 1),
                ", \"" + link.name() + "\""));
        return java.util.Optional.of(Fix.safe("deluge-connection", "Pass the Cliq connection \"" + link.name()
                + "\" as the last argument", edits, link.configured() ? new String[0]
                : new String[] {"Create a Zoho OAuth connection named " + link.name() + " with the scope "
                        + io.cliqmigrate.core.rule.Connections.scopes("cliq")}));
    }

    /**
     * A Zoho CRM function ({@code void automation.SendLead(…)}, {@code string button.Sync(…)}): there the
     * {@code zoho.crm.*} tasks act on the CRM the function runs in and take no connection.
     */
    private static final java.util.regex.Pattern CRM_FUNCTION = java.util.regex.Pattern.compile(
            "(?m)^\\s*\\w+\\s+(?:automation|button|standalone|schedule|relatedlist|validationrule|workflow)\\.\\w+\\s*\\(");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        Boolean crmFunction = null;
        for (CallFact call : facts.calls()) {
            if (!DelugeTasks.isKnownTask(call) || DelugeTasks.connection(facts, call).isPresent()) {
                continue;
            }
            if (!DelugeTasks.isCliqTask(call)) {
                crmFunction = crmFunction != null ? crmFunction : CRM_FUNCTION.matcher(facts.file().text()).find();
                if (crmFunction) {
                    continue;
                }
            }
            String scope = DelugeTasks.isCliqTask(call) ? "ZohoCliq.Webhooks.CREATE" : "ZohoCRM.modules.ALL";
            List<Fix> fixes = new java.util.ArrayList<>();
            appendConnection(facts, ctx, call).ifPresent(fixes::add);
            fixes.add(Fix.manual("deluge-connection",
                    "Pass a connection as the last argument",
                    "Create a Zoho OAuth connection with the scope " + scope,
                    "Call " + call.name() + "(…, \"<connection link name>\")"));
            ctx.report(call.nameRange(), call.name() + " without a connection argument runs on the script "
                    + "owner's old authtoken, and stops working when that token is gone. Add a Zoho OAuth "
                    + "connection (scope " + scope + ") as the last argument", List.of(), fixes);
        }
    }
}
