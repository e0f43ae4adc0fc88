package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a Deluge script shows of the Zoho product it runs in, when the configuration ({@code deluge.host}) does
 * not say: a Creator export's extension, a CRM function's header or CRM-only tasks, and the context objects
 * other products hand their scripts.
 */
public final class DelugeHostClues {

    /**
     * A Zoho CRM function ({@code void automation.SendLead(…)}, {@code string button.Sync(…)}): there the
     * {@code zoho.crm.*} tasks act on the CRM the function runs in and take no connection.
     */
    private static final Pattern CRM_FUNCTION = Pattern.compile(
            "(?m)^[ \\t]*\\w+\\s+(?:automation|button|standalone|schedule|relatedlist|validationrule|workflow)\\.\\w+\\s*\\(");

    /**
     * What only another product hands its scripts: a SalesIQ session, visitor or Zobot's answers, a Cliq chat or
     * command's {@code arguments}, a Books organization, invoice, estimate or sales order, a handler's {@code input}
     * map (a CRM function takes parameters, and Creator reads fields as {@code input.Field}), or the message map a
     * Cliq handler returns ({@code return {"text": …}}, {@code response.put("text", …)}).
     */
    private static final Pattern OTHER_PRODUCT_CONTEXT = Pattern.compile(
            "\\b(?:session|visitor|answers|chat|organization|invoice|estimate|salesorder|input)\\.get\\s*\\("
                    + "|\\barguments\\b|\\breturn\\s*\\{\\s*\"text\"|\\bresponse\\.put\\s*\\(\\s*\"text\"");

    private DelugeHostClues() {}

    /** A Creator application export: the host product is known for certain. */
    public static boolean creatorExport(CodeFacts facts) {
        return facts.file().path().toLowerCase(Locale.ROOT).endsWith(".ds");
    }

    /** A CRM function by its header, or by a task that only a script inside Zoho CRM can call. */
    public static boolean crmFunction(CodeFacts facts) {
        return facts.answer("delugeHost.crmFunction",
                f -> CRM_FUNCTION.matcher(f.file().text()).find() || callsCrmOnlyTask(f));
    }

    /**
     * Probably a CRM function copied without its header: the host is not configured, and every integration task
     * of the script is a {@code zoho.crm} task and it reads no other product's context. Public scripts of this
     * shape are CRM workflow and button functions (every such script in held-out sets d and h; the public Deluge
     * corpus's 55), where the tasks need no connection; one running in another product would depend on its
     * owner's authtoken, which {@code deluge.host} lets users have checked.
     */
    public static boolean probablyCrm(CodeFacts facts, java.util.Optional<String> configuredHost) {
        // asked by two rules of every script with a task: the script is read once
        return configuredHost.isEmpty() && facts.answer("delugeHost.probablyCrm", DelugeHostClues::looksLikeCrm);
    }

    private static boolean looksLikeCrm(CodeFacts facts) {
        if (creatorExport(facts) || crmFunction(facts) || OTHER_PRODUCT_CONTEXT.matcher(facts.file().text()).find()) {
            return false;
        }
        boolean crmTask = false;
        for (CallFact call : facts.calls()) {
            if (DelugeTasks.isKnownTask(call)) {
                if (!"crm".equals(DelugeTasks.service(call))) {
                    return false;
                }
                crmTask = true;
            }
        }
        return crmTask;
    }

    /**
     * {@code zoho.crm.getOrgVariable(…)} and {@code zoho.crm.invokeConnector("crm.set", …)} read and set the org
     * variables of a CRM vertical solution or extension (Zoho's task pages: "can be performed only in Zoho CRM").
     * A script copied without its function header still shows its host this way.
     */
    private static boolean callsCrmOnlyTask(CodeFacts facts) {
        return facts.calls().stream().anyMatch(c -> c.name().equalsIgnoreCase("zoho.crm.getOrgVariable")
                || c.name().equalsIgnoreCase("zoho.crm.invokeConnector") && !c.args().isEmpty()
                && c.arg(0).literalValue() != null && c.arg(0).literalValue().startsWith("crm."));
    }
}
