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

    /**
     * Task name (lower case) → what to pass for each omitted optional argument before the connection (facts §2):
     * documented defaults, and {@code Map()} for query and options maps, never a guessed trigger list.
     */
    private static final Map<String, java.util.List<String>> FILLS = Map.of(
            "zoho.crm.getrecordbyid", java.util.List.of("Map()"),
            "zoho.crm.getrecords", java.util.List.of("1", "200", "Map()"),
            "zoho.crm.searchrecords", java.util.List.of("1", "200", "Map()"),
            "zoho.crm.getrelatedrecords", java.util.List.of("1", "200", "Map()"),
            "zoho.crm.createrecord", java.util.List.of("Map()"),
            "zoho.crm.updaterecord", java.util.List.of("Map()"),
            "zoho.crm.bulkupdate", java.util.List.of("Map()"));
    /** Tasks whose filled map is an options map: whether {@code Map()} equals leaving it out is unverified. */
    private static final java.util.Set<String> OPTIONS_MAP = java.util.Set.of("zoho.crm.createrecord",
            "zoho.crm.updaterecord", "zoho.crm.bulkupdate");

    private DelugeTasks() {}

    /**
     * The arguments to append before the connection of a call with {@code given} arguments, or empty when the task's
     * fill values are not known.
     */
    public static java.util.Optional<java.util.List<String>> fills(CallFact call) {
        String name = call.name().toLowerCase(Locale.ROOT);
        int required = REQUIRED.getOrDefault(name, -1);
        java.util.List<String> fills = FILLS.getOrDefault(name, isCliqTask(call) ? java.util.List.of() : null);
        int given = call.args().size();
        if (fills == null || given < required || given > required + fills.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(fills.subList(given - required, fills.size()));
    }

    /** Whether the fill includes an options map, whose empty form may not behave as leaving it out. */
    public static boolean fillsOptions(CallFact call, java.util.List<String> fills) {
        return !fills.isEmpty() && OPTIONS_MAP.contains(call.name().toLowerCase(Locale.ROOT));
    }

    /** The integration service a task belongs to: {@code crm} for {@code zoho.crm.getRecords}. */
    public static String service(CallFact call) {
        String[] parts = call.name().toLowerCase(Locale.ROOT).split("\\.");
        return parts.length > 2 ? parts[1] : "";
    }

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
