package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Code that reads the authtoken generator's answer ({@code AUTHTOKEN=…} on the third line, {@code RESULT=TRUE} on
 * the fourth) without writing {@code AUTHTOKEN=} itself: the line found by its prefix, a parser's getter, or the
 * value taken by position. The getter and the positional read are ordinary code anywhere else, so they count only
 * in a file that calls the generator; the upper-case prefix, which only the generator's answer has, also in a
 * file with Zoho context or in a member that splits the line at its '=' (a parser class of its own, whose only
 * Zoho word may be its package's name).
 */
public final class GeneratorAnswerReads {
    /** The key of the generator's answer, exactly as it writes it (a cookie's {@code authToken} is not it). */
    private static final String ANSWER_KEY = "AUTHTOKEN";
    private static final Set<String> PREFIX_TESTS = Set.of("startsWith", "contains", "indexOf", "equals",
            "matches", "regionMatches", "lastIndexOf");
    private static final Pattern GETTER = Pattern.compile("getAuth_?[Tt]oken");
    /** {@code body.split("\n")[2]}: one line of a text answer taken by its number. */
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "split\\(\\s*\"(?:\\\\r)?\\\\n\"\\s*\\)\\s*\\[\\s*\\d+\\s*]\\s*$");

    /** A place that reads the answer, and how. */
    public record Read(TextRange range, String how) {}

    private GeneratorAnswerReads() {}

    public static List<Read> in(CodeFacts facts, boolean callsGenerator) {
        List<Read> reads = new ArrayList<>();
        for (CallFact call : facts.calls()) {
            String name = call.simpleName();
            if (PREFIX_TESTS.contains(name) && (callsGenerator || facts.hasZohoContext(call.scope())
                    || splitsAtEquals(facts, call.scope()))) {
                call.args().stream().filter(a -> ANSWER_KEY.equals(facts.fold(a).text())).findFirst()
                        .ifPresent(a -> reads.add(new Read(a.range(), "looks for its 'AUTHTOKEN' line")));
            }
            if (!callsGenerator) {
                continue;
            }
            if (GETTER.matcher(name).matches() && call.args().isEmpty()) {
                reads.add(new Read(call.range(), "takes the token its parser found ('" + name + "()')"));
            } else if (name.equals("split") && call.args().size() == 1 && "=".equals(facts.fold(call.arg(0)).text())
                    && NUMBERED_LINE.matcher(call.receiver()).find()) {
                reads.add(new Read(call.range(), "takes the value of one of its lines by position"));
            }
        }
        return reads;
    }

    /** {@code new StringTokenizer(line, "=")}, {@code line.split("=")}, {@code line.indexOf('=')} in the member. */
    private static boolean splitsAtEquals(CodeFacts facts, String scope) {
        return facts.calls().stream().anyMatch(c -> c.scope().equals(scope) && SPLITTERS.contains(c.simpleName())
                && c.args().stream().anyMatch(a -> "=".equals(facts.fold(a).text())));
    }

    private static final Set<String> SPLITTERS = Set.of("StringTokenizer", "split", "indexOf");
}
