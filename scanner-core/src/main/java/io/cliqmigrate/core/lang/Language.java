package io.cliqmigrate.core.lang;

import io.cliqmigrate.core.model.SourceFile;

/** A language adapter: recognises its files and turns one into {@link io.cliqmigrate.core.code.CodeFacts}. */
public interface Language {

    String id();

    /**
     * Whether a file belongs to this language, by its lower-cased name and (where the name says nothing) its
     * first bytes.
     */
    boolean matches(String fileName, byte[] firstBytes);

    /** Parses a file; a syntax error is data ({@link ParseOutcome.Failed}), never an exception. */
    ParseOutcome parse(SourceFile file);

    /**
     * Parses a file read in full on purpose (it names another file's constant that holds a trigger word, or a fix
     * checks it): with the facts a rewrite needs even where the file itself has no trigger word.
     */
    default ParseOutcome parseInFull(SourceFile file) {
        return parse(file);
    }

    /**
     * Whether files of this language use constants declared in other files. For such languages a file without
     * trigger words is still read when it names a constant whose value holds one.
     */
    /** Whether the language has a real parser (and so syntax errors and a tree), not only the lexical read. */
    default boolean hasParser() {
        return false;
    }

    /** Syntax errors of a file, with lines and columns in the file itself. */
    default java.util.List<ParseOutcome.SyntaxProblem> syntaxProblems(SourceFile file) {
        ParseOutcome outcome = parse(file);
        return outcome instanceof ParseOutcome.Failed failed ? failed.problems()
                : ((ParseOutcome.Parsed) outcome).problems();
    }

    /** The parse tree as indented text, where the language has one. */
    default java.util.Optional<String> tree(SourceFile file) {
        return java.util.Optional.empty();
    }

    /** Loads and initialises the parser ahead of use (called on a spare thread while the tree is walked). */
    default void warmUp() {
    }

    /** The lexical reading of this language, used when a file fails to parse; empty for the default. */
    default java.util.Optional<io.cliqmigrate.core.lang.lexical.LexicalSyntax> lexicalSyntax() {
        return java.util.Optional.empty();
    }

    default boolean linksAcrossFiles() {
        return false;
    }

    /**
     * Facts from a cheaper read than {@link #parse}, good enough for a file that mentions Zoho but none of the
     * authtoken-era words; empty when the language has no such read.
     */
    default java.util.Optional<io.cliqmigrate.core.code.CodeFacts> quickFacts(SourceFile file) {
        return java.util.Optional.empty();
    }
}
