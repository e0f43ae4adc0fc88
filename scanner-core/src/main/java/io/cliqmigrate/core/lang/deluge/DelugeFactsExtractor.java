package io.cliqmigrate.core.lang.deluge;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.lang.deluge.DelugeTokens.Kind;
import io.cliqmigrate.core.lang.deluge.DelugeTokens.Token;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Facts of a Deluge script: the lexical scan's strings, comments and key/value pairs, plus calls with their
 * top-level arguments ({@code zoho.cliq.postToChannel("ops", msg)}, {@code getUrl(url)}), task blocks as calls
 * ({@code invokeurl} with one {@code invokeurl.<key>} call per entry, in one chain), and variables assigned at
 * statement level, so {@code url = "…?authtoken=" + t; getUrl(url);} folds.
 */
final class DelugeFactsExtractor {
    static final String LOCAL = "local::";
    private static final Set<String> TASKS = Set.of("invokeurl", "invokeapi");

    private final SourceFile file;
    private final List<Token> tokens;
    private final CodeFacts.Builder facts;

    private DelugeFactsExtractor(SourceFile file, String text, boolean fallback) {
        this.file = file;
        this.tokens = DelugeTokens.tokenize(text);
        this.facts = CodeFacts.builder(file).fallback(fallback);
    }

    static CodeFacts extract(SourceFile file, boolean fallback) {
        return extract(file, file.text(), fallback);
    }

    /**
     * Facts of {@code file}, read from {@code text}: the file's own text, or a copy of the same length and lines
     * with everything that is not Deluge blanked out (a Creator export).
     */
    static CodeFacts extract(SourceFile file, String text, boolean fallback) {
        DelugeFactsExtractor extractor = new DelugeFactsExtractor(file, text, fallback);
        // calls come from the tokens below; the lexical scan adds strings, comments and map entries
        SourceFile analysed = text.equals(file.text()) ? file : SourceFile.of(file.path(), file.languageId(), text);
        new LexicalScanner(LexicalSyntax.C_LIKE, false).scanInto(analysed, extractor.facts);
        extractor.walk();
        return extractor.facts.build();
    }

