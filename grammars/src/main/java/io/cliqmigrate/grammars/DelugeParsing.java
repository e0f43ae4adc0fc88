package io.cliqmigrate.grammars;

import io.cliqmigrate.grammars.deluge.DelugeLexer;
import io.cliqmigrate.grammars.deluge.DelugeParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
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
     * ANTLR's default recovery with these adjustments:
     * <ul>
     *   <li>errors at (or right after) tokens the facade already reported as lexical problems are not
     *       reported again;</li>
     *   <li>a missing {@code ;}, or any missing token before a line break, is reported right after the token
     *       it should follow (the end of the previous line, usually) rather than at the next statement;</li>
     *   <li>a broken statement that ANTLR cannot mend locally (no statement form matches, or what follows the
     *       expression of an expression statement or assignment makes no sense) is skipped: up to and
     *       including its {@code ;}, or up to the next line that starts a statement, or up to the {@code }}
     *       that closes the enclosing block (brackets opened inside the statement are balanced first).</li>
     * </ul>
     */
    private static final class RecoveringStrategy extends DefaultErrorStrategy {
        @Override
        public void reportError(Parser recognizer, RecognitionException e) {
            if (inErrorRecoveryMode(recognizer)) {
                return;
            }
            if (followsLexicalError(recognizer, e.getOffendingToken())) {
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
            if (followsLexicalError(recognizer, recognizer.getCurrentToken())) {
                beginErrorCondition(recognizer);
                return;
            }
            beginErrorCondition(recognizer);
            Token token = recognizer.getCurrentToken();
            IntervalSet expecting = getExpectedTokens(recognizer);
            String message;
            if (token.getType() == Token.EOF) {
                message = expecting.contains(DelugeLexer.RBRACE) ? "missing '}' at end of file"
                        : "unexpected end of file, expecting " + describe(expecting, recognizer);
            } else {
                message = "extraneous input " + getTokenErrorDisplay(token) + " expecting "
                        + describe(expecting, recognizer);
            }
            recognizer.notifyErrorListeners(token, message, null);
        }

        /**
         * A decision that fails on its very first token where a {@code ;} would have been accepted is a
         * missing {@code ;} (typically {@code f(x)} followed by a new statement on the next line).
         */
        @Override
        protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
            Token previous = recognizer.getInputStream().LT(-1);
            if (e.getStartToken() == e.getOffendingToken()
                    && missingSemicolon(previous, e.getOffendingToken(), e.getExpectedTokens())) {
                reportAfter(recognizer, previous, "missing ';' after " + getTokenErrorDisplay(previous));
                return;
            }
            super.reportNoViableAlternative(recognizer, e);
        }

        @Override
        protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
            Token previous = recognizer.getInputStream().LT(-1);
            if (missingSemicolon(previous, e.getOffendingToken(), e.getExpectedTokens())) {
                reportAfter(recognizer, previous, "missing ';' after " + getTokenErrorDisplay(previous));
                return;
            }
            IntervalSet expected = e.getExpectedTokens();
            if (expected.contains(e.getOffendingToken().getType())) {
                // ANTLR may describe the expectations of an earlier state; use the state that failed instead
                expected = getExpectedTokens(recognizer);
            }
            String message = "mismatched input " + getTokenErrorDisplay(e.getOffendingToken()) + " expecting "
                    + describe(expected, recognizer);
            recognizer.notifyErrorListeners(e.getOffendingToken(), message, e);
        }

        @Override
        protected void reportMissingToken(Parser recognizer) {
            if (inErrorRecoveryMode(recognizer)) {
                return;
            }
            if (followsLexicalError(recognizer, recognizer.getCurrentToken())) {
                beginErrorCondition(recognizer);
                return;
            }
            IntervalSet expecting = getExpectedTokens(recognizer);
            Token previous = recognizer.getInputStream().LT(-1);
            Token token = recognizer.getCurrentToken();
            beginErrorCondition(recognizer);
            boolean afterPrevious = previous != null && (expecting.contains(DelugeLexer.SEMI)
                    || token.getType() != Token.EOF && previous.getLine() < token.getLine());
            if (!afterPrevious) {
                recognizer.notifyErrorListeners(token, "missing " + describe(expecting, recognizer) + " at "
                        + getTokenErrorDisplay(token), null);
                return;
            }
            reportAfter(recognizer, previous,
                    "missing " + describe(expecting, recognizer) + " after " + getTokenErrorDisplay(previous));
        }

        /**
         * Whether a failure at {@code offending}, where {@code expected} was wanted, is best described as a
         * missing {@code ;} after {@code previous}: a {@code ;} would have been accepted, and the offending
         * token starts a new line or closes the block.
         */
        private static boolean missingSemicolon(Token previous, Token offending, IntervalSet expected) {
            if (previous == null || offending == null || expected == null || !expected.contains(DelugeLexer.SEMI)) {
                return false;
            }
            int type = offending.getType();
            return type == Token.EOF || type == DelugeLexer.RBRACE || previous.getLine() < offending.getLine();
        }

        /** Reports an error located right after the end of a token (which may span lines: multi-line strings). */
        private static void reportAfter(Parser recognizer, Token previous, String message) {
            String text = previous.getText() == null ? "" : previous.getText();
            int line = previous.getLine();
            int column = previous.getCharPositionInLine() + text.length();
            int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (lastBreak >= 0) {
                line += (int) text.chars().filter(c -> c == '\n').count();
                column = text.length() - lastBreak - 1;
            }
            recognizer.getErrorListenerDispatch().syntaxError(recognizer, previous, line, column, message, null);
        }

        /** Never drop a closing bracket to make an expression fit: it almost always ends the construct. */
        @Override
        protected Token singleTokenDeletion(Parser recognizer) {
            int next = recognizer.getInputStream().LA(1);
            if (next == DelugeLexer.RPAREN || next == DelugeLexer.RBRACK || next == DelugeLexer.RBRACE) {
                return null;
            }
            return super.singleTokenDeletion(recognizer);
        }

        @Override
        public void recover(Parser recognizer, RecognitionException e) {
            ParserRuleContext context = recognizer.getContext();
            if (context instanceof DelugeParser.StatementContext
                    || context instanceof DelugeParser.SimpleStatementContext) {
                skipStatement(recognizer, context);
                return;
            }
            super.recover(recognizer, e);
        }

        /**
         * Names an expected-token set the way a person would: "a statement", "an expression", "a name",
         * "an operator", followed by whatever tokens are left ({@code ';'}, {@code '}'}, end of file).
         */
        private static String describe(IntervalSet expected, Parser recognizer) {
            if (expected.size() <= 4) {
                return expected.toString(recognizer.getVocabulary());
            }
            IntervalSet covered = new IntervalSet();
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, IntervalSet> category : categories(recognizer).entrySet()) {
                IntervalSet members = category.getValue();
                if (members.subtract(expected).isNil() && !members.subtract(covered).isNil()) {
                    parts.add(category.getKey());
                    covered = covered.or(members);
                }
            }
            if (parts.isEmpty()) {
                return expected.toString(recognizer.getVocabulary());
            }
            for (int type : expected.subtract(covered).toList()) {
                parts.add(type == Token.EOF ? "end of file" : recognizer.getVocabulary().getDisplayName(type));
            }
            return String.join(" or ", parts);
        }

        private static Map<String, IntervalSet> categories(Parser recognizer) {
            Map<String, IntervalSet> categories = CATEGORIES;
            if (categories == null) {
                ATN atn = recognizer.getATN();
                categories = new LinkedHashMap<>();
                categories.put("a statement", atn.nextTokens(atn.ruleToStartState[DelugeParser.RULE_statement]));
                categories.put("an expression",
                        atn.nextTokens(atn.ruleToStartState[DelugeParser.RULE_expression]));
                categories.put("a name", atn.nextTokens(atn.ruleToStartState[DelugeParser.RULE_anyName]));
                categories.put("an identifier", atn.nextTokens(atn.ruleToStartState[DelugeParser.RULE_ident]));
                IntervalSet operators = new IntervalSet();
                for (int type : new int[] {DelugeLexer.PLUS, DelugeLexer.MINUS, DelugeLexer.STAR, DelugeLexer.SLASH,
                        DelugeLexer.PERCENT, DelugeLexer.EQ, DelugeLexer.NEQ, DelugeLexer.ASSIGN, DelugeLexer.LT,
                        DelugeLexer.LE, DelugeLexer.GT, DelugeLexer.GE, DelugeLexer.AND, DelugeLexer.OR,
                        DelugeLexer.NOT, DelugeLexer.IN, DelugeLexer.DOT, DelugeLexer.LBRACK, DelugeLexer.SORT,
                        DelugeLexer.RANGE}) {
                    operators.add(type);
                }
                categories.put("an operator", operators);
                CATEGORIES = categories;
            }
            return categories;
        }

        private static volatile Map<String, IntervalSet> CATEGORIES;

        private static boolean followsLexicalError(Parser recognizer, Token offending) {
            if (isLexicalError(offending)) {
                return true;
            }
            Token previous = recognizer.getInputStream().LT(-1);
            return isLexicalError(previous);
        }

        private void skipStatement(Parser recognizer, ParserRuleContext statement) {
            TokenStream input = recognizer.getInputStream();
            Deque<Integer> open = new ArrayDeque<>();
            int from = statement.getStart() == null ? input.index() : statement.getStart().getTokenIndex();
            for (int i = Math.max(0, from); i < input.index(); i++) {
                track(open, input.get(i));
            }
            // a statement that failed on its first token must give up at least that token, or the caller's
            // loop would try the same statement again
            boolean consumed = from < input.index();
            while (true) {
                Token next = input.LT(1);
                int type = next.getType();
                if (type == Token.EOF) {
                    return;
                }
                if (type == DelugeLexer.RBRACE && !open.contains(DelugeLexer.LBRACE)) {
                    return; // closes the enclosing block
                }
                if (consumed && open.isEmpty() && startsLine(input, next) && STATEMENT_STARTS.contains(type)) {
                    return;
                }
                boolean end = type == DelugeLexer.SEMI && !open.contains(DelugeLexer.LBRACE);
                track(open, next);
                recognizer.consume();
                consumed = true;
                if (end) {
                    return;
                }
            }
        }

        private static boolean startsLine(TokenStream input, Token token) {
            Token previous = input.LT(-1);
            return previous == null || previous.getLine() < token.getLine();
        }

        /** Keeps a stack of the brackets open at this point; a closer pops up to its opener, if it has one. */
        private static void track(Deque<Integer> open, Token token) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                return;
            }
            int type = token.getType();
            switch (type) {
                case DelugeLexer.LPAREN, DelugeLexer.LBRACK, DelugeLexer.LBRACE -> open.push(type);
                case DelugeLexer.RPAREN -> popTo(open, DelugeLexer.LPAREN);
                case DelugeLexer.RBRACK -> popTo(open, DelugeLexer.LBRACK);
                case DelugeLexer.RBRACE -> popTo(open, DelugeLexer.LBRACE);
                default -> { }
            }
        }

        private static void popTo(Deque<Integer> open, int opener) {
            if (!open.contains(opener)) {
                return; // a stray closer
            }
            while (!open.isEmpty() && open.pop() != opener) {
                // drop the unclosed brackets inside
            }
        }
    }

    /** Tokens that begin a statement when they start a line (used to resynchronise after a broken one). */
    private static final Set<Integer> STATEMENT_STARTS = Set.of(
            DelugeLexer.IDENT, DelugeLexer.IF, DelugeLexer.FOR, DelugeLexer.RETURN, DelugeLexer.TRY,
            DelugeLexer.BREAK, DelugeLexer.CONTINUE, DelugeLexer.INVOKEURL, DelugeLexer.INVOKEAPI,
            DelugeLexer.SENDMAIL, DelugeLexer.EACH, DelugeLexer.INDEX, DelugeLexer.IN, DelugeLexer.NOT,
            DelugeLexer.WHILE, DelugeLexer.INFO, DelugeLexer.INSERT, DelugeLexer.INTO, DelugeLexer.DELETE,
            DelugeLexer.FROM, DelugeLexer.SORT, DelugeLexer.BY, DelugeLexer.ASC, DelugeLexer.DESC,
            DelugeLexer.RANGE, DelugeLexer.TO, DelugeLexer.CANCEL, DelugeLexer.SUBMIT, DelugeLexer.ALERT,
            DelugeLexer.HIDE, DelugeLexer.SHOW, DelugeLexer.ENABLE, DelugeLexer.DISABLE, DelugeLexer.CLEAR,
            DelugeLexer.AS, DelugeLexer.MAP, DelugeLexer.LIST, DelugeLexer.COLLECTION, DelugeLexer.LBRACE);
}
