package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Deluge integration tasks and their arity: how many arguments a task takes before its trailing connection
 * argument. Cliq's are verified (facts §5.3); CRM's follow Zoho's task pages (module, id, record map, …).
 */
public final class DelugeTasks {
    /** Task name (lower case) → number of arguments without the connection. */
    private static final Map<String, Integer> REQUIRED = Map.ofEntries(
            Map.entry("zoho.cliq.posttochannel", 2), Map.entry("zoho.cliq.posttochannelasadmin", 2),
            Map.entry("zoho.cliq.posttochat", 2), Map.entry("zoho.cliq.posttochatasadmin", 2),
            Map.entry("zoho.cliq.posttouser", 2), Map.entry("zoho.cliq.posttobot", 2),
            Map.entry("zoho.cliq.posttobotasadmin", 2),
            Map.entry("zoho.crm.getrecordbyid", 2), Map.entry("zoho.crm.getrecords", 1),
            Map.entry("zoho.crm.createrecord", 2), Map.entry("zoho.crm.updaterecord", 3),
            Map.entry("zoho.crm.searchrecords", 2), Map.entry("zoho.crm.getrelatedrecords", 3),
            Map.entry("zoho.crm.bulkcreate", 2), Map.entry("zoho.crm.bulkupdate", 2));

    private DelugeTasks() {}

    public static boolean isKnownTask(CallFact call) {
        return REQUIRED.containsKey(call.name().toLowerCase(Locale.ROOT));
    }

    public static boolean isCliqTask(CallFact call) {
        return call.name().toLowerCase(Locale.ROOT).startsWith("zoho.cliq.");
    }

    /**
     * The connection argument of a task call, if it has one: an argument beyond the required ones that is
     * text (a string, or a variable holding one), not a map of query values.
     */
    public static Optional<StringExpr> connection(CodeFacts facts, CallFact call) {
        Integer required = REQUIRED.get(call.name().toLowerCase(Locale.ROOT));
        if (required == null || call.args().size() <= required) {
            return Optional.empty();
        }
        // a connection is text: a string, or a variable holding one; not a number, a map or an expression
        StringExpr last = call.args().get(call.args().size() - 1);
        boolean text = last.parts().size() == 1 && (last.parts().get(0) instanceof Part.Literal
                || last.parts().get(0) instanceof Part.Ref);
        return text ? Optional.of(last) : Optional.empty();
    }

    /** A connection's name when it is written out, else the expression's source text. */
    public static String name(CodeFacts facts, StringExpr expr) {
        FoldedString folded = facts.fold(expr);
        String text = folded.text();
        return text.indexOf(FoldedString.HOLE) < 0 ? text : facts.file().slice(expr.range());
    }
}