    private void walk() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) {
                continue;
            }
            if (TASKS.contains(t.text().toLowerCase(Locale.ROOT)) && at(i + 1, "[")) {
                task(i);
            } else if (statementStart(i) && at(i + 1, "=")) {
                assignment(i);
            }
            if (!at(i - 1, ".") || at(i + 1, "(")) {
                call(i);
            }
        }
    }

    /** {@code name(args)} or {@code a.b.c(args)}; a method later in a chain is named by itself. */
    private void call(int start) {
        int i = start;
        StringBuilder name = new StringBuilder(tokens.get(i).text());
        if (!at(start - 1, ".")) {
            while (at(i + 1, ".") && i + 2 < tokens.size() && tokens.get(i + 2).kind() == Kind.IDENT) {
                name.append('.').append(tokens.get(i + 2).text());
                i += 2;
            }
        }
        if (!at(i + 1, "(")) {
            return;
        }
        int close = matching(i + 1);
        List<StringExpr> args = new ArrayList<>();
        int argStart = i + 2;
        int depth = 0;
        for (int j = i + 2; j < close; j++) {
            Token t = tokens.get(j);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            } else if (t.is(",") && depth == 0) {
                args.add(expr(argStart, j));
                argStart = j + 1;
            }
        }
        if (close > i + 2) {
            args.add(expr(argStart, close));
        }
        TextRange range = span(start, Math.min(close, tokens.size() - 1));
        TextRange nameRange = span(start, i);
        facts.call(new CallFact(name.toString(), "", args, range, nameRange, "deluge:" + range.start(), ""));
    }

    /** {@code invokeurl [ url: … type: GET connection: "c" ]}: one call for the block, one per entry. */
    private void task(int keyword) {
        int close = matching(keyword + 1);
        String chain = "task:" + tokens.get(keyword).range().start();
        String task = tokens.get(keyword).text().toLowerCase(Locale.ROOT);
        facts.call(new CallFact(task, "", List.of(), span(keyword, Math.min(close, tokens.size() - 1)),
                tokens.get(keyword).range(), chain, ""));
        int i = keyword + 2;
        while (i < close) {
            int colon = keyEnd(i, close);
            if (colon < 0) {
                i++;
                continue;
            }
            String key = keyText(i, colon);
            int valueEnd = colon + 1;
            int depth = 0;
            while (valueEnd < close) {
                Token t = tokens.get(valueEnd);
                // the next key: on a new line, or (a block on one line) right after an operand, since an
                // expression never puts a name after an operand
                if (depth == 0 && valueEnd > colon + 1 && (t.newlineBefore() || endsOperand(valueEnd - 1))
                        && keyEnd(valueEnd, close) > 0) {
                    break;
                }
                if (t.is("(") || t.is("[") || t.is("{")) {
                    depth++;
                } else if (t.is(")") || t.is("]") || t.is("}")) {
                    depth--;
                }
                valueEnd++;
            }
            StringExpr value = valueEnd > colon + 1 ? expr(colon + 1, valueEnd)
                    : StringExpr.hole("", tokens.get(colon).range(), "");
            facts.call(new CallFact(task + "." + key, "", List.of(value), span(i, Math.max(colon, valueEnd - 1)),
                    span(i, colon - 1 < i ? i : colon - 1), chain, ""));
            i = valueEnd;
        }
    }

    /** Whether the token at {@code i} can end an operand: a literal, a name, a closing bracket. */
    private boolean endsOperand(int i) {
        Token t = tokens.get(i);
        return t.kind() != Kind.PUNCT || t.is(")") || t.is("]") || t.is("}");
    }

    /** The colon ending a task key that starts at {@code i} ({@code url}, {@code content-type}), or -1. */
    private int keyEnd(int i, int limit) {
        int j = i;
        if (j >= limit || tokens.get(j).kind() != Kind.IDENT) {
            return -1;
        }
        j++;
        while (j + 1 < limit && at(j, "-") && tokens.get(j + 1).kind() == Kind.IDENT) {
            j += 2;
        }
        return j < limit && at(j, ":") ? j : -1;
    }

    private String keyText(int from, int colon) {
        StringBuilder key = new StringBuilder();
        for (int j = from; j < colon; j++) {
            key.append(tokens.get(j).text());
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code name = value;} at the start of a statement: a variable later expressions may refer to. */
    private void assignment(int name) {
        int end = name + 2;
        int depth = 0;
        while (end < tokens.size() && !(depth == 0 && at(end, ";"))) {
            Token t = tokens.get(end);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                if (--depth < 0) {
                    break;
                }
            }
            end++;
        }
        if (end > name + 2) {
            Token n = tokens.get(name);
            facts.local(new Constant(LOCAL + n.text(), expr(name + 2, end), file.path(), n.range(),
                    file.lines().line(n.range().start())));
        }
    }

    /**
     * The tokens {@code [from, to)} as a string expression: literals, variables as references, anything else
     * (calls, member chains, nested brackets) as one hole each.
     */
    private StringExpr expr(int from, int to) {
        List<Part> parts = new ArrayList<>();
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.STRING) {
                parts.add(new Part.Literal(t.value(), t.range(), t.offsets()));
                i++;
            } else if (t.is("+")) {
                i++;
            } else if (t.kind() == Kind.IDENT && !at(i + 1, "(") && !at(i + 1, ".") && !at(i + 1, "[")) {
                parts.add(new Part.Ref(List.of(LOCAL + t.text()), t.text(), t.range()));
                i++;
            } else {
                int end = operandEnd(i, to);
                parts.add(new Part.Hole(file.slice(span(i, end - 1)), span(i, end - 1)));
                i = end;
            }
        }
        TextRange range = from < to ? span(from, to - 1) : new TextRange(0, 0);
        return new StringExpr(parts, range, "");
    }

    /** Past one operand that is not a plain literal or name: a call, a member chain, a bracketed group. */
    private int operandEnd(int i, int limit) {
        int j = i;
        while (j < limit) {
            Token t = tokens.get(j);
            if (t.is("(") || t.is("[") || t.is("{")) {
                j = Math.min(matching(j), limit - 1) + 1;
                continue;
            }
            if (j > i && (t.is("+") || t.is(",") || t.is(";"))) {
                break;
            }
            j++;
        }
        return Math.max(j, i + 1);
    }

    private int matching(int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if ((t.is(")") || t.is("]") || t.is("}")) && --depth == 0) {
                return j;
            }
        }
        return tokens.size();
    }

    private boolean statementStart(int i) {
        return i == 0 || at(i - 1, ";") || at(i - 1, "{") || at(i - 1, "}");
    }

    private boolean at(int i, String punct) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(punct);
    }

    private TextRange span(int from, int to) {
        int last = Math.max(from, Math.min(to, tokens.size() - 1));
        return new TextRange(tokens.get(from).range().start(), tokens.get(last).range().end());
    }
}
