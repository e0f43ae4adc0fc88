package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a script reads the result of a getUrl/postUrl it assigns. As invokeurl the result of a JSON reply is a map
 * instead of text (facts §3.3): that does not matter when the variable is only read through {@code get(…)},
 * {@code getJSON(…)}, {@code toMap()}, {@code info r;} or {@code return r;}, and may when it is read any other way
 * ({@code contains}, {@code length}, {@code +}, {@code == ""}, passed on, written again …).
 */
final class DelugeResultUses {
    private static final Pattern MAP_READ = Pattern.compile(
            "(?is)^\\s*\\.\\s*(?:(?:get|getjson)\\s*\\(|tomap\\s*\\(\\s*\\))");
    private static final Pattern STATEMENT_END = Pattern.compile("^\\s*(?:;|$)");
    private static final Pattern INFO = Pattern.compile("(?is)(?:^|[;{}])\\s*info\\s*$");
    private static final Pattern RETURN = Pattern.compile("(?is)(?:^|[;{}])\\s*return\\s*$");
    private static final Pattern ASSIGNED_TO = Pattern.compile("^\\s*=\\s*$");
    /** A function declared with a return type: returning a map where it promised text would not save. */
    private static final Pattern TYPED_FUNCTION = Pattern.compile(
            "(?im)^[ \\t]*(?!map\\b)(?:string|text|int|bigint|decimal|bool|boolean|date|datetime|list|void)\\s+"
                    + "[\\w.]+\\s*\\(");

    private DelugeResultUses() {}

    /**
     * The first read of {@code variable}, assigned the result of {@code call}, that may notice the change from
     * text to a map, as "name is read on line N …"; empty when every read is one of the map-safe forms.
     */
    static Optional<String> notMapSafe(CodeFacts facts, CallFact call, String variable) {
        DelugeScript script = DelugeScript.around(facts, call.range().start());
        String text = script.text();
        int callAt = script.index(call.range().start());
        boolean mayReturn = !TYPED_FUNCTION.matcher(text).find();
        for (DelugeScript.Use use : script.uses(variable)) {
            String before = text.substring(0, use.start());
            String after = text.substring(use.end());
            boolean own = use.end() <= callAt && ASSIGNED_TO.matcher(text.substring(use.end(), callAt)).matches();
            boolean mapSafe = own || MAP_READ.matcher(after).find()
                    || STATEMENT_END.matcher(after).find()
                    && (INFO.matcher(before).find() || mayReturn && RETURN.matcher(before).find());
            if (!mapSafe) {
                return Optional.of(variable + " is read on line " + script.line(use.start())
                        + " other than through get(…), toMap(), info or return");
            }
        }
        return Optional.empty();
    }
}
