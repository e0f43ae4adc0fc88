package io.cliqmigrate.core.lang.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Java on JavaParser. JavaParser types never leave this package. */
public final class JavaLanguage implements Language {
    public static final String ID = "java";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean linksAcrossFiles() {
        return true;
    }

    @Override
    public boolean matches(String fileName, byte[] firstBytes) {
        return fileName.endsWith(".java");
    }

    @Override
    public ParseOutcome parse(SourceFile file) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setTabSize(1)
                .setAttributeComments(true);
        ParseResult<CompilationUnit> result;
        try {
            result = new JavaParser(configuration).parse(file.text());
        } catch (StackOverflowError e) {
            return new ParseOutcome.Failed(List.of(new ParseOutcome.SyntaxProblem(0, 0,
                    "too deeply nested for the Java parser")));
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            return new ParseOutcome.Failed(problems(result.getProblems()));
        }
        try {
            return new ParseOutcome.Parsed(new JavaFactsExtractor(file, result.getResult().get()).extract());
        } catch (StackOverflowError e) {
            return new ParseOutcome.Failed(List.of(new ParseOutcome.SyntaxProblem(0, 0,
                    "too deeply nested to analyse")));
        }
    }

    private static List<ParseOutcome.SyntaxProblem> problems(List<Problem> problems) {
        List<ParseOutcome.SyntaxProblem> out = new ArrayList<>();
        for (Problem problem : problems) {
            int line = 0;
            int column = 0;
            if (problem.getLocation().isPresent() && problem.getLocation().get().getBegin().getRange().isPresent()) {
                var begin = problem.getLocation().get().getBegin().getRange().get().begin;
                line = begin.line;
                column = begin.column;
            }
            String message = problem.getMessage().lines().findFirst().orElse("syntax error");
            out.add(new ParseOutcome.SyntaxProblem(line, column, message));
        }
        if (out.isEmpty()) {
            out.add(new ParseOutcome.SyntaxProblem(0, 0, "the Java parser gave up on this file"));
        }
        return out;
    }
}
