package io.cliqmigrate.core.lang.deluge;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.model.LineIndex;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.grammars.DelugeParsing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deluge scripts ({@code .dg}, {@code .deluge}, {@code .zs}, {@code .ds}), Creator application exports (the Deluge
 * regions of a {@code .ds} export) and Cliq exports that carry Deluge in JSON {@code "script"} fields. The grammar
 * checks the structure and reports syntax errors; facts come from {@link DelugeFactsExtractor}, with positions
 * in the container's own lines.
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
        if (SUFFIXES.stream().anyMatch(fileName::endsWith)) {
            return true;
        }
        if (firstBytes.length == 0) {
            return false;
        }
        // a Cliq export: JSON whose "script" fields hold Deluge; other JSON (a Postman collection's
        // event[].script.exec) is configuration, read with its key paths
        if (fileName.endsWith(".json")) {
            return DelugeContainers.isDelugeExport(new String(firstBytes, StandardCharsets.ISO_8859_1));
        }
        // scripts copied out of Zoho's editor are often saved as .txt, .js, .ts or with no extension at all
        boolean sniffable = fileName.endsWith(".txt") || fileName.endsWith(".js") || fileName.endsWith(".ts")
                || fileName.indexOf('.') < 0;
        return sniffable && DelugeSniffer.looksLikeDeluge(firstBytes);
    }

    @Override
    public Optional<CodeFacts> quickFacts(SourceFile file) {
        return Optional.of(facts(file));
    }

    @Override
    public ParseOutcome parse(SourceFile file) {
        List<ParseOutcome.SyntaxProblem> problems = syntaxProblems(file);
        if (!problems.isEmpty() && !isJson(file) && !DelugeContainers.isCreatorExport(file.text())) {
            return new ParseOutcome.Failed(problems); // the engine's fallback reads the facts (quickFacts)
        }
        return new ParseOutcome.Parsed(facts(file), problems);
    }

    @Override
    public boolean hasParser() {
        return true;
    }

    /** Syntax errors with container lines and columns. */
    @Override
    public List<ParseOutcome.SyntaxProblem> syntaxProblems(SourceFile file) {
        List<ParseOutcome.SyntaxProblem> problems = new ArrayList<>();
        if (isJson(file)) {
            for (DelugeContainers.Embedded script : DelugeContainers.jsonScripts(file.text())) {
                LineIndex lines = LineIndex.of(script.text());
                for (DelugeParsing.SyntaxError e : DelugeParsing.parse(script.text()).errors()) {
                    int offset = script.toContainer(lines.offset(e.line(), e.column()));
                    problems.add(new ParseOutcome.SyntaxProblem(file.lines().line(offset), file.lines().column(offset),
                            e.message()));
                }
            }
            return problems;
        }
        for (DelugeParsing.SyntaxError e : DelugeParsing.parse(delugeText(file)).errors()) {
            problems.add(new ParseOutcome.SyntaxProblem(e.line(), e.column(), e.message()));
        }
        return problems;
    }

    /** The parse tree of a script as text (the dump the grammar's golden tests use). */
    @Override
    public Optional<String> tree(SourceFile file) {
        return Optional.of(treeText(file));
    }

    private String treeText(SourceFile file) {
        if (isJson(file)) {
            StringBuilder out = new StringBuilder();
            for (DelugeContainers.Embedded script : DelugeContainers.jsonScripts(file.text())) {
                out.append("# script at line ").append(file.lines().line(script.toContainer(0))).append('\n')
                        .append(DelugeParsing.dump(DelugeParsing.parse(script.text())));
            }
            return out.toString();
        }
        return DelugeParsing.dump(DelugeParsing.parse(delugeText(file)));
    }

    private CodeFacts facts(SourceFile file) {
        if (isJson(file)) {
            CodeFacts.Builder builder = CodeFacts.builder(file);
            new LexicalScanner(LexicalSyntax.JSON).scanInto(file, builder);
            for (DelugeContainers.Embedded script : DelugeContainers.jsonScripts(file.text())) {
                SourceFile view = SourceFile.of(file.path(), ID, script.text());
                builder.embed(DelugeFactsExtractor.extract(view, false), script.text(), script.offsets(),
                        DelugeContainers.JSON_STRING);
            }
            return builder.build();
        }
        String text = delugeText(file);
        return DelugeFactsExtractor.extract(file, text, false);
    }

    /** The Deluge text of a file, same length and lines: an export's non-Deluge parts are blanked out. */
    private static String delugeText(SourceFile file) {
        if (file.path().endsWith(".ds") && DelugeContainers.isCreatorExport(file.text())) {
            return DelugeContainers.creatorExportDeluge(file.text());
        }
        return DelugeContainers.isPageScript(file.text()) ? DelugeContainers.pageDeluge(file.text()) : file.text();
    }

    private static boolean isJson(SourceFile file) {
        return file.path().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
