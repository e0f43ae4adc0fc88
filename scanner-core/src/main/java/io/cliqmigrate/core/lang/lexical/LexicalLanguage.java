package io.cliqmigrate.core.lang.lexical;

import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.SourceFile;
import java.util.List;

/** A language read by the lexical scanner alone, recognised by file name endings. */
public final class LexicalLanguage implements Language {
    private final String id;
    private final List<String> suffixes;
    private final LexicalSyntax syntax;

    public LexicalLanguage(String id, LexicalSyntax syntax, String... suffixes) {
        this.id = id;
        this.syntax = syntax;
        this.suffixes = List.of(suffixes);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean matches(String fileName, byte[] firstBytes) {
        return io.cliqmigrate.core.lang.FileNames.matches(suffixes, fileName);
    }

    public LexicalSyntax syntax() {
        return syntax;
    }

    @Override
    public java.util.Optional<LexicalSyntax> lexicalSyntax() {
        return java.util.Optional.of(syntax);
    }

    @Override
    public ParseOutcome parse(SourceFile file) {
        return new ParseOutcome.Parsed(new LexicalScanner(syntax).scan(file, false));
    }
}
