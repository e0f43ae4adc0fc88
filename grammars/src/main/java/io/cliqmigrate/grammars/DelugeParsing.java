package io.cliqmigrate.grammars;

import io.cliqmigrate.grammars.deluge.DelugeLexer;
import io.cliqmigrate.grammars.deluge.DelugeParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Parses Deluge text into a tree plus syntax errors as data; never prints to stderr. */
public final class DelugeParsing {
    private DelugeParsing() {}

    /** A syntax error at a 1-based line and column. */
    public record SyntaxError(int line, int column, String message) {}

    /** The outcome of one parse: the tree, every token (hidden channels included) and the errors. */
    public record Result(DelugeParser.ScriptContext tree, List<Token> tokens, List<SyntaxError> errors) {}

    public static Result parse(String text) {
        List<SyntaxError> errors = new ArrayList<>();
        BaseErrorListener collector = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                    int charPositionInLine, String msg, RecognitionException e) {
                errors.add(new SyntaxError(line, charPositionInLine + 1, msg));
            }
        };
        DelugeLexer lexer = new DelugeLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(collector);
        CommonTokenStream stream = new CommonTokenStream(lexer);
        DelugeParser parser = new DelugeParser(stream);
        parser.removeErrorListeners();
        parser.addErrorListener(collector);
        DelugeParser.ScriptContext tree = parser.script();
        stream.fill();
        return new Result(tree, List.copyOf(stream.getTokens()), List.copyOf(errors));
    }
}
