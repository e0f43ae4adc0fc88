package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.DelugeHostClues;
import io.cliqmigrate.rules.support.DelugeTasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RuleMeta(id = "deluge-integration-inventory",
        summary = "Deluge zoho.cliq task or connection use, for the migration inventory",
        severity = Severity.INFO, languages = {"deluge"}, tags = {Tags.INVENTORY, Tags.DELUGE, Tags.CLIQ},
        manualMinutes = 0, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "An inventory entry asks for no change: it lists the task or connection so the "
                + "connections and their scopes can be planned; the change, if any, is counted by the "
                + "finding on the same task.")
public final class DelugeIntegrationInventoryRule implements Rule {

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        for (CallFact call : facts.calls()) {
            String name = call.name().toLowerCase(Locale.ROOT);
            Map<String, String> properties = new LinkedHashMap<>();
            String message;
            if (name.startsWith("zoho.cliq.")) {
                properties.put("task", call.name());
                DelugeTasks.connection(facts, call).ifPresent(c -> properties.put("connection",
                        DelugeTasks.name(facts, c)));
                boolean posting = name.startsWith("zoho.cliq.postto");
                if (posting) {
                    properties.put("scope", "ZohoCliq.Webhooks.CREATE");
                }
                message = "Cliq task " + call.name() + (posting ? "; OAuth scope ZohoCliq.Webhooks.CREATE" : "")
                        + (properties.containsKey("connection")
                        ? "; connection " + properties.get("connection") : "; no connection argument");
            } else if (name.equals("invokeurl.connection") && !call.args().isEmpty()) {
                properties.put("task", "invokeurl");
                properties.put("connection", DelugeTasks.name(facts, call.arg(0)));
                message = "invokeurl through connection " + properties.get("connection");
            } else if (DelugeTasks.isKnownTask(call)) {
                DelugeTasks.connection(facts, call).ifPresent(c -> properties.put("connection",
                        DelugeTasks.name(facts, c)));
                properties.put("task", call.name());
                if (properties.containsKey("connection")) {
                    message = "Task " + call.name() + " through connection " + properties.get("connection");
                } else if (DelugeHostClues.probablyCrm(facts, ctx.delugeHost())) {
                    message = "Task " + call.name() + " with no connection argument, which a Zoho CRM function "
                            + "(as this script looks to be) does not need: there the task acts on that CRM. If the "
                            + "script runs in another product, the task uses its owner's authtoken and stops working "
                            + "when that is deleted: name the product with deluge.host in .cliq-migrate.yml to have "
                            + "it checked";
                } else {
                    continue;
                }
            } else {
                continue;
            }
            ctx.report(call.nameRange(), message, List.of(), List.of(), properties);
        }
    }
}
