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

    /** What the file's first bytes must show, for a name ending two languages share ({@code .m}); null if none. */
    private final java.util.function.Predicate<byte[]> content;

    public LexicalLanguage(String id, LexicalSyntax syntax, String... suffixes) {
        this(id, syntax, null, suffixes);
    }

    public LexicalLanguage(String id, LexicalSyntax syntax, java.util.function.Predicate<byte[]> content,
                           String... suffixes) {
        this.id = id;
        this.syntax = syntax;
        this.content = content;
        this.suffixes = List.of(suffixes);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean matches(String fileName, byte[] firstBytes) {
        return io.cliqmigrate.core.lang.FileNames.matches(suffixes, fileName)
                && (content == null || content.test(firstBytes));
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
