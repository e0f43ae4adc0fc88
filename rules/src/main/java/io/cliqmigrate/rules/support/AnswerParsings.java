package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One finding per parsing of the generator's answer. Code that reads the answer checks {@code RESULT} (or
 * {@code CAUSE}) and takes {@code AUTHTOKEN} (or the ticket login's {@code TICKET}), a few lines apart: one use.
 * Where it takes the credential, that read is the finding and the checks around it are not reported again;
 * where it takes the token by position ({@code tokn[1]} of {@code result.Split("=")}, after a check of
 * {@code RESULT}) and the file takes it nowhere else, the line that splits or cuts the answer is. Reads collected
 * for a file go to {@link #flush}, which reports them.
 */
public final class AnswerParsings implements RuleContext {
    /** Reads further apart than this many lines are two parsings. */
    public static final int SAME_PARSING_LINES = 12;
    /** How far before the first read, and after it, the line that splits the answer is looked for. */
    private static final int SPLIT_BEFORE = 6;
    private static final int SPLIT_AFTER = 2;
    /** Splitting or cutting a string: {@code Split(}, {@code explode(}, {@code substring(}, {@code strtok(}, … */
    private static final Pattern SPLITS = Pattern.compile("\\b(?:[Ss]plit|explode|split_?lines|splitlines|each_line"
            + "|StringTokenizer|strtok|substr(?:ing)?|substringAfter|substringBefore|partition|lines)\\s*\\(");
    /** A read that takes what the answer gives: the token ({@code AUTHTOKEN}), or the ticket before it. */
    private static final Pattern TAKES_CREDENTIAL = Pattern.compile("(?i)authtoken|(?-i)TICKET");
    private static final Set<String> CODE_ONLY_NOT = Set.of("text", "properties", "env", "ini", "toml", "yaml",
            "json", "xml");

    private static final String SPLIT_MESSAGE = "Splits the answer of the retired authtoken generation call and "
            + "takes the token by its position, checking the answer's RESULT nearby: the call no longer issues tokens. "
            + "Remove it and read an OAuth access token from the token endpoint's JSON response (access_token, "
            + "expires_in)";

    /** The property naming the marker a read cuts with when it is written as a constant's name. */
    public static final String MARKER = "marker";

    private record Read(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes,
                        Map<String, String> properties) {}

    private final RuleContext ctx;
    private final List<Read> reads = new ArrayList<>();
    private boolean tokenReadInFile;

    public AnswerParsings(RuleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public SourceFile file() {
        return ctx.file();
    }

    @Override
    public void secret(TextRange value) {
        ctx.secret(value);
    }

    @Override
    public void report(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes,
                       Map<String, String> properties) {
        reads.add(new Read(range, message, related, fixes, properties));
    }

    // everything but reporting is the wrapped context's

    @Override
    public io.cliqmigrate.core.rule.Connections.Link connection(String service) {
        return ctx.connection(service);
    }

    @Override
    public io.cliqmigrate.core.rule.TokenProvider tokenProvider() {
        return ctx.tokenProvider();
    }

    @Override
    public java.util.Optional<String> delugeHost() {
        return ctx.delugeHost();
    }

    @Override
    public void offer(Fix fix) {
        ctx.offer(fix);
    }

    @Override
    public java.util.Optional<io.cliqmigrate.core.code.CodeFacts> clientInterface(String qualifiedName) {
        return ctx.clientInterface(qualifiedName);
    }

    @Override
    public io.cliqmigrate.core.model.TextEdit edit(TextRange range, String replacement) {
        return ctx.edit(range, replacement);
    }

    /** Reports the collected reads, one per parsing of the answer in code; in a settings or text file, each. */
    public void flush() {
        if (CODE_ONLY_NOT.contains(ctx.file().languageId())) {
            reads.forEach(r -> ctx.report(r.range(), r.message(), r.related(), r.fixes(), shown(r)));
            return;
        }
        reads.sort(Comparator.comparingInt(r -> r.range().start()));
        tokenReadInFile = reads.stream().anyMatch(this::takesCredential);
        List<Read> parsing = new ArrayList<>();
        for (Read read : reads) {
            if (!parsing.isEmpty() && line(read.range()) - line(parsing.get(parsing.size() - 1).range())
                    > SAME_PARSING_LINES) {
                reportParsing(parsing);
                parsing = new ArrayList<>();
            }
            parsing.add(read);
        }
        if (!parsing.isEmpty()) {
            reportParsing(parsing);
        }
    }

    private void reportParsing(List<Read> parsing) {
        List<Read> tokenReads = parsing.stream().filter(this::takesCredential).toList();
        if (!tokenReads.isEmpty() || tokenReadInFile || parsing.size() == 1 && !checksResult(parsing.get(0))) {
            // the token is taken here, or elsewhere in the file (through a constant declared apart): these checks
            // are not a parsing by position
            int last = -1;
            for (Read r : tokenReads.isEmpty() ? parsing : tokenReads) {
                // the line that picks the token's line and the next ones, which cut its key off, are one read
                int at = line(r.range());
                if (tokenReads.isEmpty() || last < 0 || at != last && !nextCodeLine(last, at)) {
                    ctx.report(r.range(), r.message(), r.related(), r.fixes(), shown(r));
                }
                last = at;
            }
            return;
        }
        Read first = parsing.get(0);
        List<RelatedLocation> related = new ArrayList<>(first.related());
        TextRange place = splitNear(first.range()).orElse(first.range());
        for (Read read : parsing) {
            if (!read.range().overlaps(place)) {
                related.add(new RelatedLocation(ctx.file().path(), line(read.range()), "reads the answer's "
                        + ctx.file().slice(read.range()).replaceAll("[\"']", "")));
            }
        }
        ctx.report(place, place == first.range() ? first.message() : SPLIT_MESSAGE, related, first.fixes(),
                shown(first));
    }

    private boolean checksResult(Read read) {
        return ctx.file().slice(read.range()).contains("RESULT");
    }

    /** A read's properties as a finding shows them: the marker is this class's own business. */
    private static Map<String, String> shown(Read read) {
        if (!read.properties().containsKey(MARKER)) {
            return read.properties();
        }
        Map<String, String> shown = new java.util.HashMap<>(read.properties());
        shown.remove(MARKER);
        return Map.copyOf(shown);
    }

    /** A read's own text, or the marker a constant it cuts with holds ({@link #MARKER}). */
    private boolean takesCredential(Read read) {
        return TAKES_CREDENTIAL.matcher(ctx.file().slice(read.range())).find()
                || TAKES_CREDENTIAL.matcher(read.properties().getOrDefault(MARKER, "")).find();
    }

    /** Whether line {@code to} is the first line of code after line {@code from}: only comments or blanks between. */
    private boolean nextCodeLine(int from, int to) {
        var lines = ctx.file().lines();
        for (int n = from + 1; n < to; n++) {
            String code = ctx.file().text().substring(lines.lineStart(n),
                    lines.lineContentEnd(ctx.file().text(), n)).strip();
            if (!code.isEmpty() && !commentLine(code)) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean commentLine(String code) {
        return code.startsWith("//") || code.startsWith("#") || code.startsWith("*") || code.startsWith("'")
                || code.startsWith("/*");
    }

    /** The nearest line that splits or cuts a string, around the first read, outside comments. */
    private java.util.Optional<TextRange> splitNear(TextRange read) {
        var lines = ctx.file().lines();
        int at = line(read);
        TextRange best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int n = Math.max(1, at - SPLIT_BEFORE); n <= Math.min(lines.lineCount(), at + SPLIT_AFTER); n++) {
            int start = lines.lineStart(n);
            String text = ctx.file().text().substring(start, lines.lineContentEnd(ctx.file().text(), n));
            String code = text.strip();
            if (commentLine(code)) {
                continue;
            }
            Matcher m = SPLITS.matcher(text);
            int distance = Math.abs(n - at);
            if (m.find() && distance < bestDistance) {
                best = new TextRange(start + m.start(), start + m.end() - 1);
                bestDistance = distance;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private int line(TextRange range) {
        return ctx.file().lines().line(range.start());
    }
}
