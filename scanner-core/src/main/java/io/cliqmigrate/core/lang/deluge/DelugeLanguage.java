package io.cliqmigrate.core.lang.deluge;

import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.grammars.DelugeParsing;
import java.util.List;

/**
 * Deluge scripts. The grammar checks the structure and reports syntax errors; the facts come from the lexical
 * scanner, which reads Deluge's strings and comments faithfully.
 */
public final class DelugeLanguage implements Language {
    public static final String ID = "deluge";
    private static final List<String> SUFFIXES = List.of(".dg", ".deluge", ".zs", ".ds");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean matches(String fileName, byte[] firstBytes) {
        return SUFFIXES.stream().anyMatch(fileName::endsWith);
    }

    /** Scripts without authtoken-era words only need their strings and comments; the grammar is skipped. */
    @Override
    public java.util.Optional<io.cliqmigrate.core.code.CodeFacts> quickFacts(SourceFile file) {
        return java.util.Optional.of(DelugeFactsExtractor.extract(file, false));
    }

    @Override
    public ParseOutcome parse(SourceFile file) {
        DelugeParsing.Result result = DelugeParsing.parse(file.text());
        if (!result.errors().isEmpty()) {
            return new ParseOutcome.Failed(result.errors().stream()
                    .map(e -> new ParseOutcome.SyntaxProblem(e.line(), e.column(), e.message())).toList());
        }
        return new ParseOutcome.Parsed(DelugeFactsExtractor.extract(file, false));
    }
}
