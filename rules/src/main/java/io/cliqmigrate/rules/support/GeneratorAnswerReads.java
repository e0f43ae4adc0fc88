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

    /** How a read that cuts one of the answer's lines out by its number is told. */
    public static final String POSITIONAL_CUT = "takes the value of one of its lines by position";

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
                reads.add(new Read(call.range(), POSITIONAL_CUT));
            }
        }
        keyOfSplitAnswer(facts).ifPresent(reads::add);
        if (callsGenerator && facts.java().isEmpty()) {
            numberedLines(facts, reads);
            patternCuts(facts, reads);
        }
        return reads;
    }

    /**
     * A regular expression that captures what follows an '=' ({@code preg_match('/=(.{32})/', $result, $token)}), or
     * a search for the answer's first '=', within a few lines after the generator is named: the token cut out of its
     * answer.
     */
    private static final String PATTERN_CALL = "(?:(?:preg_match(?:_all)?|re\\.(?:search|match|findall)"
            + "|Regex\\.Match|\\.match|\\.scan)\\s*\\(\\s*[rR]?(?:['\"]/?|/)"
            // Perl's binding operator: $answer =~ s/^.+AUTHTOKEN[=](.+)\n.+$/$1/gms
            + "|=~\\s*+[sm]?/)";
    private static final Pattern PATTERN_CUT = Pattern.compile(PATTERN_CALL + "[^'\"/\\n]*?(?:=|\\[=])\\(");

    /** The answer searched for its first '=' ({@code strpos($contents, "=")}, {@code body.indexOf("=")}). */
    private static final Pattern EQUALS_CUT = Pattern.compile("(?:strpos|stripos|strstr|indexOf|IndexOf|\\.index"
            + "|\\.find)\\s*\\(\\s*(?:\\$?[\\w.]+\\s*,\\s*)?(['\"])=\\1");

    private static void patternCuts(CodeFacts facts, List<Read> reads) {
        String text = facts.file().text();
        java.util.Set<TextRange> seen = new java.util.HashSet<>();
        java.util.regex.Matcher generator = ZohoPatterns.GENERATION_ENDPOINT.matcher(text);
        while (generator.find()) {
            if (Lines.inComment(facts, generator.start())) {
                continue;
            }
            int end = generator.end();
            for (int n = 0; n < AnswerParsings.SAME_PARSING_LINES && end >= 0 && end < text.length(); n++) {
                end = text.indexOf('\n', end + 1);
            }
            int until = end < 0 ? text.length() : end;
            // the first cut after the address, of either kind, written outside comments
            Read first = null;
            for (var kind : List.of(java.util.Map.entry(PATTERN_CUT, "cuts the token out with a pattern"),
                    java.util.Map.entry(EQUALS_CUT, "cuts the token out after the answer's first '='"))) {
                java.util.regex.Matcher cut = kind.getKey().matcher(text).region(generator.end(), until);
                while (cut.find()) {
                    if (!Lines.inComment(facts, cut.start())) {
                        if (first == null || cut.start() < first.range().start()) {
                            first = new Read(new TextRange(cut.start(), cut.end()), kind.getValue());
                        }
                        break;
                    }
                }
            }
            if (first == null) {
                // getResponse($result) { preg_match('/=(.{32})/', …) } further down the class: the answer's token
                // by its length, as nothing else in a file that calls the generator is 32 characters after an '='
                java.util.regex.Matcher cut = LENGTH_CUT.matcher(text).region(until, text.length());
                while (first == null && cut.find()) {
                    if (!Lines.inComment(facts, cut.start())) {
                        first = new Read(new TextRange(cut.start(), cut.end()),
                                "cuts the 32 characters after an '=' out of the answer");
                    }
                }
                // $APITOKEN =~ s/^.+AUTHTOKEN[=](.+)\n.+$/$1/gms further down: a pattern naming the answer's key
                java.util.regex.Matcher keyed = KEYED_CUT.matcher(text).region(until, text.length());
                while (first == null && keyed.find()) {
                    if (!Lines.inComment(facts, keyed.start())) {
                        first = new Read(new TextRange(keyed.start(), keyed.end()),
                                "cuts the token out of the answer with a pattern on its AUTHTOKEN key");
                    }
                }
            }
            if (first != null && seen.add(first.range())) {
                reads.add(first);
            }
        }
    }

    /** {@link #PATTERN_CUT} on the answer's own key: {@code =~ s/^.+AUTHTOKEN[=](.+)\n.+$/$1/}. */
    private static final Pattern KEYED_CUT = Pattern.compile(PATTERN_CALL + "[^'\"/\\n]*?AUTHTOKEN(?:=|\\[=])\\(");

    /** {@link #PATTERN_CUT} taking exactly the authtoken's 32 characters: {@code preg_match('/=(.{32})/', …)}. */
    private static final Pattern LENGTH_CUT = Pattern.compile(PATTERN_CUT.pattern() + "[^'\"\\n]*?\\{32}");

    /** The third line, where the answer writes {@code AUTHTOKEN=}: {@code [2]}, {@code ['2']}. */
    private static final String THIRD_LINE = "\\s*\\[\\s*['\"]?2['\"]?\\s*]";

    /**
     * Outside Java, where calls are not parsed: {@code explode("\n", $body)[2]} of PHP, {@code body.split("\n")[2]}
     * of JavaScript or Python: the third line of the answer, where it writes {@code AUTHTOKEN=} (after a comment
     * line and a date line), taken by its number, written outside comments.
     */
    private static final Pattern NUMBERED_LINE_TEXT = Pattern.compile(
            "(?:explode\\s*\\(\\s*(['\"])(?:\\\\r)?\\\\n\\1\\s*,[^;\\n]*?\\)"
                    + "|\\.split\\s*\\(\\s*(['\"])(?:\\\\r)?\\\\n\\2\\s*\\)|\\.splitlines\\s*\\(\\s*\\)"
                    // Ruby: split($RS), the record separator, and lines
                    + "|\\.split\\s*\\(\\s*\\$(?:RS|/)\\s*\\)|\\.lines(?:\\s*\\(\\s*\\))?)" + THIRD_LINE);

    private static void numberedLines(CodeFacts facts, List<Read> reads) {
        String text = facts.file().text();
        java.util.regex.Matcher m = NUMBERED_LINE_TEXT.matcher(text);
        while (m.find()) {
            if (!Lines.inComment(facts, m.start())) {
                reads.add(new Read(new TextRange(m.start(), m.end()), "takes one of its lines by position"));
            }
        }
        // in two steps, as Zoho's own PHP sample did: $lines = explode("\n", $result);
        // $authToken = explode("=", $lines['2']);
        java.util.regex.Matcher lines = LINES_VARIABLE.matcher(text);
        java.util.Set<String> names = new java.util.TreeSet<>();
        while (lines.find()) {
            names.add(lines.group(1) != null ? lines.group(1) : lines.group(3));
        }
        for (String name : names) {
            java.util.regex.Matcher cut = Pattern.compile("explode\\s*\\(\\s*(['\"])=\\1\\s*,\\s*" + Pattern.quote(name)
                    + THIRD_LINE + "|(?<![\\w$])" + Pattern.quote(name) + THIRD_LINE
                    + "\\s*\\.split\\s*\\(\\s*(['\"])=\\2"
                    // substr($lines[2], strpos($lines[2], "=") + 1)
                    + "|(?:strpos|stripos|strstr)\\s*\\(\\s*" + Pattern.quote(name) + THIRD_LINE
                    + "\\s*,\\s*(['\"])=\\3").matcher(text);
            while (cut.find()) {
                if (!Lines.inComment(facts, cut.start())) {
                    reads.add(new Read(new TextRange(cut.start(), cut.end()),
                            POSITIONAL_CUT));
                }
            }
        }
    }

    /** A variable given the answer's lines: {@code $lines = explode("\n", …)}, {@code lines = body.split("\n")}. */
    private static final Pattern LINES_VARIABLE = Pattern.compile(
            "(\\$\\w+)\\s*=\\s*explode\\s*\\(\\s*(?:(['\"])(?:\\\\r)?\\\\n\\2|PHP_EOL)\\s*,"
                    + "|(?<![\\w$.])([A-Za-z_]\\w*)\\s*=\\s*[\\w.]+\\.split\\s*\\("
                    + "\\s*(['\"])(?:\\\\r)?\\\\n\\4\\s*\\)");

    private static final Pattern SPLIT_LINES = Pattern.compile("split\\s*\\(\\s*(['\"])(?:\\\\r)?\\\\n\\1");
    private static final Pattern SPLIT_EQUALS = Pattern.compile("split\\s*\\(\\s*(['\"])=\\1");

    /** {@code json.authtoken}, {@code data['AUTHTOKEN']}: the answer's key read from what the lines were split into. */
    private static final Pattern KEY_READ = Pattern.compile(
            "(?<![\\w$.])[A-Za-z_$][\\w$]*\\s*(?:\\.\\s*(authtoken|AUTHTOKEN)(?![\\w$])|\\[\\s*['\"](authtoken|AUTHTOKEN)['\"]\\s*])");

    /**
     * A file that splits a text into lines and each line at its '=' (the generator's {@code KEY=value} answer) and
     * then reads the {@code authtoken} key of the result: the first such read, the one place the token is taken.
     */
    private static java.util.Optional<Read> keyOfSplitAnswer(CodeFacts facts) {
        // read from the source: the lexical readers keep no call whose only arguments are such short strings
        String text = facts.file().text();
        if (!SPLIT_LINES.matcher(text).find() || !SPLIT_EQUALS.matcher(text).find()) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher read = KEY_READ.matcher(text);
        Integer first = null;
        while (read.find()) {
            int key = read.start(1) >= 0 ? read.start(1) : read.start(2);
            String after = text.substring(read.end(), Math.min(text.length(), read.end() + 3));
            // an assignment sets the key; it does not read the answer
            if (!Lines.inComment(facts, read.start()) && !after.matches("\\s*=(?!=).*")) {
                // the key as the answer writes it, if read anywhere: options['authtoken'] before it is a setting
                if (text.startsWith(ANSWER_KEY, key)) {
                    first = key;
                    break;
                }
                first = first == null ? key : first;
            }
        }
        return java.util.Optional.ofNullable(first).map(key -> new Read(
                new TextRange(key, key + ANSWER_KEY.length()),
                "takes its 'authtoken' key from the answer split into KEY=value lines"));
    }

    /** {@code new StringTokenizer(line, "=")}, {@code line.split("=")}, {@code line.indexOf('=')} in the member. */
    private static boolean splitsAtEquals(CodeFacts facts, String scope) {
        return facts.calls().stream().anyMatch(c -> c.scope().equals(scope) && SPLITTERS.contains(c.simpleName())
                && c.args().stream().anyMatch(a -> "=".equals(facts.fold(a).text())));
    }

    private static final Set<String> SPLITTERS = Set.of("StringTokenizer", "split", "indexOf");
}
