package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.DelugeHostClues;
import io.cliqmigrate.rules.support.DelugeTasks;
import java.util.List;

@RuleMeta(id = "deluge-task-without-connection",
        summary = "Deluge zoho.cliq or zoho.crm task called without its connection argument",
        severity = Severity.WARNING, languages = {"deluge"}, tags = {Tags.DELUGE, Tags.LEGACY_AUTH},
        manualMinutes = 10, reviewMinutes = 5, safeMinutes = 2,
        effortAssumption = "Per task call: adding the connection argument and one test run of the script; creating "
                + "the connection is counted once in the setup checklist, not here.")
public final class DelugeTaskWithoutConnectionRule implements Rule {

    /**
     * A Creator form field read ({@code input.Lead_ID}): Creator evidence. A method called on a map that happens to be
     * named {@code input} ({@code input.get("id")} in a Cliq or CRM function) is not.
     */
    private static final java.util.regex.Pattern CREATOR_INPUT = java.util.regex.Pattern.compile(
            "\\binput\\.\\w+\\b(?!\\s*\\()");

    /**
     * The connection appended after the task's arguments, with each omitted optional argument before it filled
     * with its documented default (facts §2). Safe: the call keeps its arguments and result, and only the
     * identity it runs as changes to the connection's; review where an empty options map is filled in.
     */
    private static java.util.Optional<Fix> appendConnection(CodeFacts facts, RuleContext ctx, CallFact call,
                                                            boolean creator) {
        java.util.Optional<List<String>> fills = DelugeTasks.fills(call);
        if (fills.isEmpty() || ctx.file().text().charAt(call.range().end() - 1) != ')' || creator) {
            return java.util.Optional.empty();
        }
        io.cliqmigrate.core.rule.Connections.Link link = ctx.connection(DelugeTasks.service(call));
        String comma = io.cliqmigrate.rules.support.DelugeEdits.argumentSeparator(facts, call);
        StringBuilder appended = new StringBuilder();
        fills.get().forEach(f -> appended.append(comma).append(f));
        appended.append(comma).append('"').append(link.name()).append('"');
        List<io.cliqmigrate.core.model.TextEdit> edits = new java.util.ArrayList<>();
        io.cliqmigrate.rules.support.DelugeEdits.todoAbove(facts, ctx, call.range().start(), link).ifPresent(edits::add);
        edits.add(ctx.edit(new io.cliqmigrate.core.model.TextRange(call.range().end() - 1, call.range().end() - 1),
                appended.toString()));
        String description = "Pass the connection \"" + link.name() + "\" as the last argument";
        String[] steps = link.configured() ? new String[0]
                : new String[] {"Create a Zoho OAuth connection named " + link.name() + " with the scope "
                        + io.cliqmigrate.core.rule.Connections.scopes(link.service())};
        return java.util.Optional.of(DelugeTasks.fillsOptions(call, fills.get())
                ? Fix.review("deluge-connection", description + ", with an empty options map (Map()) before it: "
                        + "check that the record's workflows still run as wanted", edits, steps)
                : Fix.safe("deluge-connection", description, edits, steps));
    }

    /**
     * {@code getRecordById(module, id, "crmbooks")}: the link name stands where the query map goes (facts §6 P9);
     * the documented form passes {@code Map()} first.
     */
    private static void offSpecConnection(CodeFacts facts, RuleContext ctx, CallFact call) {
        if (!call.name().equalsIgnoreCase("zoho.crm.getRecordById") || call.args().size() != 3
                || call.arg(2).literalValue() == null) {
            return;
        }
        int at = call.arg(2).range().start();
        Fix fix = Fix.safe("deluge-connection", "Pass Map() as the query value before the connection",
                List.of(ctx.edit(new io.cliqmigrate.core.model.TextRange(at, at),
                        "Map()" + io.cliqmigrate.rules.support.DelugeEdits.argumentSeparator(facts, call))));
        ctx.report(call.nameRange(), "The connection is passed as getRecordById's third argument, where the "
                + "documented form takes the query map: pass Map() before it", List.of(), List.of(fix));
    }

    /** The services whose tasks take no connection in a Creator application (deluge-rewrites §2). */
    private static final java.util.Set<String> NOT_EMPLOYED_IN_CREATOR = java.util.Set.of("crm", "inventory",
            "invoice", "projects");

    private static boolean creator(CodeFacts facts) {
        return DelugeHostClues.creatorExport(facts) || CREATOR_INPUT.matcher(facts.file().text()).find();
    }

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        // the product the configuration names for this script's path, where the script does not say it
        String configured = ctx.delugeHost().orElse(null);
        Boolean creator = configured == null ? null : configured.equals("creator"); // else read once per file
        for (CallFact call : facts.calls()) {
            offSpecConnection(facts, ctx, call);
            if (!DelugeTasks.isKnownTask(call) || DelugeTasks.connection(facts, call).isPresent()) {
                continue;
            }
            if (!DelugeTasks.isCliqTask(call)) {
                boolean crm = configured != null ? configured.equals("crm")
                        : DelugeHostClues.crmFunction(facts) || DelugeHostClues.probablyCrm(facts, ctx.delugeHost());
                if (crm) {
                    // a likely CRM function's tasks are listed by deluge-integration-inventory instead
                    continue;
                }
            }
            creator = creator == null ? creator(facts) : creator;
            boolean export = DelugeHostClues.creatorExport(facts) || "creator".equals(configured);
            if (export && NOT_EMPLOYED_IN_CREATOR.contains(DelugeTasks.service(call))) {
                // a Creator application ignores the connection argument of these tasks: asking for one asks for
                // the impossible (deluge-rewrites §2)
                continue;
            }
            String scope = DelugeTasks.isCliqTask(call) ? "ZohoCliq.Webhooks.CREATE" : "ZohoCRM.modules.ALL";
            List<Fix> fixes = new java.util.ArrayList<>();
            appendConnection(facts, ctx, call, creator).ifPresent(fixes::add);
            fixes.add(Fix.manual("deluge-connection",
                    "Pass a connection as the last argument",
                    "Create a Zoho OAuth connection with the scope " + scope,
                    "Call " + call.name() + "(…, \"<connection link name>\")"));
            java.util.Map<String, String> properties = io.cliqmigrate.rules.support.DelugeRewrites.withConnection(
                    java.util.Map.of(), fixes.size() > 1 ? ctx : null, DelugeTasks.service(call));
            String host = export ? "In this Zoho Creator application, " : "";
            // a product the configuration names leaves no doubt to mention
            String maybeCreator = configured != null ? ""
                    : !export && creator && NOT_EMPLOYED_IN_CREATOR.contains(DelugeTasks.service(call))
                    ? " (if this script runs in Zoho Creator, which ignores this task's connection argument, "
                    + "suppress the finding instead)"
                    : !export && "crm".equals(DelugeTasks.service(call))
                    // the file does not tell its host: a CRM function copied without its header looks the same
                    ? " (if this script is a Zoho CRM function, where zoho.crm tasks act on that CRM and need no "
                    + "connection, suppress the finding instead)" : "";
            ctx.report(call.nameRange(), host + call.name() + " without a connection argument authenticates with "
                    + "the script owner's authtoken: it stops working when that authtoken is deleted or the owner's "
                    + "account is deactivated, and Zoho issues no new authtokens. Add a Zoho OAuth connection (scope "
                    + scope + ") as the last argument" + maybeCreator, List.of(), fixes, properties);
        }
    }
}
