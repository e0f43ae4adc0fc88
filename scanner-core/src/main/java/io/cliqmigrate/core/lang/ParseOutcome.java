package io.cliqmigrate.core.lang;

import io.cliqmigrate.core.code.CodeFacts;
import java.util.List;

/** The result of parsing one file. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Failed {

    /** The file parsed (possibly with recovered syntax errors, which are still reported). */
    record Parsed(CodeFacts facts, List<SyntaxProblem> problems) implements ParseOutcome {
        public Parsed {
            problems = List.copyOf(problems);
        }

        public Parsed(CodeFacts facts) {
            this(facts, List.of());
        }
    }

    /** The file could not be parsed; the engine falls back to the lexical scan. */
    record Failed(List<SyntaxProblem> problems) implements ParseOutcome {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A syntax error at a 1-based line and column (0 when unknown). The message never quotes a literal of the file
     * in full ({@link ParserMessages}), whoever shows it: a scan's errors or the {@code parse} command.
     */
    record SyntaxProblem(int line, int column, String message) {
        public SyntaxProblem {
            message = ParserMessages.mask(message);
        }
    }
}
