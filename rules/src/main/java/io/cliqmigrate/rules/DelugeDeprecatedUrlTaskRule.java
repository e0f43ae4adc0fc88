package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.DelugeRequests;
import java.util.List;

@RuleMeta(id = "deluge-deprecated-url-task", summary = "Deprecated Deluge getUrl, postUrl or invokeUrl function",
        severity = Severity.WARNING, languages = {"deluge"}, tags = {Tags.DELUGE},
        manualMinutes = 20, reviewMinutes = 10, safeMinutes = 2,
        effortAssumption = "Per call: rewriting getUrl, postUrl or invokeUrl as invokeurl with a connection, "
                + "adjusting the code that reads its result (a map, no longer text), and one test run of "
                + "the script; creating the connection is counted once in the setup checklist, not here.")
public final class DelugeDeprecatedUrlTaskRule implements Rule {
    private static final Fix FIX = Fix.manual("deluge-connection", "Rewrite the call as invokeurl with a connection",
            "response = invokeurl [ url: \"<url without authtoken or scope>\" type: GET|POST|PUT|PATCH|DELETE "
                    + "parameters: <map> "
                    + "connection: \"<connection link name>\" ];",
            "Create the connection (Setup → Developer Space → Connections) with the scopes the API needs",
            "Remove authtoken and scope entries from the URL and the parameter map");

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        RuleContext ctx = io.cliqmigrate.rules.support.DelugeRewrites.withRequestFixes(facts, context);
        for (CallFact call : facts.calls()) {
            String name = call.name();
            boolean function = name.equalsIgnoreCase("invokeUrl") && DelugeRequests.functionForm(facts, call);
            if (name.equalsIgnoreCase("getUrl") || name.equalsIgnoreCase("postUrl") || function) {
                ctx.report(call.nameRange(), (function ? name + "(…), the function form of invokeurl," : name)
                        + " is a deprecated Deluge task: it cannot use a connection, so calls to Zoho through it "
                        + "can only authenticate with a token written into the script. Use invokeurl with a "
                        + "connection", List.of(), List.of(FIX));
            }
        }
    }
}
