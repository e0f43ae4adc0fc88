package io.cliqmigrate.grammars;

import io.cliqmigrate.grammars.deluge.DelugeLexer;
import io.cliqmigrate.grammars.deluge.DelugeParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses Deluge text into a tree plus syntax errors as data; never prints to stderr.
 *
 * <p>Parsing runs in two stages: a fast SLL pass that bails out on the first problem, and, only when that
 * fails, a full LL pass with ANTLR's recovering error strategy. Valid scripts therefore pay for SLL only;
 * broken scripts get ANTLR's recovery (a broken statement costs that statement, not the rest of the file).
 *
 * <p>Lexical problems (unterminated strings, single-quoted literals and block comments, stray characters)
 * are reported by this facade with a clear message, once per token; the parser does not report them again.
 */
public final class DelugeParsing {
    private DelugeParsing() {}

    /** A syntax error at a 1-based line and column. */
    public record SyntaxError(int line, int column, String message) {}

    /**
     * The outcome of one parse: the tree, every token (hidden channels included, in source order, ending with
     * EOF) and the syntax errors sorted by position.
     */
    public record Result(DelugeParser.ScriptContext tree, List<Token> tokens, List<SyntaxError> errors) {}

    /** Parses a whole Deluge file: function definitions, a bare statement list, or a mix of both. */
    public static Result parse(String text) {
        DelugeLexer lexer = new DelugeLexer(CharStreams.fromString(text));
        List<SyntaxError> errors = new ArrayList<>();
        BaseErrorListener collector = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                    int charPositionInLine, String msg, RecognitionException e) {
                errors.add(new SyntaxError(line, charPositionInLine + 1, msg));
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(collector);
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        for (Token token : stream.getTokens()) {
            String problem = lexicalProblem(token);
            if (problem != null) {
                errors.add(new SyntaxError(token.getLine(), token.getCharPositionInLine() + 1, problem));
            }
        }

        DelugeParser parser = new DelugeParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        DelugeParser.ScriptContext tree;
        try {
            tree = parser.script();
        } catch (ParseCancellationException bailed) {
            stream.seek(0);
            parser.reset();
            parser.addErrorListener(collector);
            parser.setErrorHandler(new RecoveringStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.script();
        }
        errors.sort(Comparator.comparingInt(SyntaxError::line).thenComparingInt(SyntaxError::column));
        return new Result(tree, List.copyOf(stream.getTokens()), List.copyOf(errors));
    }

    /**
     * An indented, deterministic dump of the parse tree: one node per line, two spaces per depth level.
     * Rule nodes print their rule name, followed by {@code #label} for labelled alternatives
     * ({@code expression #additive}); tokens print their symbolic type and their text
     * ({@code STRING "https://..."}); nodes created by error recovery are prefixed with {@code error }.
     * Hidden-channel tokens (whitespace, comments) are not part of the tree and are omitted.
     */
    public static String dump(Result result) {
        StringBuilder out = new StringBuilder();
        dump(result.tree(), 0, out);
        return out.toString();
    }

    private static void dump(ParseTree node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (node instanceof TerminalNode terminal) {
            Token token = terminal.getSymbol();
            if (terminal instanceof ErrorNode) {
                out.append("error ");
            }
            if (token.getType() == Token.EOF) {
                out.append("EOF\n");
                return;
            }
            out.append(DelugeLexer.VOCABULARY.getSymbolicName(token.getType()))
                    .append(' ')
                    .append(escape(token.getText()))
                    .append('\n');
            return;
        }
        ParserRuleContext rule = (ParserRuleContext) node;
        String ruleName = DelugeParser.ruleNames[rule.getRuleIndex()];
        out.append(ruleName);
        String label = label(rule, ruleName);
        if (label != null) {
            out.append(" #").append(label);
        }
        out.append('\n');
        for (int i = 0; i < rule.getChildCount(); i++) {
            dump(rule.getChild(i), depth + 1, out);
        }
    }

    /** The alternative label of a labelled context ({@code AdditiveContext} → {@code additive}), else null. */
    private static String label(ParserRuleContext rule, String ruleName) {
        String simpleName = rule.getClass().getSimpleName();
        String base = simpleName.endsWith("Context")
                ? simpleName.substring(0, simpleName.length() - "Context".length()) : simpleName;
        if (base.equalsIgnoreCase(ruleName)) {
            return null;
        }
        return Character.toLowerCase(base.charAt(0)) + base.substring(1);
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String lexicalProblem(Token token) {
        return switch (token.getType()) {
            case DelugeLexer.UNTERMINATED_STRING -> "unterminated string literal";
            case DelugeLexer.UNTERMINATED_SQ_STRING -> "unterminated single-quoted literal";
            case DelugeLexer.UNTERMINATED_BLOCK_COMMENT -> "unterminated block comment";
            case DelugeLexer.OTHER -> "unexpected character " + quote(token.getText());
            default -> null;
        };
    }

    private static boolean isLexicalError(Token token) {
        return token != null && lexicalProblem(token) != null;
    }

    private static String quote(String text) {
        return "'" + escape(text) + "'";
    }

    /**
     * ANTLR's default recovery with three adjustments: errors at tokens the facade already reported as
     * lexical problems are not reported again; a missing {@code ;} is reported right after the token it
     * should follow (the end of the previous line, usually) rather than at the next statement.
     */
    private static final class RecoveringStrategy extends DefaultErrorStrategy {
        @Override
        public void reportError(Parser recognizer, RecognitionException e) {
            if (inErrorRecoveryMode(recognizer)) {
                return;
            }
            if (isLexicalError(e.getOffendingToken())) {
                beginErrorCondition(recognizer);
                return;
            }
            super.reportError(recognizer, e);
        }

        @Override
        protected void reportUnwantedToken(Parser recognizer) {
            if (inErrorRecoveryMode(recognizer)) {
                return;
            }
            if (isLexicalError(recognizer.getCurrentToken())) {
                beginErrorCondition(recognizer);
                return;
            }
            super.reportUnwantedToken(recognizer);
        }

        @Override
        protected void reportMissingToken(Parser recognizer) {
            if (inErrorRecoveryMode(recognizer)) {
                return;
            }
            IntervalSet expecting = getExpectedTokens(recognizer);
            Token previous = recognizer.getInputStream().LT(-1);
            if (!expecting.contains(DelugeLexer.SEMI) || previous == null || previous.getType() == Token.EOF) {
                super.reportMissingToken(recognizer);
                return;
            }
            beginErrorCondition(recognizer);
            String text = previous.getText() == null ? "" : previous.getText();
            int column = previous.getCharPositionInLine() + text.length();
            String message = "missing " + expecting.toString(recognizer.getVocabulary()) + " after "
                    + getTokenErrorDisplay(previous);
            recognizer.getErrorListenerDispatch().syntaxError(recognizer, previous, previous.getLine(), column,
                    message, null);
        }
    }
}
